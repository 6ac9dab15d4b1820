/// What the writer has typed of a name before the cursor.
struct TypedName {
  /// The typed text to replace (possessive included).
  let byteRange: Range<Int>
  /// The end of the word the cursor is in (for an insert-or-replace edit).
  let wordEnd: Int
  /// The typed name without a possessive.
  let text: String
  let folded: String
  /// "’s", "'s", "’" or "" — kept on the completed name.
  let possessive: String
  let wordCount: Int
  /// The last typed word starts with a capital.
  let isCapitalised: Bool
  /// Nothing typed yet, right after "the ".
  let isAfterThe: Bool

  /// The first typed word is "the", which may be the article before the name.
  var startsWithArticle: Bool { wordCount > 1 && folded.hasPrefix("the ") }

  /// What may be the start of a name before `cursor`: runs of up to five words on its line
  /// that start some name in `index`, longest first, then the word at the cursor alone
  /// (always last, even when no name starts with it). Empty when the cursor is not after a
  /// word or a space.
  static func find(before cursor: Int, in bytes: [UInt8], index: NamePrefixIndex) -> [TypedName] {
    let wordStart = startOfWord(before: cursor, in: bytes)
    var wordEnd = cursor
    while let (scalar, width) = DraftText.scalar(in: bytes, at: wordEnd), isNameScalar(scalar) {
      wordEnd += width
    }
    // Earlier words on the line, each separated by one space.
    var starts = [wordStart]
    var start = wordStart
    while starts.count < 5, start >= 2, bytes[start - 1] == UInt8(ascii: " ") {
      let previous = startOfWord(before: start - 1, in: bytes)
      guard previous < start - 1 else { break }
      starts.append(previous)
      start = previous
    }
    let currentText = String(decoding: bytes[wordStart..<cursor], as: UTF8.self)
    let isCapitalised = currentText.unicodeScalars.first.map(DraftText.isUpper) ?? false
    if currentText.isEmpty {
      var isAfterThe = false
      if starts.count >= 2 {
        let previous = String(decoding: bytes[starts[1]..<(wordStart - 1)], as: UTF8.self)
        isAfterThe = DraftText.fold(previous) == "the"
      }
      return [
        TypedName(
          byteRange: cursor..<cursor, wordEnd: wordEnd, text: "", folded: "", possessive: "",
          wordCount: 0, isCapitalised: false, isAfterThe: isAfterThe)
      ]
    }
    var found: [TypedName] = []
    for (position, start) in starts.enumerated().reversed() {
      let (name, possessive) = splitPossessive(
        String(decoding: bytes[start..<cursor], as: UTF8.self))
      let folded = DraftText.fold(name)
      guard start == wordStart || index.hasEntry(withPrefix: folded) else { continue }
      found.append(
        TypedName(
          byteRange: start..<cursor, wordEnd: wordEnd, text: name, folded: folded,
          possessive: possessive, wordCount: position + 1, isCapitalised: isCapitalised,
          isAfterThe: false))
    }
    return found
  }

  /// Letters, digits, apostrophes, hyphens and dots: what a name's word is made of ("O’Neill",
  /// "U.S.", "Rolls-Royce").
  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    DraftText.isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "’" || scalar == "'"
      || scalar == "-" || scalar == "." || scalar.properties.generalCategory == .nonspacingMark
  }

  /// The start of the name word that ends at `end`, leading punctuation excluded.
  static func startOfWord(before end: Int, in bytes: [UInt8]) -> Int {
    var start = min(end, bytes.count)
    while start > 0 {
      let previous = DraftText.previousScalarStart(in: bytes, before: start)
      guard let (scalar, _) = DraftText.scalar(in: bytes, at: previous), isNameScalar(scalar)
      else { break }
      start = previous
    }
    // An opening apostrophe, dot or hyphen is punctuation, not part of the name.
    while start < end, let (scalar, width) = DraftText.scalar(in: bytes, at: start),
      !DraftText.isLetter(scalar) && !("0"..."9").contains(scalar)
    {
      start += width
    }
    return start
  }

  /// "Lavrov’s" → ("Lavrov", "’s"); "Kurils’" → ("Kurils", "’").
  static func splitPossessive(_ text: String) -> (String, String) {
    for suffix in ["’s", "'s", "’S", "'S"] where text.hasSuffix(suffix) && text.count > 2 {
      return (String(text.dropLast(2)), suffix)
    }
    for suffix in ["’", "'"] where text.hasSuffix(suffix) && text.count > 1 {
      return (String(text.dropLast(1)), suffix)
    }
    return (text, "")
  }
}
