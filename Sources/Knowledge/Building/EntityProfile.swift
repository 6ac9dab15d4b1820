import Corpus

/// One entity's names, kind and roles, read off its group of candidates before mentions are
/// collected.
struct EntityProfile: Sendable {
  var name: String
  var usedBy: [String]
  var nameSource: SentenceRef?
  var kind: EntityKind
  var aliases: [Alias]
  var roles: [String]
  var nationality: String?
  /// A person's surname alone, when it names only this person ("Lavrov").
  var loneName: String?
  /// A person's surname alone when other people share it.
  var sharedLoneName: String?
  var glossaryDefinition: String?
  var candidateIndices: [Int]
  var isPerson: Bool { kind == .person }

  /// Every name the matcher should find for this entity.
  var surfaces: [String] { [name] + aliases.map(\.name) }
}

/// What the group's candidates and the statements say of each name of one entity.
private struct NameTally {
  var displays: [String: Int] = [:]
  /// Where each display spelling was first seen, to break ties by the earliest.
  var displayFirst: [String: Int] = [:]
  /// The same two by spelling id, while one distinct name's candidates are counted.
  var displayCounts: [Int32: Int] = [:]
  var displayFirstByID: [Int32: Int] = [:]
  var count = 0
  var titledCount = 0
  var first = Int.max
  var usedBy: [String] = []
  var source: SentenceRef?
  var isFullName = false

  var display: String {
    let ranked = displays.sorted { lhs, rhs in
      let lhsShouts = lhs.key.uppercased() == lhs.key && lhs.key.lowercased() != lhs.key
      let rhsShouts = rhs.key.uppercased() == rhs.key && rhs.key.lowercased() != rhs.key
      if lhsShouts != rhsShouts { return !lhsShouts }
      if lhs.value != rhs.value { return lhs.value > rhs.value }
      let lhsFirst = displayFirst[lhs.key] ?? Int.max
      let rhsFirst = displayFirst[rhs.key] ?? Int.max
      if lhsFirst != rhsFirst { return lhsFirst < rhsFirst }
      return lhs.key < rhs.key
    }
    return ranked.first?.key ?? ""
  }
}

/// Reads each group of a `Grouping` into an `EntityProfile`.
enum ProfileReader {
  static func profiles(_ grouping: Grouping, facts: [DocumentFacts], corpus: Corpus)
    -> [EntityProfile]
  {
    // Who uses which name, and the sentence that says so, from every alias statement.
    var statedNames:
      [Int: [(folded: String, surface: String, usedBy: [String], source: SentenceRef)]] =
        [:]
    for fact in facts {
      for statement in fact.aliasStatements {
        let source = sentenceRef(corpus, statement.documentID, statement.sentenceIndex)
        for name in statement.names {
          guard let group = grouping.group(documentID: statement.documentID, name), let source
          else { continue }
          let folded = EntityGrouper.joinedName(NameKey.tokens(name.surface))
          statedNames[group, default: []].append((folded, name.surface, name.usedBy, source))
        }
      }
    }
    let stated = statedNames
    // Each group's profile depends on that group alone: read them on every core.
    var profiles = Parallel.map(grouping.groups.count) { group in
      profile(
        group, grouping, stated: stated[group] ?? [], glossary: grouping.glossaryOfGroup[group])
    }
    nameSidesAsTheCorpusDoes(&profiles)
    return profiles
  }

  /// Writes each side that is a country the way the corpus names that country: "the British"
  /// and "United Kingdom" become "Britain" when the corpus calls it Britain, so one side reads
  /// the same on every name.
  private static func nameSidesAsTheCorpusDoes(_ profiles: inout [EntityProfile]) {
    var nameOfCountry: [String: String] = [:]
    for profile in profiles where profile.kind == .place {
      for surface in profile.surfaces {
        if let country = Countries.byName[NameKey.normalize(surface)],
          nameOfCountry[country.name] == nil
        {
          nameOfCountry[country.name] = profile.name
        }
      }
    }
    func side(_ written: String) -> String {
      var folded = NameKey.normalize(written)
      if folded.hasPrefix("the ") { folded.removeFirst(4) }
      guard let country = Countries.byName[folded] ?? Countries.byDemonym[folded] else {
        return written
      }
      return nameOfCountry[country.name] ?? country.name
    }
    func sides(_ list: [String]) -> [String] {
      var result: [String] = []
      for item in list.map(side) where !result.contains(item) { result.append(item) }
      return result
    }
    for index in profiles.indices {
      profiles[index].usedBy = sides(profiles[index].usedBy)
      profiles[index].aliases = profiles[index].aliases.map {
        Alias(name: $0.name, usedBy: sides($0.usedBy), source: $0.source)
      }
    }
  }

  static func sentenceRef(_ corpus: Corpus, _ documentID: Int, _ sentenceIndex: Int) -> SentenceRef?
  {
    guard documentID >= 0, documentID < corpus.documents.count else { return nil }
    let sentences = corpus.documents[documentID].sentences
    guard sentenceIndex >= 0, sentenceIndex < sentences.count else { return nil }
    return SentenceRef(documentID: documentID, byteRange: sentences[sentenceIndex].byteRange)
  }

