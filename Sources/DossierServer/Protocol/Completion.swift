import JSONRPC

struct CompletionParams: Decodable, Sendable {
  var textDocument: TextDocumentIdentifier
  var position: Position
  var context: Context?

  struct Context: Decodable, Sendable {
    /// 1 invoked, 2 trigger character, 3 re-trigger of an incomplete list.
    var triggerKind: Int
    var triggerCharacter: String?
  }
}

/// `InsertReplaceEdit`: the text typed so far is replaced on insert, the whole word on replace.
struct InsertReplaceEdit: Codable, Sendable, Hashable {
  var newText: String
  var insert: LSPRange
  var replace: LSPRange
}

/// A completion's edit: a plain `TextEdit` or, for clients that support it, an
/// `InsertReplaceEdit`.
enum CompletionTextEdit: Encodable, Sendable, Hashable {
  case plain(TextEdit)
  case insertReplace(InsertReplaceEdit)

  func encode(to encoder: Encoder) throws {
    switch self {
    case .plain(let edit): try edit.encode(to: encoder)
    case .insertReplace(let edit): try edit.encode(to: encoder)
    }
  }
}

struct CompletionItem: Encodable, Sendable {
  var label: String
  /// `CompletionItemKind`.
  var kind: Int?
  var detail: String?
  var documentation: MarkupContent?
  var sortText: String?
  var filterText: String?
  var textEdit: CompletionTextEdit?
  /// `InsertTextMode`: 1 (asIs) tells the client not to re-indent the inserted text.
  var insertTextMode: Int?
  /// Sent back by `completionItem/resolve`, which fills in the documentation.
  var data: JSONValue?
}

struct CompletionList: Encodable, Sendable {
  /// True when typing more may bring items this list lacks: the client asks again.
  var isIncomplete: Bool
  var items: [CompletionItem]
}

struct CompletionRequest: LSPRequest {
  static let method = "textDocument/completion"
  typealias Params = CompletionParams
  typealias Response = CompletionList
}

/// `completionItem/resolve`: the item as the client has it (kept whole, whatever fields it
/// carries), returned with its documentation.
struct CompletionResolveRequest: LSPRequest {
  static let method = "completionItem/resolve"
  typealias Params = JSONValue
  typealias Response = JSONValue
}
