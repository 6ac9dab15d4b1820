import JSONRPC

public struct WorkspaceFolder: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var name: String
}

/// The parts of `initialize`'s params that Dossier reads.
public struct InitializeParams: Decodable, Sendable {
  public var processId: Int?
  public var rootUri: DocumentURI?
  public var rootPath: String?
  public var workspaceFolders: [WorkspaceFolder]?
  /// Required by LSP, but a script that sends `{}` still gets a server (with no capabilities).
  public var capabilities: ClientCapabilities?
  public var initializationOptions: JSONValue?
  public var clientInfo: ClientInfo?

  public struct ClientInfo: Decodable, Sendable {
    public var name: String
    public var version: String?
  }
}
