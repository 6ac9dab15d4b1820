/// Byte-level helpers for UTF-8 text: decoding one scalar, classifying it, folding it for
/// matching. Kept free of `String` so the matcher can run over raw bytes at full speed.
enum Scalars {
  /// The scalar at `offset` and its width in bytes; invalid bytes decode as U+FFFD, width 1.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    value: UInt32, width: Int
  ) {
    let lead = bytes[offset]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let count = bytes.count
    func continuation(_ index: Int) -> UInt32? {
      guard index < count, bytes[index] & 0xC0 == 0x80 else { return nil }
      return UInt32(bytes[index] & 0x3F)
    }
    switch lead {
    case 0xC2..<0xE0:
      if let second = continuation(offset + 1) {
        return ((UInt32(lead & 0x1F) << 6) | second, 2)
      }
    case 0xE0..<0xF0:
      if let second = continuation(offset + 1), let third = continuation(offset + 2) {
        return ((UInt32(lead & 0x0F) << 12) | (second << 6) | third, 3)
      }
    case 0xF0..<0xF5:
      if let second = continuation(offset + 1), let third = continuation(offset + 2),
        let fourth = continuation(offset + 3)
      {
        return ((UInt32(lead & 0x07) << 18) | (second << 12) | (third << 6) | fourth, 4)
      }
    default: break
    }
    return (0xFFFD, 1)
  }

  static func isApostrophe(_ value: UInt32) -> Bool {
    value == 0x27 || value == 0x2019 || value == 0x2018 || value == 0x02BC
  }

  static func isHyphen(_ value: UInt32) -> Bool {
    value == 0x2D || value == 0x2010 || value == 0x2011
  }

  /// Dashes that separate clauses (— and –), not hyphens inside words.
  static func isDash(_ value: UInt32) -> Bool {
    value == 0x2014 || value == 0x2013 || value == 0x2015
  }

  static func isWhitespace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    switch value {
    case 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default: return false
    }
  }

  @inline(__always)
  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 {
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
    if value == 0xFFFD || isApostrophe(value) { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic
  }

  @inline(__always)
  static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

  static func isUppercase(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isUppercase
  }

  static func isLowercase(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isLowercase
  }

  /// Appends the matching form of one scalar: lower case, Latin accents removed ("é" → "e"),
  /// every apostrophe as "'". Display text is never folded; only keys are.
  static func appendFolded(_ value: UInt32, to output: inout [UInt8]) {
    if value < 0x80 {
      let byte = UInt8(value)
      output.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      return
    }
    if isApostrophe(value) {
      output.append(0x27)
      return
    }
    if isHyphen(value) {
      output.append(0x2D)
      return
    }
    if value >= 0xC0, value <= 0x17F, let base = latinBase(value) {
      output.append(contentsOf: base.utf8)
      return
    }
    guard let scalar = Unicode.Scalar(value) else { return }
    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
      output.append(contentsOf: String(lower).utf8)
    }
  }

  /// The unaccented lower-case letters of Latin-1 Supplement and Latin Extended-A.
  private static func latinBase(_ value: UInt32) -> String? {
    let index = Int(value) - 0xC0
    guard index >= 0, index < latinTable.count else { return nil }
    let base = latinTable[index]
    return base.isEmpty ? nil : base
  }

  // U+00C0 … U+017F, in order; "" where a scalar has no plain base (× ÷).
  private static let latinTable: [String] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // E0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",  // F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // 100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // 110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // 120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // 130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",  // 140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // 150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // 160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // 170
  ]
}
