/// A call that expects an answer.
public struct Request: Sendable, Hashable {
  public var id: RequestID
  public var method: String
  public var params: JSONValue?

  public init(id: RequestID, method: String, params: JSONValue? = nil) {
    self.id = id
    self.method = method
    self.params = params
  }
}

/// A call that is never answered.
public struct Notification: Sendable, Hashable {
  public var method: String
  public var params: JSONValue?

  public init(method: String, params: JSONValue? = nil) {
    self.method = method
    self.params = params
  }
}

/// The answer to a request. The id is nil only for errors about messages whose id could not
/// be read (parse errors, invalid requests).
public struct Response: Sendable, Hashable {
  public var id: RequestID?
  public var result: Result<JSONValue, ResponseError>

  public init(id: RequestID?, result: Result<JSONValue, ResponseError>) {
    self.id = id
    self.result = result
  }
}

/// One JSON-RPC 2.0 message.
public enum Message: Sendable, Hashable {
  case request(Request)
  case notification(Notification)
  case response(Response)
}

// MARK: - To and from JSON

extension Message {
  public var json: JSONValue {
    switch self {
    case .request(let request):
      var object: [String: JSONValue] = [
        "jsonrpc": "2.0", "id": request.id.json, "method": .string(request.method),
      ]
      if let params = request.params { object["params"] = params }
      return .object(object)
    case .notification(let notification):
      var object: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(notification.method)]
      if let params = notification.params { object["params"] = params }
      return .object(object)
    case .response(let response):
      var object: [String: JSONValue] = ["jsonrpc": "2.0", "id": response.id?.json ?? .null]
      switch response.result {
      case .success(let result): object["result"] = result
      case .failure(let error): object["error"] = error.json
      }
      return .object(object)
    }
  }

  /// Reads one message object. A failure carries the id when it could be read, so the
  /// error response can name the request it is about.
  public static func decode(_ json: JSONValue) -> Result<Message, InvalidMessage> {
    guard case .object(let members) = json else {
      return .failure(
        InvalidMessage(id: nil, error: .invalidRequest("a message must be a JSON object")))
    }
    let rawID = members["id"]
    let id = rawID.flatMap(RequestID.init(json:))
    func invalid(_ message: String) -> Result<Message, InvalidMessage> {
      .failure(InvalidMessage(id: id, error: .invalidRequest(message)))
    }
    guard members["jsonrpc"] == .string("2.0") else {
      return invalid("\"jsonrpc\" must be \"2.0\"")
    }
    if let method = members["method"] {
      guard case .string(let name) = method else { return invalid("\"method\" must be a string") }
      let params = members["params"]
      switch params {
      case nil, .array?, .object?: break
      default: return invalid("\"params\" must be an object or an array")
      }
      guard let rawID else {
        return .success(.notification(Notification(method: name, params: params)))
      }
      guard let id else {
        return .failure(
          InvalidMessage(
            id: nil,
            error: .invalidRequest("\"id\" must be an integer or a string, got \(rawID.typeName)")))
      }
      return .success(.request(Request(id: id, method: name, params: params)))
    }
    let result = members["result"]
    let error = members["error"]
    if result != nil || error != nil {
      guard rawID != nil else { return invalid("a response needs an \"id\"") }
      if result != nil && error != nil {
        return invalid("a response has \"result\" or \"error\", not both")
      }
      if let error {
        guard let responseError = ResponseError(json: error) else {
          return invalid("\"error\" must be an object with an integer \"code\"")
        }
        return .success(.response(Response(id: id, result: .failure(responseError))))
      }
      return .success(.response(Response(id: id, result: .success(result!))))
    }
    return invalid(
      "a message needs a \"method\" (request or notification) or a \"result\" or \"error\" (response)"
    )
  }
}

/// A message that is JSON but not a valid JSON-RPC message.
public struct InvalidMessage: Error, Sendable, Hashable {
  public var id: RequestID?
  public var error: ResponseError
}
