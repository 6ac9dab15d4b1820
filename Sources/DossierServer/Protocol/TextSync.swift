public struct DidOpenTextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentItem
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
  public var textDocument: VersionedTextDocumentIdentifier
  public var contentChanges: [TextDocumentContentChangeEvent]
}

/// One change: a replacement of `range` (incremental sync) or the whole text (no range).
public struct TextDocumentContentChangeEvent: Codable, Sendable {
  public var range: LSPRange?
  public var text: String

  public init(range: LSPRange?, text: String) {
    self.range = range
    self.text = text
  }
}

public struct DidCloseTextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
}

public struct DidSaveTextDocumentParams: Codable, Sendable {
  public var textDocument: TextDocumentIdentifier
  public var text: String?
}
