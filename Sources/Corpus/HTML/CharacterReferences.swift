/// HTML character references: `&amp;`, `&#8217;`, `&#x2019;`, and the named ones news pages
/// use (punctuation, accented Latin letters, currency and typographic signs).
///
/// Numeric references follow the HTML standard: 0x80–0x9F are read as Windows-1252 (what pages
/// that write `&#146;` mean), and zero, surrogates and numbers past U+10FFFF are U+FFFD. A named
/// reference needs its semicolon, except the few that pages write without one (`&amp`, `&lt`,
/// `&gt`, `&quot`, `&nbsp`, `&copy`) when no letter, digit or `=` follows. Anything else that
/// starts with `&` is text.
enum CharacterReferences {
  /// The scalar of the reference at `offset` (which holds `&`) and the reference's length in
  /// bytes, or nil when no reference starts there.
  static func decode(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    value: UInt32, length: Int
  )? {
    let end = bytes.count
    guard offset + 2 < end else { return nil }
    if bytes[offset + 1] == UInt8(ascii: "#") { return numeric(at: offset, in: bytes) }
    // A name: ASCII letters and digits, at most as long as the longest known one.
    var nameEnd = offset + 1
    while nameEnd < end, nameEnd - offset - 1 < longestName, isAlphanumeric(bytes[nameEnd]) {
      nameEnd += 1
    }
    guard nameEnd > offset + 1 else { return nil }
    let name = UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<nameEnd])
    let key = String(decoding: name, as: UTF8.self)
    guard let value = named[key] else { return nil }
    if nameEnd < end, bytes[nameEnd] == UInt8(ascii: ";") {
      return (value, nameEnd + 1 - offset)
    }
    guard withoutSemicolon.contains(key) else { return nil }
    if nameEnd < end, isAlphanumeric(bytes[nameEnd]) || bytes[nameEnd] == UInt8(ascii: "=") {
      return nil
    }
    return (value, nameEnd - offset)
  }

  /// `&#8217;` or `&#x2019;`, the semicolon optional (as browsers read it).
  private static func numeric(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    value: UInt32, length: Int
  )? {
    let end = bytes.count
    var position = offset + 2
    var isHex = false
    if position < end, (bytes[position] | 0x20) == UInt8(ascii: "x") {
      isHex = true
      position += 1
    }
    let digitsStart = position
    var value: UInt32 = 0
    var overflowed = false
    while position < end {
      let byte = bytes[position]
      let digit: UInt32
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digit = UInt32(byte - UInt8(ascii: "0"))
      } else if isHex, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "f") {
        digit = UInt32((byte | 0x20) - UInt8(ascii: "a")) + 10
      } else {
        break
      }
      if value > 0x10FFFF {
        overflowed = true
      } else {
        value = value * (isHex ? 16 : 10) + digit
      }
      position += 1
    }
    guard position > digitsStart else { return nil }
    if position < end, bytes[position] == UInt8(ascii: ";") { position += 1 }
    return (scalar(ofNumber: overflowed ? UInt32.max : value), position - offset)
  }

  /// The scalar a numeric reference stands for.
  static func scalar(ofNumber number: UInt32) -> UInt32 {
    switch number {
    case 0, 0xD800...0xDFFF, 0x110000...: return 0xFFFD
    case 0x80...0x9F: return Windows1252.scalar(of: UInt8(number))
    default: return number
    }
  }

  @inline(__always)
  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
      || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Names that pages write without their semicolon, which browsers accept.
  private static let withoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy"]

  private static let longestName = named.keys.map(\.utf8.count).max() ?? 0

  /// The named references of the HTML standard that English news pages use.
  static let named: [String: UInt32] = [
    // Markup and spaces.
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
    "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
    "lrm": 0x200E, "rlm": 0x200F, "shy": 0xAD,
    // Punctuation.
    "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "lsquo": 0x2018, "rsquo": 0x2019,
    "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB,
    "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "hellip": 0x2026, "bull": 0x2022,
    "middot": 0xB7, "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "Dagger": 0x2021,
    "permil": 0x2030, "iexcl": 0xA1, "iquest": 0xBF, "sect": 0xA7, "para": 0xB6,
    "brvbar": 0xA6, "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8, "uml": 0xA8, "circ": 0x2C6,
    "tilde": 0x2DC, "ordf": 0xAA, "ordm": 0xBA, "oline": 0x203E, "frasl": 0x2044,
    "lowast": 0x2217, "num": 0x23, "excl": 0x21, "percnt": 0x25, "comma": 0x2C,
    "period": 0x2E, "colon": 0x3A, "semi": 0x3B, "quest": 0x3F, "commat": 0x40,
    "lpar": 0x28, "rpar": 0x29, "lsqb": 0x5B, "rsqb": 0x5D, "lcub": 0x7B, "rcub": 0x7D,
    "sol": 0x2F, "bsol": 0x5C, "ast": 0x2A, "plus": 0x2B, "equals": 0x3D, "verbar": 0x7C,
    "lowbar": 0x5F, "grave": 0x60, "Hat": 0x5E, "dollar": 0x24,
    // Signs, currency and numbers.
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
    "divide": 0xF7, "minus": 0x2212, "micro": 0xB5, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
    "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE, "cent": 0xA2, "pound": 0xA3,
    "curren": 0xA4, "yen": 0xA5, "euro": 0x20AC, "not": 0xAC, "larr": 0x2190,
    "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194, "le": 0x2264,
    "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E, "check": 0x2713,
    "star": 0x2606, "starf": 0x2605, "hearts": 0x2665,
    // Latin letters.
    "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4,
    "Aring": 0xC5, "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9,
    "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE,
    "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3,
    "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9,
    "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE,
    "szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3,
    "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8,
    "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED,
    "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1, "ograve": 0xF2,
    "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8,
    "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD,
    "thorn": 0xFE, "yuml": 0xFF, "Yuml": 0x178, "OElig": 0x152, "oelig": 0x153,
    "Scaron": 0x160, "scaron": 0x161, "Zcaron": 0x17D, "zcaron": 0x17E, "fnof": 0x192,
    "Amacr": 0x100, "amacr": 0x101, "Emacr": 0x112, "emacr": 0x113, "Imacr": 0x12A,
    "imacr": 0x12B, "Omacr": 0x14C, "omacr": 0x14D, "Umacr": 0x16A, "umacr": 0x16B,
    "Cacute": 0x106, "cacute": 0x107, "Ccaron": 0x10C, "ccaron": 0x10D, "Dstrok": 0x110,
    "dstrok": 0x111, "Ecaron": 0x11A, "ecaron": 0x11B, "Gbreve": 0x11E, "gbreve": 0x11F,
    "Idot": 0x130, "imath": 0x131, "Lstrok": 0x141, "lstrok": 0x142, "Nacute": 0x143,
    "nacute": 0x144, "Ncaron": 0x147, "ncaron": 0x148, "Rcaron": 0x158, "rcaron": 0x159,
    "Sacute": 0x15A, "sacute": 0x15B, "Scedil": 0x15E, "scedil": 0x15F, "Tcaron": 0x164,
    "tcaron": 0x165, "Uring": 0x16E, "uring": 0x16F, "Zacute": 0x179, "zacute": 0x17A,
    "Zdot": 0x17B, "zdot": 0x17C, "Aogon": 0x104, "aogon": 0x105, "Eogon": 0x118,
    "eogon": 0x119,
    // Greek letters, which science and finance stories write as references.
    "Alpha": 0x391, "Beta": 0x392, "Gamma": 0x393, "Delta": 0x394, "Omega": 0x3A9,
    "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "epsilon": 0x3B5,
    "lambda": 0x3BB, "mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "omega": 0x3C9,
  ]
}
