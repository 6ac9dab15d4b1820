/// A replacement of a range of a document by new text.
struct TextEdit: Codable, Sendable, Hashable {
  var range: LSPRange
  var newText: String

  init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// Edits of one document at one version (`documentChanges`).
struct TextDocumentEdit: Codable, Sendable, Hashable {
  struct Document: Codable, Sendable, Hashable {
    var uri: DocumentURI
    /// The version the edits apply to; nil for a document that is not open.
    var version: Int?

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(uri, forKey: .uri)
      // `OptionalVersionedTextDocumentIdentifier`: the version is `null`, never absent.
      try container.encode(version, forKey: .version)
    }
  }

  var textDocument: Document
  var edits: [TextEdit]
}

/// Changes to documents: `changes` keyed by URI, or `documentChanges` with versions for clients
/// that support them (so a stale edit is refused instead of applied to moved text).
struct WorkspaceEdit: Codable, Sendable, Hashable {
  var changes: [String: [TextEdit]]?
  var documentChanges: [TextDocumentEdit]?

  /// The edits of one document, in the form the client supports.
  init(uri: DocumentURI, version: Int?, edits: [TextEdit], versioned: Bool) {
    if versioned {
      documentChanges = [
        TextDocumentEdit(textDocument: .init(uri: uri, version: version), edits: edits)
      ]
    } else {
      changes = [uri.string: edits]
    }
  }
}
