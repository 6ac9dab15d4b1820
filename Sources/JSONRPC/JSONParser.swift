/// Why a body is not JSON, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// Byte offset into the body at which parsing stopped.
  public var byteOffset: Int

  public var description: String { "\(message) at byte \(byteOffset)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Policies that the specification leaves open, chosen so that no input can crash or stall it:
/// - nesting deeper than `maxDepth` is an error (it keeps the recursion bounded);
/// - bytes that are not UTF-8 are an error, anywhere in the body;
/// - a lone UTF-16 surrogate escape (`"\ud800"`) becomes U+FFFD, as Swift strings cannot hold it;
/// - duplicate object keys: the last one wins;
/// - integers that fit in `Int` stay integers (`-0` is `0`); other numbers are `Double`, and a
///   number too large for `Double` (`1e999`) is an error rather than infinity.
public struct JSONParser {
  public static let defaultMaxDepth = 128

  public static func parse(
    _ bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth
  ) throws(JSONParseError) -> JSONValue {
    let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(JSONParseError) in try parse(buffer: buffer, maxDepth: maxDepth) }
    }
    if let contiguous { return try contiguous.get() }
    let copy = Array(bytes)
    return try copy.withUnsafeBufferPointer { buffer throws(JSONParseError) in
      try parse(buffer: buffer, maxDepth: maxDepth)
    }
  }

  static func parse(
    buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int
  ) throws(JSONParseError) -> JSONValue {
    var parser = Parser(bytes: buffer, maxDepth: maxDepth)
    parser.skipWhitespace()
    if parser.index == buffer.count { throw parser.error("empty body: expected a JSON value") }
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    if parser.index != buffer.count { throw parser.error("unexpected data after the JSON value") }
    return value
  }
}

private struct Parser {
  let bytes: UnsafeBufferPointer<UInt8>
  let maxDepth: Int
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  func error(_ message: String) -> JSONParseError {
    JSONParseError(message: message, byteOffset: index)
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of JSON") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    case let byte where byte >= 0x80: throw error("unexpected non-ASCII byte outside a string")
    default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
    }
  }

  mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw error("invalid literal") }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw error("invalid literal")
    }
    index += count
  }

  mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth <= maxDepth else { throw error("JSON nested deeper than \(maxDepth) levels") }
    index += 1
    var members: [String: JSONValue] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a string key in object")
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after object key")
      }
      index += 1
      skipWhitespace()
      members[key] = try parseValue(depth: depth)
      skipWhitespace()
      guard index < bytes.count else { throw error("unterminated object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw error("expected ',' or '}' in object")
    }
  }

  mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth <= maxDepth else { throw error("JSON nested deeper than \(maxDepth) levels") }
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard index < bytes.count else { throw error("unterminated array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      throw error("expected ',' or ']' in array")
    }
  }

  mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    var isInteger = true
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger, let value = Int(text) { return .int(value) }
    guard let value = Double(text), value.isFinite else {
      index = start
      throw error("number out of range")
    }
    return .double(value)
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  mutating func parseString() throws(JSONParseError) -> String {
    index += 1
    let start = index
    // Fast path: no escapes, so the string is a slice of the body once validated.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard let string = String(validating: slice, as: UTF8.self) else {
          throw error("string is not valid UTF-8")
        }
        index += 1
        return string
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error("unescaped control character in string") }
      index += 1
    }
    guard index < bytes.count else { throw error("unterminated string") }
    return try parseEscapedString(from: start)
  }

  mutating func parseEscapedString(from start: Int) throws(JSONParseError) -> String {
    var scratch: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        guard let string = String(validating: scratch, as: UTF8.self) else {
          throw error("string is not valid UTF-8")
        }
        return string
      }
      if byte < 0x20 { throw error("unescaped control character in string") }
      if byte != UInt8(ascii: "\\") {
        scratch.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { throw error("unterminated escape") }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): scratch.append(0x08)
      case UInt8(ascii: "f"): scratch.append(0x0C)
      case UInt8(ascii: "n"): scratch.append(0x0A)
      case UInt8(ascii: "r"): scratch.append(0x0D)
      case UInt8(ascii: "t"): scratch.append(0x09)
      case UInt8(ascii: "u"): appendScalar(try parseUnicodeEscape(), to: &scratch)
      default: throw error("invalid escape in string")
      }
    }
    throw error("unterminated string")
  }

  /// Reads the four hex digits after `\u`, joining a surrogate pair when one follows.
  mutating func parseUnicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
    let unit = try parseHex4()
    let replacement = Unicode.Scalar(0xFFFD)!
    if (0xD800...0xDBFF).contains(unit) {
      let save = index
      if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      {
        index += 2
        let low = try parseHex4()
        if (0xDC00...0xDFFF).contains(low) {
          let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
          return Unicode.Scalar(value) ?? replacement
        }
        index = save
      }
      return replacement
    }
    if (0xDC00...0xDFFF).contains(unit) { return replacement }
    return Unicode.Scalar(unit) ?? replacement
  }

  mutating func parseHex4() throws(JSONParseError) -> UInt16 {
    guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var value: UInt16 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("invalid \\u escape")
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  func appendScalar(_ scalar: Unicode.Scalar, to scratch: inout [UInt8]) {
    UTF8.encode(scalar) { scratch.append($0) }
  }
}
