/// Names of two or three plain capitalised words that nothing in the corpus marks as a place
/// or an institution: in English news such a name is a person's ("Harry Kane scored twice",
/// "said Tomas Berglund"), named in full once and by surname after.
///
/// A name is left alone when any of its occurrences has a cue of place (a preposition of
/// place, a place noun after it, a side or a name of an alias statement, a part of a place, a
/// country's possessive before it) or is cited as a source; when its first word is a place's article or
/// prefix ("Los Angeles", "New Haven", "San Marcos"); when its first word is a name of its own
/// elsewhere in the corpus ("Google Chrome"); and when it opens a longer name that ends in a
/// head noun ("Hong Kong" of "Hong Kong Island").
struct PlainNames {
  private var isPersonName: [Bool]

  init(_ candidates: [NameCandidate], _ names: [NameInfo], _ shapes: [NameShape]) {
    var marked = [Bool](repeating: false, count: names.count)
    for candidate in candidates where !candidate.cues.isDisjoint(with: Self.otherCues) {
      marked[Int(candidate.name)] = true
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
    isPersonName = names.indices.map { id in
      let name = names[id]
      let shape = shapes[id]
      guard !marked[id], shape.plainShape, (2...3).contains(shape.partCount),
        let first = name.words.first,
        // Capitals make the shape: a name in a script without case ("شط العرب") has none.
        first.unicodeScalars.first.flatMap({ Script.of($0.value) })?.isCaseless != true
      else { return false }
      return !Self.placeOpeners.contains(first) && !HeadNouns.placePrefixes.contains(first)
        && !loneWords.contains(first) && !openers.contains(name.joined)
    }
  }

  /// True when name `id` (`Grouping.names`) is taken as a person's.
  func isPerson(_ id: Int) -> Bool { id >= 0 && id < isPersonName.count && isPersonName[id] }

  /// Cues that a name is of a place or an institution.
  private static let otherCues: KindCues = [
    .placePreposition, .headAfter, .side, .partOfPlace, .ownedByCountry, .source, .statedName,
  ]

  /// Articles and adjectives that open place names, never persons' ("Los", "New").
  private static let placeOpeners: Set<String> = ["los", "las", "el", "new", "old", "great"]
}
