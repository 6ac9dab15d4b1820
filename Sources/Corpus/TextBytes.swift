/// Byte-level questions about UTF-8 text that every stage of the page reader asks.
///
/// Everything works on `UnsafeBufferPointer<UInt8>` and byte offsets, so reading a page never
/// builds a `String` per line. Offsets past the buffer are answered as "nothing there".
enum TextBytes {
  /// The byte length of the whitespace character at `offset`, or 0 when there is none.
  ///
  /// Counts ASCII space, tab, line ends, vertical tab and form feed, and the Unicode spaces
  /// web pages carry: no-break space, the U+2000 spaces, zero-width space, narrow no-break
  /// space, ideographic space and the zero-width no-break space (a stray BOM).
  @inline(__always)
  static func whitespaceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard offset < bytes.count else { return 0 }
    let byte = bytes[offset]
    switch byte {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
    case 0xC2:
      return offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 ? 2 : 0
    case 0xE2:
      guard offset + 2 < bytes.count else { return 0 }
      let second = bytes[offset + 1]
      let third = bytes[offset + 2]
      if second == 0x80, third >= 0x80 && third <= 0x8B || third == 0xAF { return 3 }
      if second == 0x81, third == 0x9F { return 3 }
      return 0
    case 0xE3:
      return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80
        ? 3 : 0
    case 0xEF:
      return offset + 2 < bytes.count && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF
        ? 3 : 0
    default: return 0
    }
  }

  /// True when whitespace ends just before `offset` (or `offset` is at `lowerBound`).
  @inline(__always)
  static func isWhitespaceBefore(
    _ offset: Int, lowerBound: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    offset <= lowerBound || whitespaceWidth(endingAt: offset, lowerBound: lowerBound, in: bytes) > 0
  }

  /// The byte length of the whitespace character that ends just before `end`, or 0.
  @inline(__always)
  static func whitespaceWidth(
    endingAt end: Int, lowerBound: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    var width = 1
    while width <= 3, end - width >= lowerBound {
      if whitespaceLength(at: end - width, in: bytes) == width { return width }
      width += 1
    }
    return 0
  }

  /// `range` without whitespace at either end.
  static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var start = range.lowerBound
    var end = min(range.upperBound, bytes.count)
    while start < end {
      let width = whitespaceLength(at: start, in: bytes)
      if width == 0 || start + width > end { break }
      start += width
    }
    while end > start {
      let width = whitespaceWidth(endingAt: end, lowerBound: start, in: bytes)
      if width == 0 { break }
      end -= width
    }
    return start..<end
  }

  /// The Unicode scalar that starts at `offset` and its byte length; a malformed or truncated
  /// sequence reads as U+FFFD of length 1, so a scan always moves forward.
  @inline(__always)
  static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    value: UInt32, length: Int
  ) {
    let lead = bytes[offset]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF4:
      length = 4
      value = UInt32(lead & 0x07)
    default: return (0xFFFD, 1)
    }
    guard offset + length <= bytes.count else { return (0xFFFD, 1) }
    for index in 1..<length {
      let byte = bytes[offset + index]
      guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, length)
  }

  /// The start of the scalar that ends just before `offset`.
  @inline(__always)
  static func scalarStart(before offset: Int, lowerBound: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    var start = offset - 1
    while start > lowerBound, start > offset - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
    byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
  }
  @inline(__always) static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  @inline(__always) static func isASCIILower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  @inline(__always) static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || isDigit(byte)
  }
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    isASCIIUpper(byte) ? byte | 0x20 : byte
  }

  /// True when the bytes at `offset` spell `literal` exactly.
  static func matches(_ literal: [UInt8], at offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard offset >= 0, offset + literal.count <= bytes.count else { return false }
    for index in 0..<literal.count where bytes[offset + index] != literal[index] { return false }
    return true
  }

  /// True when the bytes at `offset` spell `literal` with ASCII letters in any case.
  static func matchesIgnoringCase(
    _ literal: [UInt8], at offset: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard offset >= 0, offset + literal.count <= bytes.count else { return false }
    for index in 0..<literal.count where lowercased(bytes[offset + index]) != literal[index] {
      return false
    }
    return true
  }

  /// The whitespace-separated words of `range`, as strings (short words are stored inline by
  /// `String`, so this allocates little).
  static func words(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    var offset = range.lowerBound
    var wordStart = offset
    while offset < range.upperBound {
      let space = whitespaceLength(at: offset, in: bytes)
      if space > 0 {
        if offset > wordStart { words.append(string(wordStart..<offset, in: bytes)) }
        offset += space
        wordStart = offset
      } else {
        offset += 1
      }
    }
    if range.upperBound > wordStart {
      words.append(string(wordStart..<range.upperBound, in: bytes))
    }
    return words
  }

  /// The text of `range` as a `String` (invalid bytes cannot occur: the loader repaired them).
  static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[clamped]), as: UTF8.self)
  }
}

/// Punctuation scalars the page reader needs by name.
enum Scalar {
  static let leftDoubleQuote: UInt32 = 0x201C
  static let rightDoubleQuote: UInt32 = 0x201D
  static let lowDoubleQuote: UInt32 = 0x201E
  static let leftSingleQuote: UInt32 = 0x2018
  static let rightSingleQuote: UInt32 = 0x2019
  static let leftGuillemet: UInt32 = 0x00AB
  static let rightGuillemet: UInt32 = 0x00BB
  static let ellipsis: UInt32 = 0x2026
  static let enDash: UInt32 = 0x2013
  static let emDash: UInt32 = 0x2014
  static let bullet: UInt32 = 0x2022
  static let copyright: UInt32 = 0x00A9
}
