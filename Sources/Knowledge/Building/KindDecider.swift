/// Decides an entity's kind from general cues: a country or capital is a place; the head noun
/// of a name ("Islands", "Treaty", "Ministry", "Summit"); a compass word ("Southern …"); an
/// acronym; prepositions of place before it; being one side's name for something; words of
/// business around it; speaking without being a person.
enum KindDecider {
  /// The cues of an entity's candidates, summed.
  struct Cues {
    /// Every cue any candidate has.
    var all: KindCues
    /// Candidates after a preposition of place, and next to a verb of speech.
    var placeCount: Int
    var speakerCount: Int
    /// Candidates with words of business around them ("Twitter users", "shares in X").
    var organizationCount: Int = 0
  }

  /// `isAcronym`: some candidate is one all-capital word ("ASEAN").
  static func kind(of profile: EntityProfile, cues summed: Cues, isAcronym: Bool) -> EntityKind {
    let names = profile.surfaces.map { NameKey.tokens($0) }
    for words in names {
      let joined = EntityGrouper.joinedName(words)
      if Countries.byName[joined] != nil || Countries.byCapital[joined] != nil
        || Regions.kind(of: joined) != nil || Regions.states.contains(joined)
      {
        return .place
      }
    }
    var headVotes: [EntityKind: Int] = [:]
    for words in names {
      guard let last = words.last(where: { !CommonWords.romanNumerals.contains($0) }) else {
        continue
      }
      if let kind = HeadNouns.kind(ofHead: last) {
        headVotes[kind, default: 0] += 1
      } else if let connector = words.firstIndex(where: { CommonWords.nameConnectors.contains($0) }
      ),
        connector > 0, let kind = HeadNouns.kind(ofHead: words[connector - 1])
      {
        // "Treaty of Mutual Cooperation and Security", "Special Committee on Decolonization"
        headVotes[kind, default: 0] += 1
      }
    }
    if let best = headVotes.max(by: { lhs, rhs in
      lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key.rawValue > rhs.key.rawValue
    }) {
      return best.key
    }
    if names.contains(where: {
      ($0.first).flatMap { CommonWords.compass[$0] } != nil && $0.count > 1
    }) {
      return .place
    }
    // A demonym before a region or a compass name: "the Russian Far East".
    if names.contains(where: { words in
      guard words.count > 1, let first = words.first, Countries.byDemonym[first] != nil else {
        return false
      }
      let rest = Array(words.dropFirst())
      return Regions.kind(of: EntityGrouper.joinedName(rest)) != nil
        || CommonWords.compass[rest[0]] != nil
    }) {
      return .place
    }
    if names.contains(where: { $0.count > 1 && HeadNouns.placePrefixes.contains($0[0]) }) {
      return .place  // "Mount Kenya", "Lake Chad", "Port Louis"
    }
    let cues = summed.all
    let placeCount = summed.placeCount
    let speakerCount = summed.speakerCount
    if isAcronym && placeCount == 0 { return .organization }
    if !profile.usedBy.isEmpty || profile.aliases.contains(where: { !$0.usedBy.isEmpty }) {
      return .place
    }
    if !cues.isDisjoint(with: [.side, .partOfPlace, .placeNoun]) { return .place }
    let organizationCount = summed.organizationCount
    if organizationCount > 0 && organizationCount >= placeCount { return .organization }
    if cues.contains(.source) && placeCount == 0 { return .organization }
    // Not a person, yet it speaks ("Kelvara said", "told Kelvara"): an institution.
    if speakerCount > 0 && placeCount == 0 && !cues.contains(.headAfter) { return .organization }
    if cues.contains(.ownedByCountry) && !cues.contains(.speaker)
      && names.allSatisfy({ $0.count == 1 })
    {
      return .place
    }
    if cues.contains(.headAfter) { return .place }
    if placeCount > 0 && placeCount >= speakerCount { return .place }
    return .other
  }
}
