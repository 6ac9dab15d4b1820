import JSONRPC

struct WorkspaceFolder: Codable, Sendable, Hashable {
  var uri: DocumentURI
  var name: String
}

/// The parts of `initialize`'s params that Dossier reads.
struct InitializeParams: Decodable, Sendable {
  var processId: Int?
  var rootUri: DocumentURI?
  var rootPath: String?
  var workspaceFolders: [WorkspaceFolder]?
  /// Required by LSP, but a script that sends `{}` still gets a server (with no capabilities).
  var capabilities: ClientCapabilities?
  var initializationOptions: JSONValue?
  var clientInfo: ClientInfo?

  struct ClientInfo: Decodable, Sendable {
    var name: String
    var version: String?
  }
}
