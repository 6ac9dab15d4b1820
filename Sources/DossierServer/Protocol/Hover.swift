import JSONRPC

struct MarkupContent: Codable, Sendable, Hashable {
  /// "markdown" or "plaintext".
  var kind: String
  var value: String

  init(kind: String, value: String) {
    self.kind = kind
    self.value = value
  }
}

/// A hover's answer. The contents are kept encoded: cards are cached as the JSON of their
/// `MarkupContent` (`CardCache`), so answering a hover writes those bytes and the range.
struct Hover: Sendable, Hashable {
  /// A `MarkupContent`, serialised.
  var contents: EncodedJSON
  var range: LSPRange?

  init(contents: EncodedJSON, range: LSPRange?) {
    self.contents = contents
    self.range = range
  }

  init(contents: MarkupContent, range: LSPRange?) {
    self.init(
      contents: EncodedJSON((try? JSONValueEncoder().encode(contents)) ?? .null), range: range)
  }
}

extension Hover: JSONWritable, Encodable {
  func writeJSON(into output: inout [UInt8]) {
    JSONWriter.writeRaw(#"{"contents":"#, into: &output)
    output.append(contentsOf: contents.bytes)
    if let range {
      JSONWriter.writeRaw(#","range":"#, into: &output)
      range.writeJSON(into: &output)
    }
    output.append(UInt8(ascii: "}"))
  }

  /// The slow path, for callers that encode with `Codable` (the server writes bytes).
  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(encodedJSON.parsed())
  }
}

struct HoverRequest: LSPRequest {
  static let method = "textDocument/hover"
  typealias Params = TextDocumentPositionParams
  typealias Response = Hover?
}
