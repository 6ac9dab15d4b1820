/// How a client counts characters within a line (LSP's `PositionEncodingKind`).
public enum PositionEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}

/// A position as a client sees it: zero-based line, and a column counted in some encoding.
public struct LineColumn: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: LineColumn, rhs: LineColumn) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// Where each line of a UTF-8 text starts, and conversions between byte offsets and
/// (line, column) in any position encoding.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`. Text stays UTF-8; columns are converted only here,
/// at the protocol edge. Positions out of range are clamped, never trapped on: a column past a
/// line's end means the end of that line, a line past the last means the end of the text, and a
/// column inside a multi-byte character means the start of that character.
///
/// Line starts are kept as 32-bit offsets (four bytes a line, for every article of a corpus);
/// a text of 4 GiB or more keeps them as `Int`.
public struct LineIndex: Sendable, Hashable {
  /// Line starts, the first always 0: 32-bit while the text is under 4 GiB.
  enum Starts: Sendable, Hashable {
    case narrow([UInt32])
    case wide([Int])
  }

  private let starts: Starts
  /// Total byte count of the text.
  public let byteCount: Int
  /// True when the text has no byte above 0x7F, so every encoding counts columns as bytes.
  public let isASCII: Bool

  public init(_ bytes: some Collection<UInt8>) {
    self =
      bytes.withContiguousStorageIfAvailable { Self.scan($0) }
      ?? Array(bytes).withUnsafeBufferPointer { Self.scan($0) }
  }

  init(starts: Starts, byteCount: Int, isASCII: Bool) {
    self.starts = starts
    self.byteCount = byteCount
    self.isASCII = isASCII
  }

  /// Finds the line ends eight bytes at a time: a word with no `\n`, no `\r` (and, while the
  /// text is still ASCII, no byte above 0x7F) is skipped whole.
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> LineIndex {
    guard bytes.count < Int(UInt32.max) else { return scanWide(bytes) }
    var starts: [UInt32] = [0]
    starts.reserveCapacity(bytes.count / 48 + 2)
    var ascii = true
    var previousWasCR = false
    var offset = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else {
      return LineIndex(starts: .narrow(starts), byteCount: 0, isASCII: true)
    }
    while offset < count {
      if offset + 8 <= count {
        let word = SWAR.load(base, offset)
        let interesting =
          SWAR.hasByte(word, 0x0A) | SWAR.hasByte(word, 0x0D)
          | (ascii ? word & SWAR.highBits : 0)
        if interesting == 0 {
          offset += 8
          previousWasCR = false
          continue
        }
        // Straight to the first byte that matters; those before it end no line.
        let skipped = SWAR.firstMarked(interesting)
        if skipped > 0 {
          offset += skipped
          previousWasCR = false
        }
      }
      let byte = base[offset]
      offset += 1
      if byte == UInt8(ascii: "\n") {
        if previousWasCR {
          starts[starts.count - 1] = UInt32(truncatingIfNeeded: offset)  // "\r\n" is one end.
        } else {
          starts.append(UInt32(truncatingIfNeeded: offset))
        }
      } else if byte == UInt8(ascii: "\r") {
        starts.append(UInt32(truncatingIfNeeded: offset))
      } else if byte >= 0x80 {
        ascii = false
      }
      previousWasCR = byte == UInt8(ascii: "\r")
    }
    if starts.capacity > starts.count + starts.count / 8 {
      starts = starts.withUnsafeBufferPointer { Array($0) }  // kept for the text's lifetime
    }
    return LineIndex(starts: .narrow(starts), byteCount: count, isASCII: ascii)
  }

  /// The same scan, one byte at a time, for texts of 4 GiB or more.
  private static func scanWide(_ bytes: UnsafeBufferPointer<UInt8>) -> LineIndex {
    var starts = [0]
    var ascii = true
    var previousWasCR = false
    var offset = 0
    for byte in bytes {
      offset += 1
      if byte == UInt8(ascii: "\n") {
        if previousWasCR {
          starts[starts.count - 1] = offset
        } else {
          starts.append(offset)
        }
      } else if byte == UInt8(ascii: "\r") {
        starts.append(offset)
      } else if byte >= 0x80 {
        ascii = false
      }
      previousWasCR = byte == UInt8(ascii: "\r")
    }
    return LineIndex(starts: .wide(starts), byteCount: offset, isASCII: ascii)
  }

  public var lineCount: Int {
    switch starts {
    case .narrow(let starts): starts.count
    case .wide(let starts): starts.count
    }
  }

  /// The byte offset at which line `line` starts; `line` must be in `0..<lineCount`.
  @inline(__always)
  public func lineStart(_ line: Int) -> Int {
    switch starts {
    case .narrow(let starts): Int(starts[line])
    case .wide(let starts): starts[line]
    }
  }

