/// A text kept as UTF-8 bytes with its line index: a corpus file or a document open in the
/// editor. Immutable; an edit makes a new one.
public struct SourceText: Sendable {
  public let bytes: [UInt8]
  public let lineIndex: LineIndex

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    self.lineIndex = LineIndex(bytes)
  }

  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  public var string: String { String(decoding: bytes, as: UTF8.self) }

  public subscript(range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  public func byteOffset(of position: LineColumn, encoding: PositionEncoding) -> Int {
    bytes.withUnsafeBufferPointer { lineIndex.byteOffset(of: position, encoding: encoding, in: $0) }
  }

  public func position(ofByteOffset offset: Int, encoding: PositionEncoding) -> LineColumn {
    bytes.withUnsafeBufferPointer {
      lineIndex.position(ofByteOffset: offset, encoding: encoding, in: $0)
    }
  }

  /// The text of line `line` (zero-based) without its line ending; empty past the end.
  public func line(_ line: Int) -> String {
    guard line >= 0, line < lineIndex.lineCount else { return "" }
    return bytes.withUnsafeBufferPointer { self[lineIndex.contentRange(ofLine: line, in: $0)] }
  }

  /// A new text with `replacement` in place of the bytes in `range` (clamped to the text).
  public func replacing(_ range: Range<Int>, with replacement: some Collection<UInt8>) -> SourceText
  {
    let clamped = range.clamped(to: 0..<bytes.count)
    var edited = bytes
    edited.replaceSubrange(clamped, with: replacement)
    return SourceText(bytes: edited)
  }
}
