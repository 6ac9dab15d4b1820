import JSONRPC

/// `textDocument/references`' params: a place in a document, and whether to list the
/// declaration too.
public struct ReferenceParams: Codable, Sendable, Hashable {
  public struct Context: Codable, Sendable, Hashable {
    public var includeDeclaration: Bool

    public init(includeDeclaration: Bool) { self.includeDeclaration = includeDeclaration }
  }

  public var textDocument: TextDocumentIdentifier
  public var position: Position
  public var context: Context

  public init(textDocument: TextDocumentIdentifier, position: Position, context: Context) {
    self.textDocument = textDocument
    self.position = position
    self.context = context
  }
}

public struct ReferencesRequest: LSPRequest {
  public static let method = "textDocument/references"
  public typealias Params = ReferenceParams
  /// A JSON array of `Location`s, or null; written straight into bytes (`LocationWriter`).
  public typealias Response = EncodedJSON
}
