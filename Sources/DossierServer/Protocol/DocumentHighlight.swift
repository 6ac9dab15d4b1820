import JSONRPC

/// One range `textDocument/documentHighlight` marks, and how (LSP: 1 text, 2 read, 3 write).
struct DocumentHighlight: Codable, Sendable, Hashable {
  var range: LSPRange
  var kind: Int?

  init(range: LSPRange, kind: Int?) {
    self.range = range
    self.kind = kind
  }

  /// `DocumentHighlightKind.Text`: a textual occurrence, neither a read nor a write.
  static let textKind = 1
}

struct DocumentHighlightRequest: LSPRequest {
  static let method = "textDocument/documentHighlight"
  typealias Params = TextDocumentPositionParams
  typealias Response = [DocumentHighlight]?
}

extension DocumentHighlight: JSONValueRepresentable {
  var jsonValue: JSONValue {
    guard let kind else { return ["range": range.jsonValue] }
    return ["range": range.jsonValue, "kind": .int(kind)]
  }
}
