/// A JSON-RPC error code. Open, so that protocols built on JSON-RPC can add their own.
public struct ErrorCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  public var rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let parseError = ErrorCode(rawValue: -32700)
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  public static let invalidParams = ErrorCode(rawValue: -32602)
  public static let internalError = ErrorCode(rawValue: -32603)
  /// The request was cancelled by `$/cancelRequest` before it was answered. The code is the
  /// one LSP assigns; cancellation lives here because the connection implements it.
  public static let requestCancelled = ErrorCode(rawValue: -32800)

  public var description: String { String(rawValue) }
}

/// The `error` member of a response, and the error a handler throws to produce one.
public struct ResponseError: Error, Sendable, Hashable, CustomStringConvertible {
  public var code: ErrorCode
  public var message: String
  public var data: JSONValue?

  public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  public static func invalidParams(_ message: String) -> ResponseError {
    ResponseError(code: .invalidParams, message: message)
  }

  public static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: .methodNotFound, message: "method not found: \(method)")
  }

  public static func invalidRequest(_ message: String) -> ResponseError {
    ResponseError(code: .invalidRequest, message: message)
  }

  public static func internalError(_ message: String) -> ResponseError {
    ResponseError(code: .internalError, message: message)
  }

  public static let cancelled = ResponseError(code: .requestCancelled, message: "request cancelled")

  public var json: JSONValue {
    var object: [String: JSONValue] = ["code": .int(code.rawValue), "message": .string(message)]
    if let data { object["data"] = data }
    return .object(object)
  }

  public init?(json: JSONValue) {
    guard let code = json["code"]?.intValue else { return nil }
    self.init(
      code: ErrorCode(rawValue: code), message: json["message"]?.stringValue ?? "",
      data: json["data"])
  }

  public var description: String { "\(code.rawValue): \(message)" }
}
