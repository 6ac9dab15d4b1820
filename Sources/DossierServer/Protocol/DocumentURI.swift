/// A document's URI, as the client spells it, with its file-system path when it is a `file:`
/// URI. Equality is on the normalised path for file URIs, so `file:///a%20b` and
/// `file:///a b` name one document.
struct DocumentURI: Codable, Sendable, Hashable, CustomStringConvertible {
  let string: String
  /// The decoded path of a `file:` URI; nil for other schemes (`untitled:`, `https:`).
  let fileSystemPath: String?

  init(string: String) {
    self.string = string
    self.fileSystemPath = Self.path(ofFileURI: string)
  }

  /// The `file:` URI of an absolute path, percent-encoding what RFC 3986 requires.
  init(filePath: String) {
    // Built as bytes: references make one URI per corpus file, ten thousand per request.
    var encoded = Array("file://".utf8)
    encoded.reserveCapacity(filePath.utf8.count + 16)
    for byte in filePath.utf8 {
      if Self.isUnreserved(byte) || byte == UInt8(ascii: "/") {
        encoded.append(byte)
      } else {
        encoded += [
          UInt8(ascii: "%"), Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)],
        ]
      }
    }
    self.string = String(decoding: encoded, as: UTF8.self)
    self.fileSystemPath = filePath
  }

  init(from decoder: Decoder) throws {
    self.init(string: try decoder.singleValueContainer().decode(String.self))
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(string)
  }

  var description: String { string }

  static func == (lhs: DocumentURI, rhs: DocumentURI) -> Bool {
    if let left = lhs.fileSystemPath, let right = rhs.fileSystemPath { return left == right }
    return lhs.string == rhs.string
  }

  func hash(into hasher: inout Hasher) {
    if let fileSystemPath { hasher.combine(fileSystemPath) } else { hasher.combine(string) }
  }

  static func path(ofFileURI uri: String) -> String? {
    guard uri.lowercased().hasPrefix("file:") else { return nil }
    var rest = uri.dropFirst(5)
    if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      // Skip an authority ("localhost"); the path starts at the next slash.
      guard let slash = rest.firstIndex(of: "/") else { return nil }
      rest = rest[slash...]
    }
    if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
    guard rest.hasPrefix("/"), let decoded = percentDecode(rest) else { return nil }
    return decoded
  }

  static func percentDecode(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8)[...]
    while let byte = iterator.popFirst() {
      if byte == UInt8(ascii: "%") {
        guard iterator.count >= 2, let high = hexValue(iterator.popFirst()!),
          let low = hexValue(iterator.popFirst()!)
        else { return nil }
        bytes.append(high << 4 | low)
      } else {
        bytes.append(byte)
      }
    }
    // A path with NUL or invalid UTF-8 names no file Dossier will serve.
    guard !bytes.contains(0) else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
