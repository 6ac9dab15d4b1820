import Base

/// One tag as `HTMLTagScanner` reads it: its name and attributes as byte ranges of the page.
struct HTMLTag {
  var name: Range<Int>
  var isEnd: Bool
  /// Written `<… />`.
  var isSelfClosing: Bool
  /// The offset just past the tag's `>`.
  var end: Int
}

/// An attribute: its name, and its value without quotes (nil for a bare `hidden`).
struct HTMLAttribute {
  var name: Range<Int>
  var value: Range<Int>?
}

/// Reads tags, comments and the end of raw text the way the HTML standard's tokenizer does,
/// in one forward pass with no backtracking: a quote opened in an attribute runs to its
/// closing quote, whatever lies between; a tag, comment or script that never ends runs to the
/// end of the page (and is then dropped, as a browser drops it).
enum HTMLTagScanner {
  /// The tag that starts at `offset` (`<` then a letter, or `</` then a letter), its
  /// attributes put in `attributes`; nil when the page ends inside it.
  static func tag(
    at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, attributes: inout [HTMLAttribute]
  ) -> HTMLTag? {
    attributes.removeAll(keepingCapacity: true)
    let count = bytes.count
    var position = offset + 1
    let isEnd = bytes[position] == UInt8(ascii: "/")
    if isEnd { position += 1 }
    let nameStart = position
    while position < count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "/"),
      bytes[position] != UInt8(ascii: ">")
    {
      position += 1
    }
    let name = nameStart..<position
    var selfClosing = false
    while position < count {
      let byte = bytes[position]
      if isSpace(byte) {
        position += 1
        continue
      }
      if byte == UInt8(ascii: ">") {
        return HTMLTag(name: name, isEnd: isEnd, isSelfClosing: selfClosing, end: position + 1)
      }
      if byte == UInt8(ascii: "/") {
        selfClosing = true
        position += 1
        continue
      }
      selfClosing = false
      // An attribute's name: up to a space, "/", ">" or "=" (a leading "=" belongs to it).
      let attributeStart = position
      position += 1
      while position < count {
        let next = bytes[position]
        if isSpace(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">")
          || next == UInt8(ascii: "=")
        {
          break
        }
        position += 1
      }
      let attributeName = attributeStart..<position
      var afterName = position
      while afterName < count, isSpace(bytes[afterName]) { afterName += 1 }
      guard afterName < count, bytes[afterName] == UInt8(ascii: "=") else {
        attributes.append(HTMLAttribute(name: attributeName, value: nil))
        continue
      }
      position = afterName + 1
      while position < count, isSpace(bytes[position]) { position += 1 }
      guard position < count else { return nil }
      let quote = bytes[position]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        let valueStart = position + 1
        guard let close = find(quote, from: valueStart, in: bytes) else { return nil }
        attributes.append(HTMLAttribute(name: attributeName, value: valueStart..<close))
        position = close + 1
      } else {
        let valueStart = position
        while position < count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
          position += 1
        }
        attributes.append(HTMLAttribute(name: attributeName, value: valueStart..<position))
      }
    }
    return nil
  }

  /// The offset just past the comment that starts at `offset` (`<!--`): after `-->` or
  /// `--!>`, or right after `<!-->` and `<!--->`; the page's end when it is never closed.
  static func endOfComment(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let count = bytes.count
    let bodyStart = offset + 4
    if bodyStart < count, bytes[bodyStart] == UInt8(ascii: ">") { return bodyStart + 1 }
    if bodyStart + 1 < count, bytes[bodyStart] == UInt8(ascii: "-"),
      bytes[bodyStart + 1] == UInt8(ascii: ">")
    {
      return bodyStart + 2
    }
    var position = bodyStart
    while let close = find(UInt8(ascii: ">"), from: position, in: bytes) {
      if close - 2 >= bodyStart, bytes[close - 1] == UInt8(ascii: "-"),
        bytes[close - 2] == UInt8(ascii: "-")
      {
        return close + 1
      }
      if close - 3 >= bodyStart, bytes[close - 1] == UInt8(ascii: "!"),
        bytes[close - 2] == UInt8(ascii: "-"), bytes[close - 3] == UInt8(ascii: "-")
      {
        return close + 1
      }
      position = close + 1
    }
    return count
  }

  /// The offset just past the next `>` from `offset` (a doctype, `<?…>`, a broken end tag),
  /// or the page's end.
  static func endOfBogusComment(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    find(UInt8(ascii: ">"), from: offset, in: bytes).map { $0 + 1 } ?? bytes.count
  }

  /// Where the end tag `</name` of raw text that starts at `offset` begins (followed by a
  /// space, "/" or ">", in any case), or nil when the page ends first.
  static func rawTextEnd(
    named name: Range<Int>, from offset: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    let nameLength = name.count
    var position = offset
    while let open = find(UInt8(ascii: "<"), from: position, in: bytes) {
      let after = open + 2 + nameLength
      if open + 1 < bytes.count, bytes[open + 1] == UInt8(ascii: "/"), after <= bytes.count,
        equalIgnoringCase(open + 2..<after, name, in: bytes)
      {
        if after == bytes.count { return open }
        let next = bytes[after]
        if isSpace(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">") { return open }
      }
      position = open + 1
    }
    return nil
  }

  // MARK: - Bytes

  /// HTML's whitespace: space, tab, line feed, form feed, carriage return.
  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }

  /// The first `byte` at or after `offset`.
  @inline(__always)
  static func find(_ byte: UInt8, from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard offset < bytes.count, let base = bytes.baseAddress else { return nil }
    guard let found = memchr(base + offset, Int32(byte), bytes.count - offset) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// True when the bytes of `left` and `right` are equal in any ASCII case.
  static func equalIgnoringCase(
    _ left: Range<Int>, _ right: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard left.count == right.count else { return false }
    for index in 0..<left.count {
      let a = bytes[left.lowerBound + index]
      let b = bytes[right.lowerBound + index]
      if a != b && !(isASCIILetter(a) && a | 0x20 == b | 0x20) { return false }
    }
    return true
  }

  /// True when `range` holds `name` (lower-case ASCII) in any case.
  static func equals(
    _ range: Range<Int>, _ name: StaticString, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard range.count == name.utf8CodeUnitCount else { return false }
    let expected = name.utf8Start
    for index in 0..<range.count {
      let byte = bytes[range.lowerBound + index]
      let lowered = isASCIILetter(byte) ? byte | 0x20 : byte
      if lowered != expected[index] { return false }
    }
    return true
  }

  /// The lower-case name in `range`, as a string (short: no allocation for most names).
  static func lowercasedName(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let name = UnsafeBufferPointer(rebasing: bytes[range])
    guard name.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
      return String(decoding: name, as: UTF8.self)
    }
    return String(
      decoding: name.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 },
      as: UTF8.self)
  }
}
