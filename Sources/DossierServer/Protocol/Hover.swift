import JSONRPC

public struct MarkupContent: Codable, Sendable, Hashable {
  /// "markdown" or "plaintext".
  public var kind: String
  public var value: String

  public init(kind: String, value: String) {
    self.kind = kind
    self.value = value
  }
}

/// A hover's answer. The contents are kept encoded: cards are cached as the JSON of their
/// `MarkupContent` (`CardCache`), so answering a hover writes those bytes and the range.
public struct Hover: Sendable, Hashable {
  /// A `MarkupContent`, serialised.
  public var contents: EncodedJSON
  public var range: LSPRange?

  public init(contents: EncodedJSON, range: LSPRange?) {
    self.contents = contents
    self.range = range
  }

  public init(contents: MarkupContent, range: LSPRange?) {
    self.init(
      contents: EncodedJSON((try? JSONValueEncoder().encode(contents)) ?? .null), range: range)
  }
}

extension Hover: JSONWritable, Encodable {
  public func writeJSON(into output: inout [UInt8]) {
    JSONWriter.writeRaw(#"{"contents":"#, into: &output)
    output.append(contentsOf: contents.bytes)
    if let range {
      JSONWriter.writeRaw(#","range":"#, into: &output)
      range.writeJSON(into: &output)
    }
    output.append(UInt8(ascii: "}"))
  }

  /// The slow path, for callers that encode with `Codable` (the server writes bytes).
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(encodedJSON.parsed())
  }
}

public struct HoverRequest: LSPRequest {
  public static let method = "textDocument/hover"
  public typealias Params = TextDocumentPositionParams
  public typealias Response = Hover?
}
