import JSONRPC

public struct ExecuteCommandParams: Decodable, Sendable {
  public var command: String
  public var arguments: [JSONValue]?
}

public struct ExecuteCommandRequest: LSPRequest {
  public static let method = "workspace/executeCommand"
  public typealias Params = ExecuteCommandParams
  public typealias Response = JSONValue
}

public struct FileEvent: Decodable, Sendable {
  public var uri: DocumentURI
  /// 1 created, 2 changed, 3 deleted.
  public var type: Int
}

public struct DidChangeWatchedFilesParams: Decodable, Sendable {
  public var changes: [FileEvent]
}
