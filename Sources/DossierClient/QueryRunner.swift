import JSONRPC

/// Asks a running server one `ClientQuery` and renders the answer.
public struct QueryRunner {
  public let client: LSPClient
  public let files: SourceFiles

  public init(client: LSPClient, files: SourceFiles) {
    self.client = client
    self.files = files
  }

  public struct Answer {
    /// The server's result, as it sent it.
    public var result: JSONValue
    /// The result for people; nil when there is no result (exit code 1).
    public var text: String?
  }

  public enum Failure: Error, CustomStringConvertible {
    /// The query names something that isn't there (an unreadable file): exit code 2.
    case usage(String)
    /// The server answered with an error: this query fails, the next may still be asked.
    case server(ServerError)
    /// The server is gone or silent: nothing more can be asked.
    case connection(ClientError)

    public var description: String {
      switch self {
      case .usage(let message): return message
      case .server(let error): return error.description
      case .connection(let error): return error.description
      }
    }
  }

  public func answer(_ query: ClientQuery) throws(Failure) -> Answer {
    let formatter = ResultFormatter(files: files, encoding: client.positionEncoding)
    switch query {
    case .lookup(let text, let limit):
      var params: [String: JSONValue] = ["query": .string(text)]
      if let limit { params["limit"] = .int(limit) }
      let result = try request("dossier/lookup", .object(params))
      return Answer(result: result, text: formatter.lookup(result))
    case .hover(let position):
      let result = try request("textDocument/hover", .object(try positionParams(position)))
      return Answer(result: result, text: formatter.hover(result))
    case .definition(let position):
      let result = try request("textDocument/definition", .object(try positionParams(position)))
      return Answer(result: result, text: formatter.locations(result))
    case .references(let position, let includeDeclaration):
      var params = try positionParams(position)
      params["context"] = ["includeDeclaration": .bool(includeDeclaration)]
      let result = try request("textDocument/references", .object(params))
      return Answer(result: result, text: formatter.locations(result))
    case .symbols(let text):
      let result = try request("workspace/symbol", ["query": .string(text)])
      return Answer(result: result, text: formatter.symbols(result))
    case .call(let method, let params):
      let result = try request(method, params)
      return Answer(result: result, text: result.isNull ? nil : PrettyJSON.format(result))
    }
  }

  /// Opens the file in the server and converts the user's character column to the server's
  /// position encoding.
  func positionParams(_ position: FilePosition) throws(Failure) -> [String: JSONValue] {
    let path = SourceFiles.absolutePath(position.path)
    guard let bytes = SourceFiles.readBytes(path) else {
      throw .usage("cannot read \(position.path)")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = SourceFiles.splitLines(text)
    guard position.line <= lines.count else {
      throw .usage(
        "\(position.path) has \(lines.count) line\(lines.count == 1 ? "" : "s"); there is no line \(position.line)"
      )
    }
    client.open(path: path, text: text)
    let character = SourceFiles.unitOffset(
      ofCharacter: position.column - 1, in: lines[position.line - 1],
      encoding: client.positionEncoding)
    return [
      "textDocument": ["uri": .string(fileURI(path))],
      "position": ["line": .int(position.line - 1), "character": .int(character)],
    ]
  }

  func request(_ method: String, _ params: JSONValue?) throws(Failure) -> JSONValue {
    do {
      return try client.request(method, params)
    } catch {
      if case .server(let serverError) = error { throw .server(serverError) }
      throw .connection(error)
    }
  }
}
