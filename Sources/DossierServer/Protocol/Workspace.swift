import JSONRPC

struct ExecuteCommandParams: Decodable, Sendable {
  var command: String
  var arguments: [JSONValue]?
}

struct ExecuteCommandRequest: LSPRequest {
  static let method = "workspace/executeCommand"
  typealias Params = ExecuteCommandParams
  typealias Response = JSONValue
}

struct FileEvent: Decodable, Sendable {
  var uri: DocumentURI
  /// 1 created, 2 changed, 3 deleted.
  var type: Int
}

struct DidChangeWatchedFilesParams: Decodable, Sendable {
  var changes: [FileEvent]
}
