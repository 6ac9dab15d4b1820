/// A run of capitalised words in a sentence, before it is read as a name.
struct NamePhrase: Sendable, Hashable {
  /// Token indices of the run.
  var tokens: Range<Int>
  /// The run opens a sentence, a line or a quotation, so its first capital proves nothing.
  var isInitial: Bool
}

/// Finds runs of capitalised words that may be names, joined by the connectors names use:
/// "of" after a head noun ("Treaty of Mutual Cooperation and Security"), name particles
/// ("Fernández de Kirchner", "Ras al-Khaimah"), hyphens ("Asia-Pacific", and the lower-case
/// syllable of a romanized name: "Kim Jong-un"), "&"; a leading year ("1956 Joint
/// Declaration"). A possessive ends a run: "Russia’s Southern Kurils" is two names.
enum NamePhrases {
  /// Appends the phrases of sentence `range` to `phrases`.
  static func find(
    in document: TokenizedDocument, sentence range: Range<Int>, into phrases: inout [NamePhrase]
  ) {
    let tokens = document.tokens
    var index = range.lowerBound
    var firstWordSeen = false
    while index < range.upperBound {
      let token = tokens[index]
      let isInitial = !firstWordSeen || token.newlineBefore || opensClause(document, index)
      if token.kind != .punctuation { firstWordSeen = true }
      if let native = nativeScriptRun(document, at: index, range) {
        phrases.append(NamePhrase(tokens: native, isInitial: false))
        index = native.upperBound
        continue
      }
      guard startsName(document, index, range) else {
        index += 1
        continue
      }
      var end = index + 1
      var sawConnector = false
      while end < range.upperBound
        && (!tokens[end - 1].isPossessive || continuesAfterPossessive(document, end, range))
      {
        let next = tokens[end]
        if next.isCapitalized {
          // "The", "In" inside a run start a new phrase ("Roger Federer The 2021 season").
          if next.letterCase == .capitalized && next.isIn(.closedClass) { break }
          end += 1
          continue
        }
        if document.isHyphen(end) && !next.spaceBefore && end + 1 < range.upperBound
          && !tokens[end + 1].spaceBefore
          && (tokens[end + 1].isCapitalized || tokens[end + 1].kind == .number
            || document.isNameSyllable(end + 1))
          && !tokens[end - 1].isPossessive
        {
          end += 2
          continue
        }
        // "Ras al-Khaimah", "Sa’ad al-Hariri": a particle joined by a hyphen to the next word.
        if next.isLowerWord && next.isIn(.nameParticle) && document.isHyphen(end + 1)
          && end + 2 < range.upperBound && !tokens[end + 1].spaceBefore
          && !tokens[end + 2].spaceBefore && tokens[end + 2].isCapitalized
        {
          end += 3
          continue
        }
        // "Río de la Plata", "Ludwig van der Rohe": particles, then the capitalised word.
        if next.isLowerWord && next.isIn(.nameParticle) {
          var after = end + 1
          while after < range.upperBound && after < end + 3 && tokens[after].isLowerWord
            && tokens[after].isIn(.nameParticle)
          {
            after += 1
          }
          if after < range.upperBound && tokens[after].isCapitalized {
            end = after + 1
            continue
          }
        }
        if next.isLowerWord && end + 1 < range.upperBound && tokens[end + 1].isCapitalized {
          if next.key == LexiconKeys.and && sawConnector
            && !tokens[end + 1].isIn(.neverName)
            && !startsHeadedName(document, end + 1, range)
          {
            end += 2
            continue
          }
          // "National Air and Space Museum": words joined by "and" before one head noun
          // that ends the name; not "Britain and France", where no head follows.
          if next.key == LexiconKeys.and
            && !(index..<end).contains(where: { tokens[$0].isIn(.anyHead) })
          {
            var after = end + 1
            while after < range.upperBound && tokens[after].isCapitalized
              && !(tokens[after].letterCase == .capitalized && tokens[after].isIn(.closedClass))
            {
              after += 1
            }
            if after - 1 > end && tokens[after - 1].isIn(.anyHead)
              && !tokens[after - 1].isPossessive
              && (after >= range.upperBound || !tokens[after].isCapitalized)
            {
              end = after
              continue
            }
          }
        }
        // Once a name has joined words with "of" or "for" after its head, it takes more
        // ("the Democratic Front for the Liberation of Palestine").
        if next.isLowerWord
          && (connects(next.key, after: tokens[end - 1].lexicon)
            || (sawConnector && (next.key == LexiconKeys.of || next.key == LexiconKeys.for)
              && !isCountryAfter(document, end + 1, range)))
        {
          var after = end + 1
          if after < range.upperBound && tokens[after].isLowerWord
            && tokens[after].key == LexiconKeys.the
          {
            after += 1
          }
          if after < range.upperBound && tokens[after].isCapitalized
            && !tokens[after].isIn(.neverName)
          {
            sawConnector = true
            end = after + 1
            continue
          }
        }
        // "Movimento 5 Stelle", "Apollo 11 Mission": a number between two words of a name;
        // not a date ("March 5 Tuesday").
        if next.kind == .number && !next.isPossessive && end + 1 < range.upperBound
          && tokens[end + 1].isCapitalized && !tokens[end + 1].isIn(.neverName)
          && !tokens[end - 1].isIn(.monthOrDay) && next.spaceBefore && tokens[end + 1].spaceBefore
          && !tokens[end + 1].newlineBefore
        {
          end += 2
          continue
        }
        if next.kind == .punctuation && next.firstScalar == 0x26 && end + 1 < range.upperBound
          && tokens[end + 1].isCapitalized
        {
          end += 2
          continue
        }
        break
      }
      phrases.append(NamePhrase(tokens: index..<end, isInitial: isInitial))
      index = end
    }
  }

