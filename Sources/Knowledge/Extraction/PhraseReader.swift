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
    // An acronym in capitals between brackets is a name even when it spells a function word
    // ("the World Health Organization (WHO)").
    let bracketedAcronym =
      phrase.tokens.count == 1 && tokens[start].letterCase == .upper
      && (document.isMark(start - 1, 0x28) || document.isMark(start - 1, 0x5B))
      && (document.isMark(end, 0x29) || document.isMark(end, 0x5D))
    while !bracketedAcronym && start < end && tokens[start].isCapitalized
      && !(tokens[start].letterCase == .upper && tokens[start].isIn(.countryName))
      // The token's own flags, not a copy of a word list and a hash lookup per word.
      && tokens[start].isIn(
        phrase.isInitial && start == phrase.tokens.lowerBound ? .neverName : .closedClass)
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
    // The title before "of" and an institution ("Governor of Washington"), whose holder may
    // follow in the same run.
    var holderTitle: Range<Int>?
    // A possessive country before the phrase gives a person's nationality ("Russia’s Lavrov").
    if start == phrase.tokens.lowerBound, start > range.lowerBound, tokens[start - 1].isPossessive,
      let country = Countries.byName[document.folded(start - 1)]
    {
      nationality = country.demonyms.first
      cues.insert(.ownedByCountry)
    }
    var cursor = start
    var descriptorEnd: Int?
    // "Saudi Arabia" is a country, not "Arabia" after a demonym (asked only of a phrase that
    // opens with a demonym: folding a name costs an allocation).
    let isCountry =
      end - start >= 2 && tokens[start].isIn(.demonym)
      && Countries.byName[NameKey.tight(document.foldedName(start..<end))] != nil
    while cursor < end && !isCountry {
      if cursor + 1 < end, tokens[cursor + 1].isCapitalized,
        tokens[cursor].isIn(.demonymFirstWord),
        Countries.byDemonym[document.folded(cursor) + " " + document.folded(cursor + 1)] != nil
      {
        nationality = document.surface(cursor..<cursor + 2)  // "North Korean"
        cursor += 2
        continue
      }
      // A follower's noun before a person's name reads as a demonym does: "Scientologist Tom
      // Cruise", "Communist Ana Pauker".
      if cursor + 2 < end, isAdherentNoun(document, cursor),
        isPersonName(document, (cursor + 1)..<end)
      {
        cursor += 1
        descriptorEnd = cursor
        continue
      }
      guard tokens[cursor].isIn(.demonym),
        !tokens[cursor].isIn(.countryName)
      else { break }
      nationality = document.text(ofToken: cursor)
      cursor += 1
    }
    var title = readTitle(document, from: cursor, to: end)
    // The end of the name when a title ends the phrase after an affiliation: "NASA
    // Administrator" names NASA, not a person.
    var affiliationEnd: Int?
    if title == nil && cursor == start {
      // An affiliation before the title: "UN Secretary-General António Guterres",
      // "Falklands Governor Alison Blake", "U.S. Secretary of State Antony Blinken".
      var titleStart = cursor + 1
      while titleStart < end && titleStart <= cursor + 3 {
        if let found = readTitle(document, from: titleStart, to: end), found.upperBound < end,
          isPersonName(document, found.upperBound..<end),
          !(cursor..<titleStart).contains(where: { tokens[$0].isIn(.titleHead) }
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
        if let found = readTitle(document, from: titleStart, to: end), found.upperBound == end,
          !(cursor..<titleStart).contains(where: { tokens[$0].isIn(.titleHead) })
        {
          affiliationEnd = titleStart
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
        if !(title.count == 1 && tokens[title.lowerBound].isIn(.honorific)) {
          role = titleText
        }
        cues.insert(.personStrong)
      } else {
        affiliation = nil
        // "Director of the National Health Service", "CEO of Kelvara": a title and "of"
        // before an institution name the institution; its holder is named elsewhere.
        var after = title.upperBound
        if tokens[after].isLowerWord && tokens[after].key == LexiconKeys.of {
          after += 1
          if after < end && tokens[after].isLowerWord && tokens[after].key == LexiconKeys.the {
            after += 1
          }
          if after < end && tokens[after].isCapitalized {
            nameStart = after
            holderTitle = title
          }
        }
      }
    } else if cursor == end {
      return  // A demonym alone ("Russian") is not an entity.
    } else if cursor > start && tokens[cursor].isIn(.honorific) {
      nameStart = cursor
    }
    if nameStart == start, cursor > start, nationality != nil {
      // "Japanese Foreign Ministry" keeps its demonym, and so does a name after "the" that is
      // no person's ("the Russian Far East", "the Scottish Highlands"); a demonym before a
      // plain name does not belong to the name ("Russian Sergei Ivanov").
      let afterThe =
        start > phrase.tokens.lowerBound
        ? tokens[start - 1].key == LexiconKeys.the
        : (start > range.lowerBound && tokens[start - 1].isLowerWord
          && tokens[start - 1].key == LexiconKeys.the)
      let keepsDemonym =
        isInstitution(document, cursor..<end)
        || (afterThe
          && (!isPersonName(document, cursor..<end) || tokens[cursor].isIn(.compass)))
      if !keepsDemonym {
        nameStart = cursor
      }
    }
    if let descriptorEnd, nameStart < descriptorEnd { nameStart = descriptorEnd }
    var nameEnd = affiliationEnd ?? end
    // A year leads only agreements and events ("1956 Joint Declaration").
    if tokens[nameStart].kind == .number {
      if !tokens[nameEnd - 1].isIn([.agreementHead, .eventHead]) {
        nameStart += 1
      }
    }
    // Trailing months and weekdays are dates, not names ("Moscow Thursday").
    while nameEnd > nameStart && tokens[nameEnd - 1].isIn(.monthOrDay) {
      nameEnd -= 1
    }
    while nameStart < nameEnd && tokens[nameStart].isIn(.monthOrDay) {
      nameStart += 1
      isInitial = false
    }
    while nameEnd > nameStart
      && (document.isHyphen(nameEnd - 1) || tokens[nameEnd - 1].kind == .punctuation)
    {
      nameEnd -= 1
    }
    guard nameStart < nameEnd else { return }
    // "Governor of Washington Chris Gregoire", "CEO of the Refugee Council Enver Solomon",
    // "Ambassador to the United States Hamdullah Mohib": after a title and a preposition, an
    // institution or a place and its holder's name run together; they are two names.
    if affiliation == nil, nameEnd - nameStart >= 3,
      holderTitle != nil || followsTitleAndPreposition(document, phrase.tokens.lowerBound, range),
      let split = holderSplit(document, nameStart..<nameEnd)
    {
      affiliation = nameStart..<split
      nameStart = split
      cues.insert(.personStrong)
      if let holderTitle { role = document.surface(holderTitle) }
    }
    let nameTokens = nameStart..<nameEnd
    // "US" spells "us", and is a country.
    let countryAcronym =
      tokens[nameStart].letterCase == .upper && tokens[nameStart].isIn(.countryName)
    if nameTokens.count == 1 && !bracketedAcronym && !countryAcronym
      && (tokens[nameStart].isIn(.neverName)
        || tokens[nameStart].isIn(.compass))
    {
      return
    }
    if nameStart != phrase.tokens.lowerBound { isInitial = isInitial && nameStart == start }
    cues.formUnion(contextCues(document, name: nameTokens, phrase: phrase.tokens, sentence: range))
    if title == nil, start - 1 >= range.lowerBound, tokens[start - 1].kind == .word,
      tokens[start - 1].key == LexiconKeys.the
    {
      cues.insert(.afterArticle)
    }
    if isDateline(document, name: nameTokens, phrase: phrase.tokens, sentence: range) {
      cues.insert(.dateline)
    }
    if document.isCaselessScript(nameTokens.lowerBound) { cues.insert(.nativeScript) }
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
      let lexicon = tokens[cursor].lexicon
      if lexicon.contains(.titleHead) {
        lastHead = cursor
        cursor += 1
        if lexicon.contains(.honorific) { break }
        continue
      }
      if lexicon.contains(.titleModifier) {
        cursor += 1
        continue
      }
      if key == LexiconKeys.of && lastHead == cursor - 1 && cursor + 1 < end
        && tokens[cursor + 1].isIn(.titleModifier)
      {
        // "Secretary of State", "Minister of Foreign Affairs": the words after "of" belong to
        // the title.
        cursor += 1
        while cursor < end && tokens[cursor].isIn(.titleModifier) {
          lastHead = cursor
          cursor += 1
        }
        continue
      }
      if document.isHyphen(cursor) && cursor + 1 < end
        && (tokens[cursor + 1].isIn(.titleHead)
          || tokens[cursor + 1].isIn(.titleModifier))
      {
        // "Secretary-General", "Vice-President": a hyphenated title is a head when either half is.
        if lastHead == cursor - 1 || tokens[cursor + 1].isIn(.titleHead) {
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
      if token.isLowerWord && (token.isIn(.nameParticle) || document.isNameSyllable(index)) {
        continue
      }
      guard token.isCapitalized, token.kind == .word else { return false }
      if token.isIn(.anyHead) || token.isIn(.countryName)
        || token.isIn(.neverName) || token.isIn(.titleHead)
        || token.isIn(.demonym)
      {
        return false
      }
      words += 1
    }
    return words >= 1 && words <= 4
  }

  /// A capitalised noun for a follower of a faith or a cause: "Scientologist", "Communist".
  private static func isAdherentNoun(_ document: TokenizedDocument, _ index: Int) -> Bool {
    let token = document.tokens[index]
    guard token.letterCase == .capitalized, token.byteRange.count >= 7 else { return false }
    let bytes = document.document.text.bytes
    let end = token.byteRange.upperBound
    return bytes[end - 3] == 0x69 && bytes[end - 2] == 0x73 && bytes[end - 1] == 0x74  // "ist"
  }

  /// True when the last word of `range` is an institution's head ("Ministry", "University").
  private static func isInstitution(_ document: TokenizedDocument, _ range: Range<Int>) -> Bool {
    guard let last = range.last else { return false }
    return document.tokens[last].isIn(.anyHead)
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
        if token.isIn(.roleNoun) { cues.insert(.personStrong) }
        let isAccordingTo =
          token.key == LexiconKeys.to && before - 1 >= sentence.lowerBound
          && tokens[before - 1].key == LexiconKeys.according
        let owner = ownerNoun(document, before, sentence)
        if owner { cues.insert(.organization) }
        if token.isIn(.placePreposition) && !isAccordingTo && !owner {
          cues.insert(.placePreposition)
        }
        if isAccordingTo { cues.insert(.source) }
        if token.isIn(.speechVerb) { cues.insert(.speaker) }
        // A place noun and "of" name a place: "the town of Yeoncheon", "the coast of Aceh".
        if token.key == LexiconKeys.of, before - 1 >= sentence.lowerBound,
          tokens[before - 1].isLowerWord,
          LexiconKeys.placeNounsBeforeOf.contains(tokens[before - 1].key)
        {
          cues.insert(.placeNoun)
        }
      } else if document.isMark(before, 0x2C), before - 1 >= sentence.lowerBound,
        tokens[before - 1].isLowerWord, tokens[before - 1].isIn(.roleNoun)
      {
        cues.insert(.personStrong)  // "their deputies, Igor Morgulov and Takeo Mori"
      } else if token.isLowerWord == false, token.kind == .word,
        LexiconKeys.the == token.key, before - 1 >= sentence.lowerBound,
        tokens[before - 1].isIn(.placePreposition)
      {
        cues.insert(.placePreposition)
      }
      if token.isLowerWord && token.key == LexiconKeys.the && before - 1 >= sentence.lowerBound
        && tokens[before - 1].isIn(.placePreposition) && !cues.contains(.organization)
      {
        cues.insert(.placePreposition)
      }
    }
    let after = phrase.upperBound
    if after < sentence.upperBound && name.upperBound == phrase.upperBound {
      let token = tokens[after]
      if token.isLowerWord && token.isIn(.speechVerb) {
        cues.insert(.speaker)
      }
      if token.isLowerWord && token.isIn(.placeHead) {
        cues.insert(.headAfter)
      }
      if token.isLowerWord
        && (token.isIn(.organizationAfter) || token.isIn(.organizationHead)
          || (token.key == LexiconKeys.co && document.isHyphen(after + 1)
            && after + 2 < sentence.upperBound && tokens[after + 2].isIn(.organizationAfter)))
      {
        // "Twitter users", "Google co-founder Sergey Brin", "the Kelvara group". A preposition
        // before the name is the noun's: "to the Kelvara website" is not a place.
        cues.insert(.organization)
        cues.remove(.placePreposition)
      }
      if token.isLowerWord && token.isIn(.reportingVerb) {
        cues.insert(.source)
      }
      // ", who" says a person unless the name is the object of "of": in "former members of
      // X, who helped him", "who" goes back to the members.
      if document.isMark(after, 0x2C), after + 1 < sentence.upperBound,
        tokens[after + 1].key == LexiconKeys.who,
        !(before >= sentence.lowerBound && tokens[before].isLowerWord
          && tokens[before].key == LexiconKeys.of)
      {
        cues.insert(.personStrong)
      }
      // An apposition that says what the name is: "Thomas Sam, 42, and his wife", "Valeska
      // Paris, an Australian woman", "Kelvara, a mining company". The same exception for
      // "of" as for ", who".
      if document.isMark(after, 0x2C),
        !(before >= sentence.lowerBound && tokens[before].isLowerWord
          && tokens[before].key == LexiconKeys.of)
      {
        switch appositionKind(document, from: after + 1, sentence) {
        case .person: cues.insert(.personStrong)
        case .organization:
          cues.insert(.organization)
          cues.remove(.placePreposition)
        case .place: cues.insert(.placeNoun)
        default: break
        }
      }
    }
    if after < sentence.upperBound && name.upperBound == phrase.upperBound
      && document.isMark(after, 0x2C) && isLargerPlace(document, from: after + 1, sentence)
    {
      cues.insert(.partOfPlace)  // "the coast of Aceh, Indonesia", "Arlington, Texas"
    }
    // A possessive name is the determiner of the noun after it, and so is the preposition
    // before it: "from Kevin De Bruyne's assist" says nothing of where De Bruyne is.
    if tokens[name.upperBound - 1].isPossessive {
      cues.remove(.placePreposition)
      // Before a person's bare name it is the group the person stands for: "Youngspiration's
      // Baggio Leung", "Demosisto's Nathan Law". A country there stays a country (the kind of
      // a known place is decided before any cue), and a title ("Rodaistia's Foreign Minister
      // Ilse Marrow") is a government's as often as a party's, so it says nothing here.
      if name.upperBound == phrase.upperBound,
        case let runEnd = personRunEnd(document, from: after, sentence), runEnd - after >= 2,
        isPersonName(document, after..<runEnd)
      {
        cues.insert(.organization)
      }
    }
    return cues
  }

  /// True when the name is all capitals and opens a line, and a comma, a number, "(" or a
  /// dash follows it: "KABUL, Aug 21 (Wire) -", "OSLO 2019-03-02".
  private static func isDateline(
    _ document: TokenizedDocument, name: Range<Int>, phrase: Range<Int>, sentence: Range<Int>
  ) -> Bool {
    let tokens = document.tokens
    let first = phrase.lowerBound
    guard first == name.lowerBound, first == 0 || tokens[first].newlineBefore,
      name.allSatisfy({ tokens[$0].letterCase == .upper || document.isHyphen($0) }),
      name.upperBound < sentence.upperBound
    else { return false }
    let after = tokens[name.upperBound]
    if after.kind == .number { return true }
    guard after.kind == .punctuation else { return false }
    let mark = after.firstScalar
    return mark == 0x2C || mark == 0x28 || Scalars.isDash(mark) || Scalars.isHyphen(mark)
  }

  /// True when the preposition at `preposition` ties the name after it to a noun of business
  /// before it: "co-founder of", "members of the", "shares in", "a spokesman for", "posted
  /// to".
  private static func ownerNoun(
    _ document: TokenizedDocument, _ preposition: Int, _ sentence: Range<Int>
  ) -> Bool {
    let tokens = document.tokens
    let noun = preposition - 1
    guard noun >= sentence.lowerBound, tokens[preposition].isLowerWord else { return false }
    if tokens[preposition].key == LexiconKeys.the {
      // "members of the Veltrana movement": the article sits between.
      guard noun - 1 >= sentence.lowerBound else { return false }
      return ownerNoun(document, noun, sentence)
    }
    // The noun may open the sentence ("Shares in X rose").
    guard tokens[noun].kind == .word, tokens[noun].letterCase != .upper else { return false }
    let key = tokens[preposition].key
    if key == LexiconKeys.of { return tokens[noun].isIn(.organizationBeforeOf) }
    if key == LexiconKeys.in { return tokens[noun].isIn(.organizationBeforeIn) }
    if key == LexiconKeys.for { return tokens[noun].isIn(.organizationBeforeFor) }
    if key == LexiconKeys.on || key == LexiconKeys.to {
      return LexiconKeys.publishingBeforeOn.contains(tokens[noun].key)
    }
    return false
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
      if token.isCapitalized && token.isIn(.demonym) {
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
      document.tokens[head].isIn(.titleHead)
    else { return nil }
    var start = head
    while start - 1 >= sentence.lowerBound && document.tokens[start - 1].isLowerWord
      && document.tokens[start - 1].isIn(.titleModifier)
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
