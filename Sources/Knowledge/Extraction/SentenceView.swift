/// One sentence's tokens and the names read in it, with the small steps the statement
/// readers share (skip "the", find the name at a token, read who uses a name).
struct SentenceView {
  let document: TokenizedDocument
  let range: Range<Int>
  let sentenceIndex: Int
  var names: [ReadName]

  init(document: TokenizedDocument, range: Range<Int>, sentenceIndex: Int, names: [ReadName]) {
    self.document = document
    self.range = range
    self.sentenceIndex = sentenceIndex
    self.names = names
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

  /// True when token `index` is a word (not all capitals) in one of the lists `lists`.
  func isWord(_ index: Int, in lists: LexiconFlags) -> Bool {
    guard range.contains(index) else { return false }
    let token = document.tokens[index]
    return token.kind == .word && token.isIn(lists) && token.letterCase != .upper
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

  /// The name whose capitalised run starts at `index` (the first such name): a sentence has
  /// few names, so they are scanned rather than indexed.
  func name(at index: Int) -> Int? {
    guard index >= range.lowerBound, index <= range.upperBound else { return nil }
    for (position, name) in names.enumerated()
    where name.phraseTokens.lowerBound == index || name.tokens.lowerBound == index {
      return position
    }
    return nil
  }

  /// The name whose capitalised run ends just before `index` (the last such name).
  func name(endingBefore index: Int) -> Int? {
    guard index >= range.lowerBound, index <= range.upperBound else { return nil }
    var position = names.count - 1
    while position >= 0 {
      let name = names[position]
      if name.phraseTokens.upperBound == index || name.tokens.upperBound == index {
        return position
      }
      position -= 1
    }
    return nil
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
      language: nil, candidate: nameIndex)
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
    let end = walkList(startingAt: start) { found.append($0) }
    return (found, end)
  }

  /// How many names the list at `start` holds (`list(startingAt:)` without building it).
  func listLength(startingAt start: Int) -> Int {
    var count = 0
    _ = walkList(startingAt: start) { _ in count += 1 }
    return count
  }

  private func walkList(startingAt start: Int, _ visit: (Int) -> Void) -> Int {
    var cursor = skipThe(start)
    while let next = name(at: cursor) {
      visit(next)
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
    return cursor
  }
}
