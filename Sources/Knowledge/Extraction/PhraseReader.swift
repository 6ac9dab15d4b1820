/// A name read in a sentence: its tokens after titles and leading function words are cut off.
struct ReadName: Sendable {
  /// Tokens of the name itself ("Sergei Lavrov" of "Russian Foreign Minister Sergei Lavrov").
  var tokens: Range<Int>
  /// Tokens of the whole capitalised run it came from.
  var phraseTokens: Range<Int>
  var candidate: NameDraft
}

/// A candidate name while its sentence is read: what the statement readers ask of it. Its
/// spelling and folded form are read from its tokens when asked (`SentenceView.surface`), and
/// it becomes a `NameCandidate` when the sentence is done.
struct NameDraft: Sendable {
  let byteRange: Range<Int>
  /// Byte offset of the second word in the document (the end of the name for one word).
  let secondWordStart: Int
  /// The first word opens a sentence or a line, so its capital proves nothing.
  let isSentenceInitial: Bool
  /// Words of an all-capital token that may be an acronym or shouting ("TOKYO").
  let hasUpperWord: Bool
  var cues: KindCues
  /// A person's title ("Foreign Minister") and demonym ("Russian") when the text gives them, as
  /// numbers in the extraction worker's label table (`ExtractionTables.labels`); -1 for none.
  var role: Int32
  var nationality: Int32
  /// Known to be a person (title, honorific, role noun).
  var isPerson: Bool { cues.contains(.personStrong) }
  var hasRole: Bool { role >= 0 }
}

