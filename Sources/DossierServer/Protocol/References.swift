import JSONRPC

/// `textDocument/references`' params: a place in a document, and whether to list the
/// declaration too.
struct ReferenceParams: Codable, Sendable, Hashable {
  struct Context: Codable, Sendable, Hashable {
    var includeDeclaration: Bool

    init(includeDeclaration: Bool) { self.includeDeclaration = includeDeclaration }
  }

  var textDocument: TextDocumentIdentifier
  var position: Position
  var context: Context

  init(textDocument: TextDocumentIdentifier, position: Position, context: Context) {
    self.textDocument = textDocument
    self.position = position
    self.context = context
  }
}

struct ReferencesRequest: LSPRequest {
  static let method = "textDocument/references"
  typealias Params = ReferenceParams
  /// A JSON array of `Location`s, or null; written straight into bytes (`LocationWriter`).
  typealias Response = EncodedJSON
}
