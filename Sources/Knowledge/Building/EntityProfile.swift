import Base
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
  /// The group's candidates (`Grouping.candidates`), in corpus order.
  var candidateIndices: [Int32]
  var isPerson: Bool { kind == .person }

  /// Every name the matcher should find for this entity.
  var surfaces: [String] { [name] + aliases.map(\.name) }
}

/// What the group's candidates and the statements say of each name of one entity.
private struct NameTally {
  var displays: [String: Int] = [:]
  /// Where each display spelling was first seen, to break ties by the earliest.
  var displayFirst: [String: Int] = [:]
  var count = 0
  var titledCount = 0
  var first = Int.max
  var usedBy: [String] = []
  var source: SentenceRef?
  var language: String?
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
  /// A name an alias statement gives a group: folded, as written, who uses it, and where.
  typealias StatedNameUse = (
    folded: String, surface: String, usedBy: [String], language: String?, source: SentenceRef
  )

  static func profiles(_ grouping: Grouping, facts: [DocumentFacts], corpus: Corpus)
    -> [EntityProfile]
  {
    // Who uses which name, and the sentence that says so, from every alias statement.
    // Read per document on every core, gathered in corpus order.
    let statedOfDocument = Parallel.map(facts.count) { index in
      var found: [(group: Int, name: StatedNameUse)] = []
      for statement in facts[index].aliasStatements {
        let source = sentenceRef(corpus, statement.documentID, statement.sentenceIndex)
        for name in statement.names {
          guard let group = grouping.group(documentID: statement.documentID, name), let source
          else { continue }
          let folded = EntityGrouper.joinedName(NameKey.tokens(name.surface))
          found.append((group, (folded, name.surface, name.usedBy, name.language, source)))
        }
      }
      return found
    }
    var statedNames = [[StatedNameUse]](repeating: [], count: grouping.groups.count)
    for found in statedOfDocument {
      for (group, name) in found where group < statedNames.count {
        statedNames[group].append(name)
      }
    }
    let stated = statedNames
    // Each group's profile depends on that group alone: read them on every core.
    var profiles = Parallel.map(grouping.groups.count) { group in
      profile(
        group, grouping, stated: stated[group], glossary: grouping.glossaryOfGroup[group])
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
    // Each profile on its own: on every core.
    let names = nameOfCountry
    _ = Parallel.updateChunks(&profiles) { chunk in
      for index in chunk.indices {
        chunk[index].usedBy = sides(chunk[index].usedBy, names)
        chunk[index].aliases = chunk[index].aliases.map {
          Alias(
            name: $0.name, usedBy: sides($0.usedBy, names), source: $0.source,
            language: $0.language)
        }
      }
    }
  }

  /// Each side of `list` written as the corpus names its country (`nameOfCountry`), once each.
  private static func sides(_ list: [String], _ nameOfCountry: [String: String]) -> [String] {
    func side(_ written: String) -> String {
      var folded = NameKey.normalize(written)
      if folded.hasPrefix("the ") { folded.removeFirst(4) }
      guard let country = Countries.byName[folded] ?? Countries.byDemonym[folded] else {
        return written
      }
      return nameOfCountry[country.name] ?? country.name
    }
    var result: [String] = []
    for item in list.map(side) where !result.contains(item) { result.append(item) }
    return result
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
    stated: [StatedNameUse],
    glossary: [Glossary.Entry]
  ) -> EntityProfile {
    let isPerson = grouping.personOfGroup[group] != nil
    let members = grouping.groups[group]
    // Tally by distinct name and spelling first (integer keys), then by folded name.
    var slotOfName: [Int32: Int] = [:]
    var byName: [(name: Int32, count: Int, titledCount: Int, first: Int)] = []
    var byDisplay: [Int: (count: Int, first: Int)] = [:]
    var roleCounts: [Int32: Int] = [:]
    var roleOrder: [Int32] = []
    var nationalityCounts: [Int32: Int] = [:]
    var cues: KindCues = []
    var placeCount = 0
    var speakerCount = 0
    var organizationCount = 0
    var isAcronym = false
    var lastName: Int32 = -1
    var lastSlot = 0
    // A group's candidates lie scattered over the corpus's list: gathered first in a loop of
    // independent loads (the memory system fetches many at once), then read.
    let gathered = members.map { grouping.candidates[Int($0)] }
    let gatheredDisplays = members.map { grouping.displayOfCandidate[Int($0)] }
    for (position, member) in members.enumerated() {
      let index = Int(member)
      let candidate = gathered[position]
      let slot: Int
      if candidate.name == lastName {
        slot = lastSlot
      } else if let known = slotOfName[candidate.name] {
        slot = known
      } else {
        slot = byName.count
        slotOfName[candidate.name] = slot
        byName.append((candidate.name, 0, 0, index))
      }
      lastName = candidate.name
      lastSlot = slot
      byName[slot].count += 1
      if candidate.hasRole { byName[slot].titledCount += 1 }
      let displayKey = slot << 32 | Int(gatheredDisplays[position])
      if let known = byDisplay[displayKey] {
        byDisplay[displayKey] = (known.count + 1, known.first)
      } else {
        byDisplay[displayKey] = (1, index)
      }
      if candidate.hasRole {
        if roleCounts[candidate.role] == nil { roleOrder.append(candidate.role) }
        roleCounts[candidate.role, default: 0] += 1
      }
      if candidate.nationality >= 0 { nationalityCounts[candidate.nationality, default: 0] += 1 }
      cues.formUnion(candidate.cues)
      if candidate.cues.contains(.placePreposition) { placeCount += 1 }
      if candidate.cues.contains(.speaker) { speakerCount += 1 }
      if candidate.cues.contains(.organization) { organizationCount += 1 }
      if candidate.hasUpperWord && grouping.names[Int(candidate.name)].words.count == 1 {
        isAcronym = true
      }
    }
    var tallies: [String: NameTally] = [:]
    for partial in byName {
      let name = grouping.names[Int(partial.name)]
      var tally = tallies[name.joined] ?? NameTally()
      tally.count += partial.count
      tally.titledCount += partial.titledCount
      tally.first = min(tally.first, partial.first)
      tally.isFullName = name.parts.count >= 2
      tallies[name.joined] = tally
    }
    for (key, display) in byDisplay {
      let name = grouping.names[Int(byName[key >> 32].name)]
      let text = grouping.displays[key & 0xFFFF_FFFF]
      tallies[name.joined, default: NameTally()].displays[text, default: 0] += display.count
      tallies[name.joined, default: NameTally()].displayFirst[text] = min(
        tallies[name.joined]?.displayFirst[text] ?? Int.max, display.first)
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
      if tally.language == nil { tally.language = name.language }
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
      aliases.append(
        Alias(
          name: tally.display, usedBy: tally.usedBy, source: tally.source,
          language: tally.language))
    }
    var loneName: String?
    var sharedLoneName: String?
    if isPerson, let person = grouping.personOfGroup[group] {
      let surname = grouping.people.people[person].surname
      let display = canonical.1.display
      // The surname as written: the last word, the first of "Kim Jong-un", or the last word
      // after its particle ("Tamimi" of "al-Tamimi").
      let words = display.split(separator: " ").map(String.init)
      let afterParticle = words.last?.split(separator: "-").last.map(String.init)
      // A surname that is a country's or a city's name ("Valeska Paris") is no lone name: alone,
      // "Paris" is the city in every other story. The matcher reads it as hers only where she
      // is named in full (`NameMatcher.addPlaceSurnames`).
      if !Countries.isPlaceName(surname),
        let written = [words.last, words.first, afterParticle].compactMap({ $0 }).first(where: {
          NameKey.normalize($0) == surname
        }), canonical.0 != surname
      {
        if grouping.people.isAmbiguous(word: surname) {
          sharedLoneName = written
        } else {
          loneName = written
        }
      }
      aliases.removeAll { NameKey.normalize($0.name) == surname }
      if let loneName { aliases.append(Alias(name: loneName)) }
    }
    let roles = roleOrder.sorted { (roleCounts[$0] ?? 0) > (roleCounts[$1] ?? 0) }.compactMap {
      grouping.label($0)
    }
    var nationalityByText: [String: Int] = [:]
    for (label, count) in nationalityCounts {
      if let text = grouping.label(label) { nationalityByText[text, default: 0] += count }
    }
    let nationality = nationalityByText.max { lhs, rhs in
      lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
    }?.key
    var profile = EntityProfile(
      name: canonical.1.display, usedBy: canonical.1.usedBy, nameSource: canonical.1.source,
      kind: .other, aliases: aliases,
      roles: roles, nationality: isPerson ? nationality : nil, loneName: loneName,
      sharedLoneName: sharedLoneName,
      glossaryDefinition: glossary.compactMap(\.definition).first,
      candidateIndices: members)
    profile.kind =
      isPerson
      ? .person
      : (glossary.compactMap(\.entityKind).first
        ?? KindDecider.kind(
          of: profile,
          cues: KindDecider.Cues(
            all: cues, placeCount: placeCount, speakerCount: speakerCount,
            organizationCount: organizationCount),
          isAcronym: isAcronym))
    return profile
  }
}