/// Reads a capitalised phrase as a name: cuts leading function words ("The", "According"),
/// reads a demonym and a title before a person's name ("Russian Foreign Minister Sergei
/// Lavrov"), drops a year that does not lead an agreement or event, and gathers the cues of
/// its context (a role noun before it, a verb of speech after it, a preposition of place).
enum PhraseReader {
  /// Appends the names read in `phrase` to `names` (none, one, or an affiliation and a
  /// person); roles and nationalities are numbered in `labels`.
  static func read(
    _ phrase: NamePhrase, in document: TokenizedDocument, sentenceIndex: Int,
    sentence range: Range<Int>, labels: inout InternTable, into names: inout [ReadName]
  ) {
    let tokens = document.tokens
    var start = phrase.tokens.lowerBound
    let end = phrase.tokens.upperBound
    var isInitial = phrase.isInitial
    while start < end && tokens[start].isCapitalized
      && (phrase.isInitial && start == phrase.tokens.lowerBound
        ? LexiconKeys.neverName : LexiconKeys.closedClass).contains(tokens[start].key)
    {
      start += 1
      isInitial = false
    }
    guard start < end else { return }
    var nameStart = start
    var nationality: String?
    var role: String?
    var cues: KindCues = []
    var affiliation: Range<Int>?
    // A possessive country before the phrase gives a person's nationality ("Russia’s Lavrov").
    if start == phrase.tokens.lowerBound, start > range.lowerBound, tokens[start - 1].isPossessive,
      let country = Countries.byName[document.folded(start - 1)]
    {
      nationality = country.demonyms.first
      cues.insert(.ownedByCountry)
    }
    var cursor = start
    while cursor < end {
      if cursor + 1 < end, tokens[cursor + 1].isCapitalized,
        LexiconKeys.demonymFirstWords.contains(tokens[cursor].key),
        Countries.byDemonym[document.folded(cursor) + " " + document.folded(cursor + 1)] != nil
      {
        nationality = document.surface(cursor..<cursor + 2)  // "North Korean"
        cursor += 2
        continue
      }
      guard LexiconKeys.demonyms.contains(tokens[cursor].key),
        !LexiconKeys.countryNames.contains(tokens[cursor].key)
      else { break }
      nationality = document.text(ofToken: cursor)
      cursor += 1
    }
    var title = readTitle(document, from: cursor, to: end)
    if title == nil && cursor == start {
      // An affiliation before the title: "UN Secretary-General António Guterres",
      // "Falklands Governor Alison Blake", "U.S. Secretary of State Antony Blinken".
      var titleStart = cursor + 1
      while titleStart < end && titleStart <= cursor + 3 {
        if let found = readTitle(document, from: titleStart, to: end), found.upperBound < end,
          isPersonName(document, found.upperBound..<end),
          !(cursor..<titleStart).contains(where: { LexiconKeys.titleHeads.contains(tokens[$0].key) }
          )
        {
          title = found
          affiliation = cursor..<titleStart
          if nationality == nil,
            let country = Countries.byName[
              EntityGrouper.joinedName((cursor..<titleStart).map(document.folded))]
          {
            nationality = country.demonyms.first
          }
          break
        }
        titleStart += 1
      }
    }
    if let title {
      let personTokens = title.upperBound..<end
      if title.upperBound == end {
        return  // A title alone ("Foreign Minister", "President") names no one.
      }
      if isPersonName(document, personTokens) {
        nameStart = title.upperBound
        let titleText = document.surface(title)
        if !(title.count == 1 && LexiconKeys.honorifics.contains(tokens[title.lowerBound].key)) {
          role = titleText
        }
        cues.insert(.personStrong)
      } else {
        affiliation = nil
      }
    } else if cursor == end {
      return  // A demonym alone ("Russian") is not an entity.
    } else if cursor > start && LexiconKeys.honorifics.contains(tokens[cursor].key) {
      nameStart = cursor
    }
    if nameStart == start, cursor > start, nationality != nil {
      // "Japanese Foreign Ministry" keeps its demonym; a demonym before a plain name does not
      // belong to the name.
      if !isInstitution(document, cursor..<end) {
        nameStart = cursor
      }
    }
    var nameEnd = end
    // A year leads only agreements and events ("1956 Joint Declaration").
    if tokens[nameStart].kind == .number {
      let headKey = tokens[nameEnd - 1].key
      if !(LexiconKeys.agreementHeads.contains(headKey) || LexiconKeys.eventHeads.contains(headKey))
      {
        nameStart += 1
      }
    }
    // Trailing months and weekdays are dates, not names ("Moscow Thursday").
    while nameEnd > nameStart && LexiconKeys.monthsAndDays.contains(tokens[nameEnd - 1].key) {
      nameEnd -= 1
    }
    while nameStart < nameEnd && LexiconKeys.monthsAndDays.contains(tokens[nameStart].key) {
      nameStart += 1
      isInitial = false
    }
    while nameEnd > nameStart
      && (document.isHyphen(nameEnd - 1) || tokens[nameEnd - 1].kind == .punctuation)
    {
      nameEnd -= 1
    }
    guard nameStart < nameEnd else { return }
    let nameTokens = nameStart..<nameEnd
    if nameTokens.count == 1
      && (LexiconKeys.neverName.contains(tokens[nameStart].key)
        || LexiconKeys.compass.contains(tokens[nameStart].key))
    {
      return
    }
    if nameStart != phrase.tokens.lowerBound { isInitial = isInitial && nameStart == start }
    cues.formUnion(contextCues(document, name: nameTokens, phrase: phrase.tokens, sentence: range))
    if cues.contains(.personStrong) && role == nil && nationality == nil {
      nationality = demonymBeforeRoleNoun(document, phrase.tokens.lowerBound, range)
    }
    if role == nil && cues.contains(.personStrong) {
      role = lowercaseTitle(document, before: phrase.tokens.lowerBound, range)
    }
    if let affiliation {
      read(
        NamePhrase(tokens: affiliation, isInitial: isInitial), in: document,
        sentenceIndex: sentenceIndex, sentence: range, labels: &labels, into: &names)
    }
    names.append(
      ReadName(
        tokens: nameTokens, phraseTokens: phrase.tokens,
        candidate: candidate(
          document, nameTokens, sentenceIndex: sentenceIndex,
          isInitial: isInitial && nameStart == phrase.tokens.lowerBound, cues: cues,
          role: role.map { labels.intern($0) } ?? -1,
          nationality: nationality.map { labels.intern($0) } ?? -1)))
  }