  /// The line that contains `byteOffset` (clamped to the text).
  public func line(containing byteOffset: Int) -> Int {
    let offset = min(max(byteOffset, 0), byteCount)
    var low = 0
    var high = lineCount - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStart(middle) <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The bytes of line `line` without its line ending.
  public func contentRange(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let start = lineStart(line)
    guard line + 1 < lineCount else { return start..<byteCount }
    // Every line but the last ends in exactly one of "\n", "\r\n" or "\r".
    var end = lineStart(line + 1) - 1
    if bytes[end] == UInt8(ascii: "\n"), end > start, bytes[end - 1] == UInt8(ascii: "\r") {
      end -= 1
    }
    return start..<end
  }

  /// The byte offset of a client position, clamped as described on the type.
  public func byteOffset(
    of position: LineColumn, encoding: PositionEncoding, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lineCount else { return byteCount }
    let content = contentRange(ofLine: position.line, in: bytes)
    let column = max(position.column, 0)
    if isASCII || encoding == .utf8 {
      // Clamp before adding: a column near Int.max must not overflow.
      var offset = content.lowerBound + min(column, content.count)
      // A UTF-8 column inside a character snaps back to the character's start.
      while offset > content.lowerBound, offset < content.upperBound, isContinuation(bytes[offset])
      {
        offset -= 1
      }
      return offset
    }
    var units = 0
    var offset = content.lowerBound
    while offset < content.upperBound {
      let width = scalarWidth(leadByte: bytes[offset])
      let unitCount = encoding == .utf16 ? (width == 4 ? 2 : 1) : 1
      if units + unitCount > column { break }
      units += unitCount
      offset = min(offset + width, content.upperBound)
    }
    return offset
  }

  /// The client position of a byte offset (clamped to the text).
  public func position(
    ofByteOffset byteOffset: Int, encoding: PositionEncoding, in bytes: UnsafeBufferPointer<UInt8>
  ) -> LineColumn {
    let offset = min(max(byteOffset, 0), byteCount)
    let line = line(containing: offset)
    let start = lineStart(line)
    if isASCII || encoding == .utf8 { return LineColumn(line: line, column: offset - start) }
    var units = 0
    var cursor = start
    while cursor < offset {
      let width = scalarWidth(leadByte: bytes[cursor])
      if cursor + width > offset { break }
      units += encoding == .utf16 && width == 4 ? 2 : 1
      cursor += width
    }
    return LineColumn(line: line, column: units)
  }

  /// The client positions of many byte offsets, equal to calling `position(ofByteOffset:)` on
  /// each. Ascending offsets are cheap: an offset on the line of the one before is counted on
  /// from where that one's count stopped, so each line is scanned at most once, and the line
  /// itself is found without a search. Offsets out of order are converted on their own.
  public func positions(
    ofByteOffsets byteOffsets: some Sequence<Int>, encoding: PositionEncoding,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> [LineColumn] {
    var positions: [LineColumn] = []
    positions.reserveCapacity(byteOffsets.underestimatedCount)
    let countsBytes = isASCII || encoding == .utf8
    // Where the last count stopped: a scalar boundary on `line`, and the columns before it.
    var line = -1
    var cursor = 0
    var units = 0
    for byteOffset in byteOffsets {
      let offset = min(max(byteOffset, 0), byteCount)
      let nextLineStart = line + 1 < lineCount ? lineStart(line + 1) : Int.max
      let sameLine = line >= 0 && offset >= cursor && offset < nextLineStart
      if !sameLine {
        line = self.line(containing: offset)
        cursor = lineStart(line)
        units = 0
      }
      if countsBytes {
        positions.append(LineColumn(line: line, column: offset - lineStart(line)))
        continue
      }
      while cursor < offset {
        // Eight ASCII bytes at a time: each is one unit in every encoding.
        if offset - cursor >= 8, let base = bytes.baseAddress,
          UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
            == 0
        {
          units += 8
          cursor += 8
          continue
        }
        let width = scalarWidth(leadByte: bytes[cursor])
        if cursor + width > offset { break }
        units += encoding == .utf16 && width == 4 ? 2 : 1
        cursor += width
      }
      positions.append(LineColumn(line: line, column: units))
    }
    return positions
  }

  /// `positions(ofByteOffsets:encoding:in:)` for an array, the usual case: called from another
  /// module, the generic version walks its sequence through witness tables (two thirds of
  /// its time on a large references answer); this one is specialised here.
  public func positions(
    ofByteOffsets byteOffsets: [Int], encoding: PositionEncoding,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> [LineColumn] {
    positions(ofByteOffsets: byteOffsets[...], encoding: encoding, in: bytes)
  }

  private func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  private func scalarWidth(leadByte: UInt8) -> Int {
    switch leadByte {
    case 0..<0x80: return 1
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0...: return 4
    default: return 1  // A stray continuation byte counts alone.
    }
  }
}