  private static func profile(
    _ group: Int, _ grouping: Grouping,
    stated: [(folded: String, surface: String, usedBy: [String], source: SentenceRef)],
    glossary: [Glossary.Entry]
  ) -> EntityProfile {
    let isPerson = grouping.personOfGroup[group] != nil
    var roleCounts: [String: Int] = [:]
    var roleOrder: [String] = []
    var nationalityCounts: [String: Int] = [:]
    // Tally by distinct name first (an integer key), then by folded name.
    var byName: [Int32: NameTally] = [:]
    for index in grouping.groups[group] {
      let candidate = grouping.candidates[index]
      let nameID = grouping.nameOfCandidate[index]
      var tally = byName[nameID] ?? NameTally()
      let display = grouping.displayOfCandidate[index]
      if tally.displayCounts[display] == nil { tally.displayFirstByID[display] = index }
      tally.displayCounts[display, default: 0] += 1
      tally.count += 1
      if candidate.role != nil { tally.titledCount += 1 }
      tally.first = min(tally.first, index)
      byName[nameID] = tally
      if let role = candidate.role {
        if roleCounts[role] == nil { roleOrder.append(role) }
        roleCounts[role, default: 0] += 1
      }
      if let nationality = candidate.nationality { nationalityCounts[nationality, default: 0] += 1 }
    }
    var tallies: [String: NameTally] = [:]
    for (nameID, partial) in byName {
      let name = grouping.names[Int(nameID)]
      var tally = tallies[name.joined] ?? NameTally()
      for (display, count) in partial.displayCounts {
        tally.displays[grouping.displays[Int(display)], default: 0] += count
      }
      for (display, first) in partial.displayFirstByID {
        let text = grouping.displays[Int(display)]
        tally.displayFirst[text] = min(tally.displayFirst[text] ?? Int.max, first)
      }
      tally.count += partial.count
      tally.titledCount += partial.titledCount
      tally.first = min(tally.first, partial.first)
      tally.isFullName = name.parts.count >= 2
      tallies[name.joined] = tally
    }
    var order = 0
    for name in stated {
      var tally = tallies[name.folded] ?? NameTally()
      if tally.displays.isEmpty {
        tally.displays[name.surface] = 1
        tally.first = Int.max - 1_000_000 + order
        order += 1
      }
      for side in name.usedBy where !tally.usedBy.contains(side) { tally.usedBy.append(side) }
      if tally.source == nil { tally.source = name.source }
      tallies[name.folded] = tally
    }
    for entry in glossary {
      for name in entry.allNames {
        let folded = EntityGrouper.joinedName(NameKey.tokens(name.name))
        var tally = tallies[folded] ?? NameTally()
        if tally.displays.isEmpty {
          tally.displays[name.name] = 1
          tally.first = Int.max - 1000 + order
          order += 1
        }
        for side in name.usedBy ?? [] where !tally.usedBy.contains(side) {
          tally.usedBy.append(side)
        }
        tallies[folded] = tally
      }
    }
    let ranked = tallies.sorted { lhs, rhs in
      if isPerson && lhs.value.isFullName != rhs.value.isFullName { return lhs.value.isFullName }
      if isPerson && lhs.value.titledCount != rhs.value.titledCount {
        return lhs.value.titledCount > rhs.value.titledCount
      }
      if lhs.value.count != rhs.value.count { return lhs.value.count > rhs.value.count }
      if lhs.value.first != rhs.value.first { return lhs.value.first < rhs.value.first }
      return lhs.key < rhs.key
    }
    var canonical = ranked.first.map { ($0.key, $0.value) } ?? ("", NameTally())
    if let glossaryName = glossary.first?.name, grouping.groups[group].isEmpty {
      let folded = EntityGrouper.joinedName(NameKey.tokens(glossaryName))
      if let tally = tallies[folded] { canonical = (folded, tally) }
    }
    var aliases: [Alias] = []
    for (folded, tally) in ranked where folded != canonical.0 {
      aliases.append(Alias(name: tally.display, usedBy: tally.usedBy, source: tally.source))
    }
    var loneName: String?
    var sharedLoneName: String?
    if isPerson, let person = grouping.personOfGroup[group] {
      let surname = grouping.people.people[person].surname
      let display = canonical.1.display
      let lastWord = display.split(separator: " ").last.map(String.init) ?? display
      if NameKey.normalize(lastWord) == surname && canonical.0 != surname {
        if grouping.people.isAmbiguous(word: surname) {
          sharedLoneName = lastWord
        } else {
          loneName = lastWord
        }
      }
      aliases.removeAll { NameKey.normalize($0.name) == surname }
      if let loneName { aliases.append(Alias(name: loneName)) }
    }
    let roles = roleOrder.sorted { (roleCounts[$0] ?? 0) > (roleCounts[$1] ?? 0) }
    let nationality = nationalityCounts.max { lhs, rhs in
      lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
    }?.key
    var profile = EntityProfile(
      name: canonical.1.display, usedBy: canonical.1.usedBy, nameSource: canonical.1.source,
      kind: .other, aliases: aliases,
      roles: roles, nationality: isPerson ? nationality : nil, loneName: loneName,
      sharedLoneName: sharedLoneName,
      glossaryDefinition: glossary.compactMap(\.definition).first,
      candidateIndices: grouping.groups[group])
    profile.kind =
      isPerson
      ? .person
      : (glossary.compactMap(\.entityKind).first
        ?? KindDecider.kind(
          of: profile, candidates: grouping.groups[group].map { grouping.candidates[$0] },
          isAcronym: grouping.groups[group].contains {
            grouping.candidates[$0].hasUpperWord && grouping.name(of: $0).words.count == 1
          }))
    return profile
  }
}
