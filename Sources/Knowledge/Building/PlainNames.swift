/// Names of two or three plain capitalised words that nothing in the corpus marks as a place
/// or an institution: in English news such a name is a person's ("Harry Kane scored twice",
/// "said Tomas Berglund"), named in full once and by surname after.
///
/// A name is left alone when any of its occurrences has a cue of place (a preposition of
/// place, a place noun after it, a side or a name of an alias statement, a part of a place, a
/// country's possessive before it) or is cited as a source; when its first word is a place's article or
/// prefix ("Los Angeles", "New Haven", "San Marcos"); when its first word is a name of its own
/// elsewhere in the corpus ("Google Chrome"); when it opens a longer name that ends in a
/// head noun ("Hong Kong" of "Hong Kong Island"); when a word of it is a word of titles
/// and offices ("Foreign Affairs"); and when its words are common words the corpus writes in
/// lower case ("Social Welfare", "Space Shuttle Columbia").
struct PlainNames {
  private var isPersonName: [Bool]
  /// Names whose words are not a person's at all (office words, common words), whatever
  /// else the corpus says: not even a surname standing alone elsewhere makes them one.
  private var isUnlikePersonName: [Bool]

  init(
    _ candidates: [NameCandidate], _ names: [NameInfo], _ shapes: [NameShape],
    vocabulary: CorpusVocabulary
  ) {
    var marked = [Bool](repeating: false, count: names.count)
    var institution = [Bool](repeating: false, count: names.count)
    for candidate in candidates {
      if !candidate.cues.isDisjoint(with: Self.otherCues) { marked[Int(candidate.name)] = true }
      if !candidate.cues.isDisjoint(with: [.organization, .source]) {
        institution[Int(candidate.name)] = true
      }
    }
    // Single words the corpus treats as institutions ("Google" of "Google Chrome").
    var institutionWords: Set<String> = []
    for (id, name) in names.enumerated() where institution[id] && name.words.count == 1 {
      institutionWords.insert(name.words[0])
    }
    var loneWords: Set<String> = []
    var openers: Set<String> = []
    for name in names {
      if name.words.count == 1 { loneWords.insert(name.words[0]) }
      guard name.words.count >= 2, let last = name.words.last,
        LexiconKeys.anyHead.contains(LexiconKeys.key(last))
      else { continue }
      for length in 1..<name.words.count {
        openers.insert(EntityGrouper.joinedName(Array(name.words[..<length])))
      }
    }
    var unlike = [Bool](repeating: false, count: names.count)
    isPersonName = names.indices.map { id in
      let name = names[id]
      let shape = shapes[id]
      guard !marked[id], shape.plainShape, (2...3).contains(shape.partCount),
        let first = name.words.first,
        // Capitals make the shape: a name in a script without case ("شط العرب") has none.
        first.unicodeScalars.first.flatMap({ Script.of($0.value) })?.isCaseless != true
      else { return false }
      // Words of titles and offices ("Foreign Affairs", "National Enforcement") are no one's
      // given name or surname.
      let officeWords = name.words.contains {
        LexiconKeys.titleModifiers.contains(LexiconKeys.key($0))
      }
      // Nor are common words that the corpus also writes in lower case, all of them
      // ("Social Welfare", "Red Cross", "Space Shuttle Columbia" has one that is not).
      let commonWords = name.words.allSatisfy { vocabulary.lowercase.contains(LexiconKeys.key($0)) }
      let firstTwoCommon =
        name.words.count >= 3
        && name.words.prefix(2).allSatisfy { vocabulary.lowercase.contains(LexiconKeys.key($0)) }
      unlike[id] = officeWords || commonWords || firstTwoCommon || institutionWords.contains(first)
      return !Self.placeOpeners.contains(first) && !HeadNouns.placePrefixes.contains(first)
        && !loneWords.contains(first) && !openers.contains(name.joined) && !officeWords
        && !commonWords && !firstTwoCommon
    }
    isUnlikePersonName = unlike
  }

  /// True when name `id`'s words are no person's (`isUnlikePersonName`).
  func isUnlikePerson(_ id: Int) -> Bool {
    id >= 0 && id < isUnlikePersonName.count && isUnlikePersonName[id]
  }

  /// True when name `id` (`Grouping.names`) is taken as a person's.
  func isPerson(_ id: Int) -> Bool { id >= 0 && id < isPersonName.count && isPersonName[id] }

  /// Cues that a name is of a place or an institution.
  private static let otherCues: KindCues = [
    .placePreposition, .headAfter, .placeNoun, .side, .partOfPlace, .ownedByCountry, .source,
    .organization,
    .statedName,
    .afterArticle,
  ]

  /// Articles and adjectives that open place names, never persons' ("Los", "New").
  private static let placeOpeners: Set<String> = ["los", "las", "el", "new", "old", "great"]
}
