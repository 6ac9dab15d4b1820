import JSONRPC

public struct CodeActionParams: Decodable, Sendable {
  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange
  public var context: Context

  public struct Context: Decodable, Sendable {
    /// The client's diagnostics at the range, kept as sent so that an action can name them
    /// back exactly.
    public var diagnostics: [JSONValue]
    /// Only actions of these kinds (or their sub-kinds) are wanted.
    public var only: [String]?
  }
}

public struct CodeAction: Encodable, Sendable {
  public var title: String
  /// `quickfix`, `refactor.rewrite`, …
  public var kind: String
  /// The diagnostics this action resolves.
  public var diagnostics: [JSONValue]?
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit
}

public struct CodeActionRequest: LSPRequest {
  public static let method = "textDocument/codeAction"
  public typealias Params = CodeActionParams
  public typealias Response = [CodeActionOrCommand]?
}
