import JSONRPC

/// One range `textDocument/documentHighlight` marks, and how (LSP: 1 text, 2 read, 3 write).
public struct DocumentHighlight: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var kind: Int?

  public init(range: LSPRange, kind: Int?) {
    self.range = range
    self.kind = kind
  }

  /// `DocumentHighlightKind.Text`: a textual occurrence, neither a read nor a write.
  public static let textKind = 1
}

public struct DocumentHighlightRequest: LSPRequest {
  public static let method = "textDocument/documentHighlight"
  public typealias Params = TextDocumentPositionParams
  public typealias Response = [DocumentHighlight]?
}

extension DocumentHighlight: JSONValueRepresentable {
  public var jsonValue: JSONValue {
    guard let kind else { return ["range": range.jsonValue] }
    return ["range": range.jsonValue, "kind": .int(kind)]
  }
}