  /// The words of a name in a script without case, in parentheses right after a word, with
  /// or without a language label: "the Yellow Sea (황해)", "(Chinese: 藏南)", "(شط العرب)".
  /// Such scripts have no capitals to show a name, so the place tells it.
  static func nativeScriptRun(
    _ document: TokenizedDocument, at index: Int, _ range: Range<Int>
  ) -> Range<Int>? {
    guard document.isMark(index, 0x28), index > range.lowerBound,
      document.tokens[index - 1].kind == .word
    else { return nil }
    var start = index + 1
    if start + 1 < range.upperBound, document.tokens[start].isCapitalized,
      document.isMark(start + 1, 0x3A)
    {
      start += 2  // "Korean:"
    }
    var end = start
    while end < range.upperBound, document.isCaselessScript(end) { end += 1 }
    guard end > start, end < range.upperBound else { return nil }
    let after = document.tokens[end]
    guard after.kind == .punctuation,
      after.firstScalar == 0x29 || after.firstScalar == 0x3B || after.firstScalar == 0x2C
    else { return nil }
    return start..<end
  }

  /// True when the capitalised words from `start` make a name of their own that ends in a head
  /// noun ("Colorado State University" after "Institute of Technology and").
  private static func startsHeadedName(
    _ document: TokenizedDocument, _ start: Int, _ range: Range<Int>
  ) -> Bool {
    var end = start
    while end < range.upperBound && document.tokens[end].isCapitalized { end += 1 }
    return end - start >= 2 && document.tokens[end - 1].isIn(.anyHead)
  }

  /// True when a country's name follows at `start`, after "the" or not: a second "of" before
  /// it says where the institution is ("University of Sheffield of the UK").
  private static func isCountryAfter(
    _ document: TokenizedDocument, _ start: Int, _ range: Range<Int>
  ) -> Bool {
    var index = start
    if index < range.upperBound && document.tokens[index].key == LexiconKeys.the { index += 1 }
    guard index < range.upperBound else { return false }
    var end = index
    while end < range.upperBound && end < index + 4 && document.tokens[end].isCapitalized {
      end += 1
      if Countries.byName[NameKey.tight(document.foldedName(index..<end))] != nil { return true }
    }
    return false
  }

  /// True when the possessive word before `end` is a plural noun of people inside a name, and
  /// a capitalised word follows: "Korean People’s Army", "Workers’ Party", not "Russia’s
  /// Southern Kurils".
  private static func continuesAfterPossessive(
    _ document: TokenizedDocument, _ end: Int, _ range: Range<Int>
  ) -> Bool {
    let tokens = document.tokens
    guard end < range.upperBound, end >= 2, tokens[end].isCapitalized,
      tokens[end - 1].isIn(.peopleNoun), tokens[end - 2].isCapitalized
    else { return false }
    return true
  }

  /// True when connector `key` continues a name that ends in `head`: "of" after any head noun,
  /// "on" after agreements and events, "for" after institutions too.
  private static func connects(_ key: UInt64, after head: LexiconFlags) -> Bool {
    if key == LexiconKeys.of { return head.contains(.connectingHead) }
    if key == LexiconKeys.on { return !head.isDisjoint(with: [.onHead, .organizationHead]) }
    if key == LexiconKeys.for { return head.contains(.forHead) }
    return false
  }

  /// A capitalised word, or a year right before one ("1956 Joint Declaration").
  private static func startsName(_ document: TokenizedDocument, _ index: Int, _ range: Range<Int>)
    -> Bool
  {
    let token = document.tokens[index]
    if token.isCapitalized { return true }
    if token.kind == .number && token.byteRange.count == 4 && !token.isPossessive
      && index + 1 < range.upperBound
    {
      let next = document.tokens[index + 1]
      return next.isCapitalized && next.spaceBefore && !next.newlineBefore
        && !next.isIn(.neverName)
    }
    return false
  }

  /// True right after an opening quotation mark, a colon or a bullet: a capital there proves
  /// nothing.
  static func opensClause(_ document: TokenizedDocument, _ index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0 && document.tokens[previous].kind == .punctuation {
      let mark = document.tokens[previous].firstScalar
      if document.isOpeningQuote(previous) || mark == 0x3A || mark == 0x2022 || mark == 0x2023
        || mark == 0x25CF || mark == 0x2A || mark == 0x3E || mark == 0x23 || mark == 0x7C
      {
        return true
      }
      if mark == 0x28 || mark == 0x5B {
        previous -= 1
        continue
      }
      // A dateline's dash: "TOKYO (Sputnik) — Japan intends …", "(Wire) - Record catches …".
      if (Scalars.isDash(mark) || Scalars.isHyphen(mark)) && previous > 0
        && document.isMark(previous - 1, 0x29)
      {
        return true
      }
      return false
    }
    return false
  }
}
