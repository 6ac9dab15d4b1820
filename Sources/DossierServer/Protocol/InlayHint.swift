public struct InlayHintParams: Decodable, Sendable {
  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange
}

public struct InlayHint: Encodable, Sendable, Hashable {
  public var position: Position
  public var label: String
  public var tooltip: String?
  public var paddingLeft: Bool?
  public var paddingRight: Bool?
}

public struct InlayHintRequest: LSPRequest {
  public static let method = "textDocument/inlayHint"
  public typealias Params = InlayHintParams
  public typealias Response = [InlayHint]?
}
