/// One sentence's tokens and the names read in it, with the small steps the statement
/// readers share (skip "the", find the name at a token, read who uses a name).
struct SentenceView {
  let document: TokenizedDocument
  let range: Range<Int>
  let sentenceIndex: Int
  var names: [ReadName]
  /// For each token of the sentence (and the position after it), the first name that starts
  /// there and the last name that ends just before it, or -1.
  private let nameStarting: [Int32]
  private let nameEnding: [Int32]

  init(document: TokenizedDocument, range: Range<Int>, sentenceIndex: Int, names: [ReadName]) {
    self.document = document
    self.range = range
    self.sentenceIndex = sentenceIndex
    self.names = names
    var starting = [Int32](repeating: -1, count: range.count + 1)
    var ending = [Int32](repeating: -1, count: range.count + 1)
    for (index, name) in names.enumerated() {
      for start in [name.phraseTokens.lowerBound, name.tokens.lowerBound] {
        let slot = start - range.lowerBound
        if slot >= 0 && slot < starting.count && starting[slot] < 0 {
          starting[slot] = Int32(index)
        }
      }
      for end in [name.phraseTokens.upperBound, name.tokens.upperBound] {
        let slot = end - range.lowerBound
        if slot >= 0 && slot < ending.count { ending[slot] = Int32(index) }
      }
    }
    nameStarting = starting
    nameEnding = ending
  }

  var tokens: [Token] { document.tokens }

  func key(_ index: Int) -> UInt64? {
    guard range.contains(index) else { return nil }
    return document.tokens[index].key
  }

  /// True when token `index` is the lower-case word with key `key`.
  func isWord(_ index: Int, _ key: UInt64) -> Bool {
    guard range.contains(index) else { return false }
    let token = document.tokens[index]
    return token.kind == .word && token.key == key && token.letterCase != .upper
  }

  func isWord(_ index: Int, in keys: KeySet) -> Bool {
    guard range.contains(index) else { return false }
    let token = document.tokens[index]
    return token.kind == .word && keys.contains(token.key) && token.letterCase != .upper
  }

  func isMark(_ index: Int, _ scalar: UInt32) -> Bool {
    range.contains(index) && document.isMark(index, scalar)
  }

  func isDash(_ index: Int) -> Bool {
    guard range.contains(index), document.tokens[index].kind == .punctuation else { return false }
    let mark = document.tokens[index].firstScalar
    return Scalars.isDash(mark) || (Scalars.isHyphen(mark) && document.tokens[index].spaceBefore)
  }

  /// `index`, or the index after it when it is "the".
  func skipThe(_ index: Int) -> Int { isWord(index, LexiconKeys.the) ? index + 1 : index }

  /// The name whose capitalised run starts at `index`.
  func name(at index: Int) -> Int? {
    let slot = index - range.lowerBound
    guard slot >= 0, slot < nameStarting.count, nameStarting[slot] >= 0 else { return nil }
    return Int(nameStarting[slot])
  }

  /// The name whose capitalised run ends just before `index`.
  func name(endingBefore index: Int) -> Int? {
    let slot = index - range.lowerBound
    guard slot >= 0, slot < nameEnding.count, nameEnding[slot] >= 0 else { return nil }
    return Int(nameEnding[slot])
  }

  /// The spelling of name `nameIndex` as written, words joined by single spaces.
  func surface(_ nameIndex: Int) -> String { document.surface(names[nameIndex].tokens) }

  /// The folded form of name `nameIndex` ("u.s. - japan security treaty").
  func folded(_ nameIndex: Int) -> String { document.foldedName(names[nameIndex].tokens) }

  /// The folded last word of name `nameIndex`.
  func lastWord(_ nameIndex: Int) -> String {
    let tokens = names[nameIndex].tokens
    return tokens.isEmpty ? "" : document.foldedName((tokens.upperBound - 1)..<tokens.upperBound)
  }

  func stated(_ nameIndex: Int, usedBy: [String] = []) -> StatedName {
    let name = names[nameIndex]
    return StatedName(
      surface: surface(nameIndex), byteRange: name.candidate.byteRange, usedBy: usedBy,
      candidate: nameIndex)
  }

  /// Who uses a name, read at `index` (after "in" or "by"): a name ("Japan"), or a people
  /// ("the Japanese", "the Russian side") given as their country.
  func side(at index: Int) -> (usedBy: String, end: Int)? {
    let start = skipThe(index)
    if let found = name(at: start) {
      return (surface(found), names[found].phraseTokens.upperBound)
    }
    guard range.contains(start) else { return nil }
    let token = document.tokens[start]
    guard token.isCapitalized else { return nil }
    let folded = document.folded(start)
    if let country = Countries.byDemonym[folded] {
      let hasArticle = start != index
      if isWord(start + 1, LexiconKeys.side) {
        return (country.name, start + 2)
      }
      if hasArticle || folded.hasSuffix("s") {
        return (country.name, start + 1)
      }
      return (document.text(ofToken: start), start + 1)
    }
    return nil
  }

  /// Names in a list that ends just before `end` ("Iturup, Kunashir, Shikotan and Habomai"),
  /// first to last.
  func list(endingBefore end: Int) -> [Int] {
    var found: [Int] = []
    var cursor = end
    while let last = name(endingBefore: cursor) {
      found.insert(last, at: 0)
      var before = names[last].phraseTokens.lowerBound - 1
      if isWord(before, LexiconKeys.the) { before -= 1 }
      if isWord(before, LexiconKeys.and) || isWord(before, LexiconKeys.or) {
        before -= 1
        if isMark(before, 0x2C) { before -= 1 }
      } else if isMark(before, 0x2C) {
        before -= 1
      } else {
        break
      }
      cursor = before + 1
    }
    return found
  }

  /// Names in a list that starts at `start`, and the token after it. A name may be followed by
  /// up to two lower-case words before the next comma ("the Habomai islet group").
  func list(startingAt start: Int) -> (names: [Int], end: Int) {
    var found: [Int] = []
    var cursor = skipThe(start)
    while let next = name(at: cursor) {
      found.append(next)
      cursor = names[next].phraseTokens.upperBound
      var trailing = 0
      while trailing < 2 && range.contains(cursor) && tokens[cursor].isLowerWord
        && !isWord(cursor, LexiconKeys.and) && !isWord(cursor, LexiconKeys.or)
      {
        cursor += 1
        trailing += 1
      }
      var separator = cursor
      if isMark(separator, 0x2C) { separator += 1 }
      if isWord(separator, LexiconKeys.and) || isWord(separator, LexiconKeys.or) {
        separator += 1
      } else if separator == cursor {
        break
      }
      let after = skipThe(separator)
      guard name(at: after) != nil else { break }
      cursor = after
    }
    return (found, cursor)
  }
}