  private static func candidate(
    _ document: TokenizedDocument, _ nameTokens: Range<Int>, sentenceIndex: Int, isInitial: Bool,
    cues: KindCues, role: Int32, nationality: Int32
  ) -> NameDraft {
    let tokens = document.tokens
    var cues = cues
    var hasUpper = false
    for index in nameTokens where tokens[index].letterCase == .upper { hasUpper = true }
    let secondWordStart =
      nameTokens.count > 1
      ? tokens[nameTokens.lowerBound + 1].byteRange.lowerBound
      : tokens[nameTokens.upperBound - 1].byteRange.upperBound
    if tokens[nameTokens.upperBound - 1].isPossessive { cues.insert(.possessive) }
    let byteRange =
      tokens[nameTokens.lowerBound].byteRange
      .lowerBound..<tokens[nameTokens.upperBound - 1].byteRange.upperBound
    return NameDraft(
      byteRange: byteRange, secondWordStart: secondWordStart, isSentenceInitial: isInitial,
      hasUpperWord: hasUpper, cues: cues, role: role, nationality: nationality)
  }

  /// The tokens of a title that starts at `start`: modifiers then a head ("Foreign Minister",
  /// "Prime Minister", "Minister of Foreign Affairs", "Secretary-General", "Mr.").
  static func readTitle(_ document: TokenizedDocument, from start: Int, to end: Int) -> Range<Int>?
  {
    let tokens = document.tokens
    var cursor = start
    var lastHead = -1
    while cursor < end {
      let key = tokens[cursor].key
      if LexiconKeys.titleHeads.contains(key) {
        lastHead = cursor
        cursor += 1
        if LexiconKeys.honorifics.contains(key) { break }
        continue
      }
      if LexiconKeys.titleModifiers.contains(key) {
        cursor += 1
        continue
      }
      if key == LexiconKeys.of && lastHead == cursor - 1 && cursor + 1 < end
        && LexiconKeys.titleModifiers.contains(tokens[cursor + 1].key)
      {
        // "Secretary of State", "Minister of Foreign Affairs": the words after "of" belong to
        // the title.
        cursor += 1
        while cursor < end && LexiconKeys.titleModifiers.contains(tokens[cursor].key) {
          lastHead = cursor
          cursor += 1
        }
        continue
      }
      if document.isHyphen(cursor) && cursor + 1 < end
        && (LexiconKeys.titleHeads.contains(tokens[cursor + 1].key)
          || LexiconKeys.titleModifiers.contains(tokens[cursor + 1].key))
      {
        // "Secretary-General", "Vice-President": a hyphenated title is a head when either half is.
        if lastHead == cursor - 1 || LexiconKeys.titleHeads.contains(tokens[cursor + 1].key) {
          lastHead = cursor + 1
        }
        cursor += 2
        continue
      }
      break
    }
    guard lastHead >= 0 else { return nil }
    return start..<(lastHead + 1)
  }

  /// True when `range` can be a person's name: one to four capitalised words that are not head
  /// nouns, countries, titles or function words.
  static func isPersonName(_ document: TokenizedDocument, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 5 else { return false }
    var words = 0
    for index in range {
      let token = document.tokens[index]
      if document.isHyphen(index) { continue }
      if token.isLowerWord && LexiconKeys.nameParticles.contains(token.key) { continue }
      guard token.isCapitalized, token.kind == .word else { return false }
      if LexiconKeys.anyHead.contains(token.key) || LexiconKeys.countryNames.contains(token.key)
        || LexiconKeys.neverName.contains(token.key) || LexiconKeys.titleHeads.contains(token.key)
        || LexiconKeys.demonyms.contains(token.key)
      {
        return false
      }
      words += 1
    }
    return words >= 1 && words <= 4
  }

  /// True when the last word of `range` is an institution's head ("Ministry", "University").
  private static func isInstitution(_ document: TokenizedDocument, _ range: Range<Int>) -> Bool {
    guard let last = range.last else { return false }
    let key = document.tokens[last].key
    return LexiconKeys.anyHead.contains(key)
  }

