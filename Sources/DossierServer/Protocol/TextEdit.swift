/// A replacement of a range of a document by new text.
public struct TextEdit: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var newText: String

  public init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// Edits of one document at one version (`documentChanges`).
public struct TextDocumentEdit: Codable, Sendable, Hashable {
  public struct Document: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    /// The version the edits apply to; nil for a document that is not open.
    public var version: Int?

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(uri, forKey: .uri)
      // `OptionalVersionedTextDocumentIdentifier`: the version is `null`, never absent.
      try container.encode(version, forKey: .version)
    }
  }

  public var textDocument: Document
  public var edits: [TextEdit]
}

/// Changes to documents: `changes` keyed by URI, or `documentChanges` with versions for clients
/// that support them (so a stale edit is refused instead of applied to moved text).
public struct WorkspaceEdit: Codable, Sendable, Hashable {
  public var changes: [String: [TextEdit]]?
  public var documentChanges: [TextDocumentEdit]?

  /// The edits of one document, in the form the client supports.
  public init(uri: DocumentURI, version: Int?, edits: [TextEdit], versioned: Bool) {
    if versioned {
      documentChanges = [
        TextDocumentEdit(textDocument: .init(uri: uri, version: version), edits: edits)
      ]
    } else {
      changes = [uri.string: edits]
    }
  }
}
