import JSONRPC

public struct CompletionParams: Decodable, Sendable {
  public var textDocument: TextDocumentIdentifier
  public var position: Position
  public var context: Context?

  public struct Context: Decodable, Sendable {
    /// 1 invoked, 2 trigger character, 3 re-trigger of an incomplete list.
    public var triggerKind: Int
    public var triggerCharacter: String?
  }
}

/// `InsertReplaceEdit`: the text typed so far is replaced on insert, the whole word on replace.
public struct InsertReplaceEdit: Codable, Sendable, Hashable {
  public var newText: String
  public var insert: LSPRange
  public var replace: LSPRange
}

/// A completion's edit: a plain `TextEdit` or, for clients that support it, an
/// `InsertReplaceEdit`.
public enum CompletionTextEdit: Encodable, Sendable, Hashable {
  case plain(TextEdit)
  case insertReplace(InsertReplaceEdit)

  public func encode(to encoder: Encoder) throws {
    switch self {
    case .plain(let edit): try edit.encode(to: encoder)
    case .insertReplace(let edit): try edit.encode(to: encoder)
    }
  }
}

public struct CompletionItem: Encodable, Sendable {
  public var label: String
  /// `CompletionItemKind`.
  public var kind: Int?
  public var detail: String?
  public var documentation: MarkupContent?
  public var sortText: String?
  public var filterText: String?
  public var textEdit: CompletionTextEdit?
  /// `InsertTextMode`: 1 (asIs) tells the client not to re-indent the inserted text.
  public var insertTextMode: Int?
  /// Sent back by `completionItem/resolve`, which fills in the documentation.
  public var data: JSONValue?
}

public struct CompletionList: Encodable, Sendable {
  /// True when typing more may bring items this list lacks: the client asks again.
  public var isIncomplete: Bool
  public var items: [CompletionItem]
}

public struct CompletionRequest: LSPRequest {
  public static let method = "textDocument/completion"
  public typealias Params = CompletionParams
  public typealias Response = CompletionList
}

/// `completionItem/resolve`: the item as the client has it (kept whole, whatever fields it
/// carries), returned with its documentation.
public struct CompletionResolveRequest: LSPRequest {
  public static let method = "completionItem/resolve"
  public typealias Params = JSONValue
  public typealias Response = JSONValue
}
