/// One JSON value already serialised, written to the wire as is.
///
/// A handler that answers with `EncodedJSON` skips building a `JSONValue` tree and walking it
/// again in `JSONWriter`: a cached answer (a rendered hover card) costs a copy of its bytes,
/// and a large one (tens of thousands of locations) is written once, straight into bytes.
public struct EncodedJSON: Sendable, Hashable {
  /// The bytes of exactly one JSON value, compact, valid UTF-8.
  public let bytes: [UInt8]

  /// Serialises `value`.
  public init(_ value: JSONValue) {
    bytes = JSONWriter.encode(value)
  }

  /// Takes bytes that the caller built with `JSONWriter`'s primitives (or `JSONWritable`) and
  /// vouches are one complete JSON value. They are not checked: this is the fast path.
  public init(uncheckedBytes bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Builds the bytes with `write`, which appends one JSON value.
  public init(writing write: (inout [UInt8]) -> Void) {
    var output: [UInt8] = []
    write(&output)
    bytes = output
  }

  public static let null = EncodedJSON(uncheckedBytes: Array("null".utf8))

  /// The value parsed back (for tests and for callers that need a tree). The depth bound is
  /// generous: these bytes were written by this process, not received.
  public func parsed() throws(JSONParseError) -> JSONValue {
    try JSONParser.parse(bytes, maxDepth: 1_024)
  }
}

/// A value that writes its own JSON straight into bytes, without a `JSONValue` tree in between.
///
/// The result must be exactly what `JSONWriter` would write for the value's `JSONValue` form
/// (tests compare the two), so that the fast path never changes an answer.
public protocol JSONWritable {
  func writeJSON(into output: inout [UInt8])
}

extension JSONWritable {
  /// The value's JSON, as bytes ready for the wire.
  public var encodedJSON: EncodedJSON {
    var output: [UInt8] = []
    writeJSON(into: &output)
    return EncodedJSON(uncheckedBytes: output)
  }
}

extension EncodedJSON: Encodable {
  /// The slow path, for callers that encode with `Codable`: the value parsed back.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(try parsed())
  }
}

extension EncodedJSON: JSONWritable {
  public func writeJSON(into output: inout [UInt8]) { output.append(contentsOf: bytes) }
}

extension JSONValue: JSONWritable {
  public func writeJSON(into output: inout [UInt8]) { JSONWriter.write(self, into: &output) }
}

extension Array: JSONWritable where Element: JSONWritable {
  public func writeJSON(into output: inout [UInt8]) {
    output.append(UInt8(ascii: "["))
    for (position, element) in enumerated() {
      if position > 0 { output.append(UInt8(ascii: ",")) }
      element.writeJSON(into: &output)
    }
    output.append(UInt8(ascii: "]"))
  }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
  public func writeJSON(into output: inout [UInt8]) {
    if let self { self.writeJSON(into: &output) } else { output.append(contentsOf: "null".utf8) }
  }
}
