/// Decodes a JSON string's content (already checked by `JSONRecordScanner`) into a text
/// being built, each escape standing for its bytes in the line: `\n` for two bytes, `\u2019`
/// for six, a surrogate pair `\ud83d\ude00` for twelve; everything else is copied as it is.
///
/// A lone surrogate, `\u0000` and the other control characters but tab, line feed, form feed
/// and carriage return become U+FFFD. With `asOneLine` (a title), line ends and tabs become
/// spaces, so the field stays one line of the text.
enum JSONStringDecoder {
  static func append(
    _ content: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
    to builder: inout TextOriginBuilder, asOneLine: Bool
  ) {
    var position = content.lowerBound
    var chunkStart = position
    let end = content.upperBound
    func flush() {
      if position > chunkStart {
        builder.appendVerbatim(
          UnsafeBufferPointer(rebasing: bytes[chunkStart..<position]), fileStart: chunkStart)
      }
    }
    while position < end {
      guard bytes[position] == UInt8(ascii: "\\"), position + 1 < end else {
        position += 1
        continue
      }
      flush()
      let escape = bytes[position + 1]
      var length = 2
      var value: UInt32
      switch escape {
      case UInt8(ascii: "n"): value = 0x0A
      case UInt8(ascii: "r"): value = 0x0D
      case UInt8(ascii: "t"): value = 0x09
      case UInt8(ascii: "f"): value = 0x0C
      case UInt8(ascii: "b"): value = 0xFFFD
      case UInt8(ascii: "u"):
        guard let unit = escapedUnit(at: position, end: end, in: bytes) else {
          // Not a well-formed escape (the scanner lets none through): copied as it is.
          chunkStart = position
          position += 2
          continue
        }
        length = 6
        value = unit
        if (0xD800..<0xDC00).contains(unit) {
          if let low = escapedUnit(at: position + 6, end: end, in: bytes),
            (0xDC00..<0xE000).contains(low)
          {
            value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            length = 12
          } else {
            value = 0xFFFD
          }
        } else if (0xDC00..<0xE000).contains(unit) {
          value = 0xFFFD
        } else if unit < 0x20, unit != 0x09, unit != 0x0A, unit != 0x0C, unit != 0x0D {
          value = 0xFFFD
        }
      default: value = UInt32(escape)  // \" \\ \/
      }
      if asOneLine, value == 0x0A || value == 0x0D || value == 0x09 || value == 0x0C {
        value = 0x20
      }
      builder.appendScalar(value, for: position..<position + length)
      position += length
      chunkStart = position
    }
    flush()
  }

  /// The four hex digits of a `\u` escape at `offset` (which holds the backslash).
  private static func escapedUnit(at offset: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> UInt32?
  {
    guard offset + 6 <= end, bytes[offset] == UInt8(ascii: "\\"),
      bytes[offset + 1] == UInt8(ascii: "u")
    else { return nil }
    var value: UInt32 = 0
    for index in 2..<6 {
      guard let digit = hexValue(bytes[offset + index]) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
