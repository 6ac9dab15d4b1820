extension LineIndex {
  /// A line index kept from before (an index cache), checked to be one: it starts at 0, its
  /// line starts rise and none is past `byteCount`. Nil when it is not.
  public init?(lineStarts: [UInt32], byteCount: Int, isASCII: Bool) {
    guard lineStarts.first == 0, byteCount >= 0, byteCount < Int(UInt32.max) else { return nil }
    var previous: UInt32 = 0
    for start in lineStarts.dropFirst() {
      guard start > previous, Int(start) <= byteCount else { return nil }
      previous = start
    }
    self.init(starts: .narrow(lineStarts), byteCount: byteCount, isASCII: isASCII)
  }
}

extension SourceText {
  /// A text with a line index made before for exactly these bytes; nil when the index does not
  /// cover them.
  public init?(bytes: [UInt8], lineIndex: LineIndex) {
    guard lineIndex.byteCount == bytes.count else { return nil }
    self.bytes = bytes
    self.lineIndex = lineIndex
  }
}
