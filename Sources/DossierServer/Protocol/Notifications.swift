import JSONRPC

/// `initialized`: the client has read the result of `initialize`; the server may now send it
/// requests (progress tokens, watcher registration). Its params say nothing.
struct InitializedNotification: LSPNotification {
  static let method = "initialized"
  typealias Params = JSONValue
}

struct DidOpenNotification: LSPNotification {
  static let method = "textDocument/didOpen"
  typealias Params = DidOpenTextDocumentParams
}

struct DidChangeNotification: LSPNotification {
  static let method = "textDocument/didChange"
  typealias Params = DidChangeTextDocumentParams
}

struct DidCloseNotification: LSPNotification {
  static let method = "textDocument/didClose"
  typealias Params = DidCloseTextDocumentParams
}

/// Accepted and checked, but nothing to do: the text is already known from the changes.
struct DidSaveNotification: LSPNotification {
  static let method = "textDocument/didSave"
  typealias Params = DidSaveTextDocumentParams
}

struct DidChangeWatchedFilesNotification: LSPNotification {
  static let method = "workspace/didChangeWatchedFiles"
  typealias Params = DidChangeWatchedFilesParams
}
