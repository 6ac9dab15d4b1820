import JSONRPC

struct CodeActionParams: Decodable, Sendable {
  var textDocument: TextDocumentIdentifier
  var range: LSPRange
  var context: Context

  struct Context: Decodable, Sendable {
    /// The client's diagnostics at the range, kept as sent so that an action can name them
    /// back exactly.
    var diagnostics: [JSONValue]
    /// Only actions of these kinds (or their sub-kinds) are wanted.
    var only: [String]?
  }
}

struct CodeAction: Encodable, Sendable {
  var title: String
  /// `quickfix`, `refactor.rewrite`, …
  var kind: String
  /// The diagnostics this action resolves.
  var diagnostics: [JSONValue]?
  var isPreferred: Bool?
  var edit: WorkspaceEdit
}

struct CodeActionRequest: LSPRequest {
  static let method = "textDocument/codeAction"
  typealias Params = CodeActionParams
  typealias Response = [CodeActionOrCommand]?
}
