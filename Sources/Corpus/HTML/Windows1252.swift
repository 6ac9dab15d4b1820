/// The single-byte encodings of Western European pages that predate UTF-8: Windows-1252 (which
/// browsers use for every page labelled ISO-8859-1 or ASCII, as the HTML standard says) and
/// ISO-8859-15. Every byte is one character, so a page in them is decoded, never replaced.
enum Windows1252 {
  /// The scalar of byte `byte` in Windows-1252. Bytes 0x80–0x9F are its typographic marks
  /// (’ “ ” – — € …); the five it leaves undefined stay the C1 controls of the same number, as
  /// the WHATWG index has them.
  @inline(__always)
  static func scalar(of byte: UInt8) -> UInt32 {
    guard byte >= 0x80, byte < 0xA0 else { return UInt32(byte) }
    return UInt32(highControls[Int(byte - 0x80)])
  }

  /// The scalar of byte `byte` in ISO-8859-15 (Latin-9): Latin-1 with the euro sign and the
  /// letters of French and Finnish in eight places.
  @inline(__always)
  static func latin9Scalar(of byte: UInt8) -> UInt32 {
    switch byte {
    case 0xA4: 0x20AC
    case 0xA6: 0x160
    case 0xA8: 0x161
    case 0xB4: 0x17D
    case 0xB8: 0x17E
    case 0xBC: 0x152
    case 0xBD: 0x153
    case 0xBE: 0x178
    default: UInt32(byte)
    }
  }

  private static let highControls: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// `raw` decoded to UTF-8, each byte by `scalar` (Latin-9's when `latin9`).
  static func decode(_ raw: ArraySlice<UInt8>, latin9: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(raw.count + raw.count / 8)
    for byte in raw {
      if byte < 0x80 {
        bytes.append(byte)
        continue
      }
      let value = latin9 ? latin9Scalar(of: byte) : scalar(of: byte)
      if value < 0x800 {
        bytes.append(0xC0 | UInt8(value >> 6))
        bytes.append(0x80 | UInt8(value & 0x3F))
      } else {
        bytes.append(0xE0 | UInt8(value >> 12))
        bytes.append(0x80 | UInt8((value >> 6) & 0x3F))
        bytes.append(0x80 | UInt8(value & 0x3F))
      }
    }
    return bytes
  }
}
