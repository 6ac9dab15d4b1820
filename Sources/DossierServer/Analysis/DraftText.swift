/// Words and sentences of a writer's text, read straight from its UTF-8 bytes: what the
/// writing aids (completion, inlay hints, diagnostics, code actions) need beyond the names the
/// matcher finds.
enum DraftText {
  /// A run of letters (any script). Apostrophes, hyphens, digits and punctuation end a word,
  /// so "Lavrov’s" holds the word "Lavrov".
  struct Word: Hashable {
    let byteRange: Range<Int>
    /// The first letter is upper case ("Lavrof", "Kōno").
    let isCapitalised: Bool
    /// Every letter is upper case ("ASEAN").
    let isAllCaps: Bool
    let letterCount: Int
  }

  // MARK: - Letters

  /// The scalar starting at `offset` and its width in bytes; nil at a continuation byte or
  /// past the end.
  static func scalar(in bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, width: Int)? {
    bytes.withUnsafeBufferPointer { scalar(in: $0, at: offset) }
  }

  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    scalar: Unicode.Scalar, width: Int
  )? {
    guard offset >= 0, offset < bytes.count else { return nil }
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    guard width > 0, offset + width <= bytes.count else { return nil }
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for index in offset + 1..<offset + width {
      let byte = bytes[index]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return Unicode.Scalar(value).map { ($0, width) }
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
    return scalar.properties.isAlphabetic
  }

  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  /// The start of the scalar that ends just before `offset`.
  static func previousScalarStart(in bytes: [UInt8], before offset: Int) -> Int {
    var start = min(offset, bytes.count) - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  // MARK: - Words

  /// Calls `body` with each word of `bytes[range]`, in order.
  ///
  /// One pass over the bytes without allocating: a 1 MB report is scanned on every check.
  static func forEachWord(
    in bytes: [UInt8], range: Range<Int>, _ body: (Word) -> Void
  ) {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = max(0, range.lowerBound)
      let end = min(range.upperBound, buffer.count)
      var start = -1
      var isCapitalised = false
      var isAllCaps = true
      var letters = 0
      while offset < end {
        let byte = buffer[offset]
        var isWordScalar: Bool
        var isUpperScalar = false
        var width = 1
        // ASCII fast path: most of any English text.
        if byte < 0x80 {
          isUpperScalar = byte &- 0x41 < 26
          isWordScalar = isUpperScalar || byte &- 0x61 < 26
        } else if let (scalar, scalarWidth) = Self.scalar(in: buffer, at: offset) {
          width = scalarWidth
          if isLetter(scalar) {
            isWordScalar = true
            isUpperScalar = isUpper(scalar)
          } else {
            // A combining accent belongs to the letter before it.
            isWordScalar = start >= 0 && scalar.properties.generalCategory == .nonspacingMark
            if isWordScalar {
              offset += width
              continue
            }
          }
        } else {
          isWordScalar = false
        }
        if isWordScalar {
          if start < 0 {
            start = offset
            isCapitalised = isUpperScalar
            isAllCaps = true
            letters = 0
          }
          if !isUpperScalar { isAllCaps = false }
          letters += 1
        } else if start >= 0 {
          body(
            Word(
              byteRange: start..<offset, isCapitalised: isCapitalised,
              isAllCaps: isAllCaps && letters > 1, letterCount: letters))
          start = -1
        }
        offset += width
      }
      if start >= 0 {
        body(
          Word(
            byteRange: start..<end, isCapitalised: isCapitalised,
            isAllCaps: isAllCaps && letters > 1, letterCount: letters))
      }
    }
  }

  static func words(in bytes: [UInt8], range: Range<Int>) -> [Word] {
    var words: [Word] = []
    forEachWord(in: bytes, range: range) { words.append($0) }
    return words
  }

  /// The word that contains `offset` or ends at it.
  static func word(at offset: Int, in bytes: [UInt8]) -> Word? {
    var start = min(max(0, offset), bytes.count)
    while start > 0 {
      let previous = previousScalarStart(in: bytes, before: start)
      guard let (scalar, _) = scalar(in: bytes, at: previous),
        isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark
      else { break }
      start = previous
    }
    var end = min(max(0, offset), bytes.count)
    while let (scalar, width) = scalar(in: bytes, at: end),
      isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark
    {
      end += width
    }
    guard start < end else { return nil }
    return words(in: bytes, range: start..<end).first
  }

  /// Lower case, with curly apostrophes straightened: the form names are compared in.
  static func fold(_ text: some StringProtocol) -> String {
    text.lowercased().replacingApostrophes()
  }

  // MARK: - Possessives

  /// The end of a possessive right after `offset` ("’s", "'s", or a lone "’" after an s), or
  /// `offset` itself.
  static func endOfPossessive(in bytes: [UInt8], after offset: Int) -> Int {
    let curly: [UInt8] = [0xE2, 0x80, 0x99]
    var index = offset
    if bytes[index...].starts(with: curly) {
      index += 3
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
      index += 1
    } else {
      return offset
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "s") || bytes[index] == UInt8(ascii: "S") {
      let after = index + 1
      if let (scalar, _) = scalar(in: bytes, at: after), isLetter(scalar) { return offset }
      return after
    }
    // "Kurils’": a lone apostrophe after a plural.
    if offset > 0, bytes[offset - 1] == UInt8(ascii: "s") { return index }
    return offset
  }

  // MARK: - Sentences

  /// The sentence around `offset`: from after the previous sentence end (". ", "? ", "! ",
  /// a blank line, or a line that starts a list item or heading) to its own end, terminal
  /// punctuation and closing quotes included.
  static func sentence(
    containing offset: Int, in bytes: [UInt8], maximumBytes: Int = sentenceByteLimit
  ) -> Range<Int> {
    let clamped = min(max(0, offset), bytes.count)
    // Only whitespace can follow a sentence's end; the rest is skipped without a look.
    let lowest = max(0, clamped - maximumBytes)
    var start = clamped
    while start > lowest {
      if start < bytes.count, isSpace(bytes[start]), isSentenceBreak(in: bytes, endingAt: start) {
        break
      }
      start -= 1
    }
    let highest = min(bytes.count, clamped + maximumBytes)
    var end = clamped
    while end < highest {
      if end > clamped && isSpace(bytes[end]) && isSentenceBreak(in: bytes, endingAt: end) {
        break
      }
      end += 1
    }
    // Trim surrounding whitespace.
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// A "sentence" of text without sentence ends (a table, a list of names) stops this far from
  /// the offset each way, so that a check over a long report stays linear.
  static let sentenceByteLimit = 4096

  /// Where a citation of the sentence ending at `sentenceEnd` goes: before its final full stop,
  /// or after a closing quotation mark that follows the stop (“… manner.” → after ”).
  static func citationPoint(sentenceEnd: Int, in bytes: [UInt8]) -> Int {
    var index = sentenceEnd
    var sawClosingQuote = false
    while index > 0 {
      let previous = previousScalarStart(in: bytes, before: index)
      let scalarBytes = Array(bytes[previous..<index])
      if isClosingQuote(scalarBytes) || scalarBytes == [UInt8(ascii: ")")] {
        sawClosingQuote = true
        index = previous
        continue
      }
      if scalarBytes.count == 1, ".!?".utf8.contains(scalarBytes[0]) {
        return sawClosingQuote ? sentenceEnd : previous
      }
      return sentenceEnd
    }
    return sentenceEnd
  }

  static func isClosingQuote(_ scalar: [UInt8]) -> Bool {
    scalar == [0xE2, 0x80, 0x9D] || scalar == [0xE2, 0x80, 0x99] || scalar == [0x22]
      || scalar == [0x27] || scalar == [0xC2, 0xBB]
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// True when a sentence ends just before `offset`: terminal punctuation (with closing
  /// quotes) then whitespace, or a line break followed by a blank line or a list or heading
  /// marker.
  static func isSentenceBreak(in bytes: [UInt8], endingAt offset: Int) -> Bool {
    guard offset > 0, offset < bytes.count else { return false }
    let byte = bytes[offset]
    let previous = bytes[offset - 1]
    if byte == 0x0A || byte == 0x0D {
      // A blank line ends the paragraph.
      var next = offset + 1
      if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
      while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
      if next >= bytes.count || bytes[next] == 0x0A || bytes[next] == 0x0D { return true }
      if "#-*>|".utf8.contains(bytes[next]) { return true }
    }
    guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return false }
    var index = offset
    while index > 0 {
      let start = previousScalarStart(in: bytes, before: index)
      let scalarBytes = Array(bytes[start..<index])
      if isClosingQuote(scalarBytes) || scalarBytes == [UInt8(ascii: ")")] {
        index = start
        continue
      }
      return scalarBytes.count == 1 && ".!?".utf8.contains(scalarBytes[0])
        && !isAbbreviation(in: bytes, dotAt: start)
    }
    return previous == 0x0A
  }

  /// "Mr." or "U.S." before a name is not the end of a sentence.
  static func isAbbreviation(in bytes: [UInt8], dotAt dot: Int) -> Bool {
    guard bytes[dot] == UInt8(ascii: ".") else { return false }
    var start = dot
    while start > 0, let (scalar, _) = scalar(in: bytes, at: start - 1), scalar.isASCII,
      isLetter(scalar) || scalar == "."
    {
      start -= 1
    }
    let token = bytes[start..<dot]
    // A single letter ("J.") or dotted initials ("U.S").
    if token.count == 1 || token.contains(UInt8(ascii: ".")) { return true }
    let text = String(decoding: token, as: UTF8.self)
    return ["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Prof"]
      .contains(text)
  }
}

extension StringProtocol {
  /// The text with ’ and ‘ as '.
  func replacingApostrophes() -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(utf8.count)
    for scalar in unicodeScalars {
      result.unicodeScalars.append(scalar == "’" || scalar == "‘" ? "'" : scalar)
    }
    return result
  }
}
