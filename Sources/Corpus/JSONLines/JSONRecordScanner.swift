/// Reads one line of a JSON Lines file as a JSON object (RFC 8259, nothing looser), keeping
/// where the string values of its top-level members are, undecoded: an article's fields
/// (`text`, `title`, `url`, …) are decoded from there straight into the document's text, each
/// byte's place in the line known.
///
/// One forward pass with no recursion: nested objects and arrays are checked with a stack of
/// their openings, so a line of any depth costs its length and no more.
enum JSONRecordScanner {
  /// A top-level member whose value is a string.
  struct StringMember {
    let key: String
    /// The string's bytes between its quotes, escapes not decoded.
    let value: Range<Int>
  }

  /// Why a line is not a JSON object, and where (a byte offset in the line; nil at its end).
  struct Problem: Error, CustomStringConvertible {
    let reason: String
    let offset: Int?
    var description: String { offset.map { "\(reason) at byte \($0 + 1)" } ?? reason }
  }

  /// The string members of the object that `line` holds.
  static func stringMembers(of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
    throws(Problem) -> [StringMember]
  {
    var scanner = Scanner(
      bytes: bytes, position: line.lowerBound, end: line.upperBound, start: line.lowerBound)
    return try scanner.object()
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int
    let start: Int

    func problem(_ reason: String) -> Problem {
      Problem(reason: reason, offset: position < end ? position - start : nil)
    }

    mutating func skipSpace() {
      while position < end {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(Problem) {
      skipSpace()
      guard position < end, bytes[position] == byte else {
        throw problem(position < end ? "expected \(what)" : "the line ends before \(what)")
      }
      position += 1
    }

    /// The top-level object: its string members kept, every other value checked and skipped.
    mutating func object() throws(Problem) -> [StringMember] {
      try expect(UInt8(ascii: "{"), "an object")
      var members: [StringMember] = []
      skipSpace()
      if position < end, bytes[position] == UInt8(ascii: "}") {
        position += 1
      } else {
        while true {
          skipSpace()
          guard position < end, bytes[position] == UInt8(ascii: "\"") else {
            throw problem("expected a member's name")
          }
          let keyRange = try string()
          try expect(UInt8(ascii: ":"), "“:”")
          skipSpace()
          if position < end, bytes[position] == UInt8(ascii: "\"") {
            let value = try string()
            members.append(StringMember(key: Self.decodedKey(keyRange, bytes), value: value))
          } else {
            try value()
          }
          skipSpace()
          guard position < end else { throw problem("the line ends inside the object") }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
            continue
          }
          if bytes[position] == UInt8(ascii: "}") {
            position += 1
            break
          }
          throw problem("expected “,” or “}”")
        }
      }
      skipSpace()
      guard position == end else { throw problem("text after the object") }
      return members
    }

    /// A string starting at its opening quote; returns its content's range.
    mutating func string() throws(Problem) -> Range<Int> {
      position += 1
      let contentStart = position
      while position < end {
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
          defer { position += 1 }
          return contentStart..<position
        }
        if byte == UInt8(ascii: "\\") {
          guard position + 1 < end else { break }
          switch bytes[position + 1] {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
          case UInt8(ascii: "u"):
            guard position + 6 <= end,
              (2..<6).allSatisfy({ JSONStringDecoder.hexValue(bytes[position + $0]) != nil })
            else { throw problem("a \\u escape without four hex digits") }
            position += 6
          default:
            throw problem("an unknown escape")
          }
          continue
        }
        if byte < 0x20 { throw problem("a control character in a string") }
        position += 1
      }
      throw problem("the line ends inside a string")
    }

    /// Any value but a string at the top of an object: checked and skipped, nested values with
    /// a stack of their openings.
    mutating func value() throws(Problem) {
      var open: [UInt8] = []
      while true {
        // A value.
        skipSpace()
        guard position < end else { throw problem("the line ends before a value") }
        switch bytes[position] {
        case UInt8(ascii: "\""):
          _ = try string()
        case UInt8(ascii: "{"):
          position += 1
          skipSpace()
          if position < end, bytes[position] == UInt8(ascii: "}") {
            position += 1
          } else {
            open.append(UInt8(ascii: "{"))
            try memberName()
            continue
          }
        case UInt8(ascii: "["):
          position += 1
          skipSpace()
          if position < end, bytes[position] == UInt8(ascii: "]") {
            position += 1
          } else {
            open.append(UInt8(ascii: "["))
            continue
          }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try number()
        }
        // After a value: the next one in the innermost container, or its end.
        while true {
          guard let container = open.last else { return }
          skipSpace()
          guard position < end else { throw problem("the line ends inside a value") }
          let byte = bytes[position]
          position += 1
          if byte == UInt8(ascii: ",") {
            if container == UInt8(ascii: "{") { try memberName() }
            break
          }
          if container == UInt8(ascii: "{") && byte == UInt8(ascii: "}")
            || container == UInt8(ascii: "[") && byte == UInt8(ascii: "]")
          {
            open.removeLast()
            continue
          }
          position -= 1
          throw problem(
            "expected “,” or the end of \(container == UInt8(ascii: "{") ? "an object" : "an array")"
          )
        }
      }
    }

    /// `"name":` inside a nested object.
    mutating func memberName() throws(Problem) {
      skipSpace()
      guard position < end, bytes[position] == UInt8(ascii: "\"") else {
        throw problem("expected a member's name")
      }
      _ = try string()
      try expect(UInt8(ascii: ":"), "“:”")
    }

    mutating func literal(_ word: StaticString) throws(Problem) {
      let count = word.utf8CodeUnitCount
      guard position + count <= end,
        (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] })
      else { throw problem("expected a value") }
      position += count
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func number() throws(Problem) {
      let numberStart = position
      if position < end, bytes[position] == UInt8(ascii: "-") { position += 1 }
      func digits() -> Int {
        let digitsStart = position
        while position < end, bytes[position] >= UInt8(ascii: "0"),
          bytes[position] <= UInt8(ascii: "9")
        {
          position += 1
        }
        return position - digitsStart
      }
      let leadingZero = position < end && bytes[position] == UInt8(ascii: "0")
      let integer = digits()
      guard integer > 0, !(leadingZero && integer > 1) else {
        position = numberStart
        throw problem("expected a value")
      }
      if position < end, bytes[position] == UInt8(ascii: ".") {
        position += 1
        guard digits() > 0 else { throw problem("a number without digits after “.”") }
      }
      if position < end, (bytes[position] | 0x20) == UInt8(ascii: "e") {
        position += 1
        if position < end,
          bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
        {
          position += 1
        }
        guard digits() > 0 else { throw problem("a number without an exponent") }
      }
    }

    /// A member's name as text (names are short: decoded at once).
    static func decodedKey(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
      let raw = UnsafeBufferPointer(rebasing: bytes[range])
      guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
      var builder = TextOriginBuilder()
      JSONStringDecoder.append(range, of: bytes, to: &builder, asOneLine: true)
      let text = builder.takeText()
      return String(decoding: text, as: UTF8.self)
    }
  }
}
