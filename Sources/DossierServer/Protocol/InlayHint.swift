struct InlayHintParams: Decodable, Sendable {
  var textDocument: TextDocumentIdentifier
  var range: LSPRange
}

struct InlayHint: Encodable, Sendable, Hashable {
  var position: Position
  var label: String
  var tooltip: String?
  var paddingLeft: Bool?
  var paddingRight: Bool?
}

struct InlayHintRequest: LSPRequest {
  static let method = "textDocument/inlayHint"
  typealias Params = InlayHintParams
  typealias Response = [InlayHint]?
}
