struct DidOpenTextDocumentParams: Codable, Sendable {
  var textDocument: TextDocumentItem
}

struct DidChangeTextDocumentParams: Codable, Sendable {
  var textDocument: VersionedTextDocumentIdentifier
  var contentChanges: [TextDocumentContentChangeEvent]
}

/// One change: a replacement of `range` (incremental sync) or the whole text (no range).
struct TextDocumentContentChangeEvent: Codable, Sendable {
  var range: LSPRange?
  var text: String

  init(range: LSPRange?, text: String) {
    self.range = range
    self.text = text
  }
}

struct DidCloseTextDocumentParams: Codable, Sendable {
  var textDocument: TextDocumentIdentifier
}

struct DidSaveTextDocumentParams: Codable, Sendable {
  var textDocument: TextDocumentIdentifier
  var text: String?
}