  /// Cues in the words around a name.
  private static func contextCues(
    _ document: TokenizedDocument, name: Range<Int>, phrase: Range<Int>, sentence: Range<Int>
  ) -> KindCues {
    let tokens = document.tokens
    var cues: KindCues = []
    let before = phrase.lowerBound - 1
    if before >= sentence.lowerBound {
      let token = tokens[before]
      if token.isLowerWord {
        if LexiconKeys.roleNouns.contains(token.key) { cues.insert(.personStrong) }
        let isAccordingTo =
          token.key == LexiconKeys.to && before - 1 >= sentence.lowerBound
          && tokens[before - 1].key == LexiconKeys.according
        if LexiconKeys.placePrepositions.contains(token.key) && !isAccordingTo {
          cues.insert(.placePreposition)
        }
        if isAccordingTo { cues.insert(.source) }
        if LexiconKeys.speechVerbs.contains(token.key) { cues.insert(.speaker) }
      } else if document.isMark(before, 0x2C), before - 1 >= sentence.lowerBound,
        tokens[before - 1].isLowerWord, LexiconKeys.roleNouns.contains(tokens[before - 1].key)
      {
        cues.insert(.personStrong)  // "their deputies, Igor Morgulov and Takeo Mori"
      } else if token.isLowerWord == false, token.kind == .word,
        LexiconKeys.the == token.key, before - 1 >= sentence.lowerBound,
        LexiconKeys.placePrepositions.contains(tokens[before - 1].key)
      {
        cues.insert(.placePreposition)
      }
      if token.isLowerWord && token.key == LexiconKeys.the && before - 1 >= sentence.lowerBound
        && LexiconKeys.placePrepositions.contains(tokens[before - 1].key)
      {
        cues.insert(.placePreposition)
      }
    }
    let after = phrase.upperBound
    if after < sentence.upperBound && name.upperBound == phrase.upperBound {
      let token = tokens[after]
      if token.isLowerWord && LexiconKeys.speechVerbs.contains(token.key) {
        cues.insert(.speaker)
      }
      if token.isLowerWord && LexiconKeys.placeHeads.contains(token.key) {
        cues.insert(.headAfter)
      }
      if token.isLowerWord && LexiconKeys.reportingVerbs.contains(token.key) {
        cues.insert(.source)
      }
      if document.isMark(after, 0x2C), after + 1 < sentence.upperBound,
        tokens[after + 1].key == LexiconKeys.who
      {
        cues.insert(.personStrong)
      }
    }
    return cues
  }

  /// "his Russian counterpart Sergey Lavrov" → "Russian".
  private static func demonymBeforeRoleNoun(
    _ document: TokenizedDocument, _ phraseStart: Int, _ sentence: Range<Int>
  ) -> String? {
    var cursor = phraseStart - 1
    if document.isMark(cursor, 0x2C) { cursor -= 1 }
    guard cursor > sentence.lowerBound, document.tokens[cursor].isLowerWord else { return nil }
    var look = cursor - 1
    while look >= sentence.lowerBound && look >= cursor - 3 {
      let token = document.tokens[look]
      if token.isCapitalized && LexiconKeys.demonyms.contains(token.key) {
        return document.text(ofToken: look)
      }
      if !token.isLowerWord { break }
      look -= 1
    }
    return nil
  }

  /// "foreign minister Taro Kono" → "Foreign Minister": a lower-case title right before a name.
  private static func lowercaseTitle(
    _ document: TokenizedDocument, before phraseStart: Int, _ sentence: Range<Int>
  ) -> String? {
    let head = phraseStart - 1
    guard head >= sentence.lowerBound, document.tokens[head].isLowerWord,
      LexiconKeys.titleHeads.contains(document.tokens[head].key)
    else { return nil }
    var start = head
    while start - 1 >= sentence.lowerBound && document.tokens[start - 1].isLowerWord
      && LexiconKeys.titleModifiers.contains(document.tokens[start - 1].key)
    {
      start -= 1
    }
    return (start...head).map { capitalizeFirst(document.text(ofToken: $0)) }.joined(separator: " ")
  }

  static func capitalizeFirst(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
