public struct MarkupContent: Codable, Sendable, Hashable {
  /// "markdown" or "plaintext".
  public var kind: String
  public var value: String

  public init(kind: String, value: String) {
    self.kind = kind
    self.value = value
  }
}

public struct Hover: Codable, Sendable, Hashable {
  public var contents: MarkupContent
  public var range: LSPRange?
}

public struct HoverRequest: LSPRequest {
  public static let method = "textDocument/hover"
  public typealias Params = TextDocumentPositionParams
  public typealias Response = Hover?
}
