import Base
import Corpus

/// Turns profiles and the mentions the matcher found into finished entities: the best
/// defining sentence, related entities, attributed quotations, outlets and dates.
///
/// What depends on one document (where its mentions sit, who its quotations are by) is read on
/// every core, document by document; what depends on one entity (definition, outlets, days) on
/// every core, entity by entity; only dealing mentions out to entities, relations and keys are
/// serial, and they touch each item once.
struct EntityAssembler: Sendable {
  let corpus: Corpus
  let facts: [DocumentFacts]
  let grouping: Grouping
  let profiles: [EntityProfile]
  /// The matcher's finds in each document, in order.
  let documentMatches: DocumentMatches
  /// Where each document's cleaned candidates start in `grouping.candidates` (corpus order), and
  /// one more entry for the end.
  let candidateStartOfDocument: [Int32]
  /// Each document's outlet and date as numbers in `outletNames` and `dateTexts`, -1 for none.
  let outletOfDocument: [Int32]
  let dateOfDocument: [Int32]
  /// Each document's calendar day, read once (not through a copy of the document per mention).
  let dayOfDocument: [CalendarDate?]
  let outletNames: [String]
  let dateTexts: [String]
  /// Each person's roles, folded and singular word by word, for "the minister said".
  let roleWords: [[String]]
  /// Each entity's kind and nationality, read per mention without copying its profile.
  let kindOfEntity: [EntityKind]
  let nationalityOfEntity: [String?]
  /// Hears how many more items (documents, then entities) are finished.
  let progress: @Sendable (Int) -> Void

  /// The items `progress` counts for a corpus: each document twice (mentions, quotations),
  /// then each entity.
  static func progressItems(_ documents: Int, _ entities: Int) -> Int {
    2 * documents + entities
  }

  init(
    corpus: Corpus, facts: [DocumentFacts], grouping: Grouping, profiles: [EntityProfile],
    documentMatches: DocumentMatches, progress: @escaping @Sendable (Int) -> Void = { _ in }
  ) {
    self.corpus = corpus
    self.facts = facts
    self.grouping = grouping
    self.profiles = profiles
    self.documentMatches = documentMatches
    self.progress = progress
    let documents = corpus.documents
    var starts = [Int32](repeating: 0, count: documents.count + 1)
    for candidate in grouping.candidates where candidate.documentID < documents.count {
      starts[candidate.documentID + 1] += 1
    }
    for index in 1..<starts.count { starts[index] += starts[index - 1] }
    candidateStartOfDocument = starts
    var outlets = InternTable()
    var dates = InternTable()
    outletOfDocument = documents.map { $0.outlet.map { outlets.intern($0) } ?? -1 }
    dateOfDocument = documents.map { $0.date.map { dates.intern($0) } ?? -1 }
    dayOfDocument = documents.map(\.calendarDate)
    outletNames = outlets.strings
    dateTexts = dates.strings
    kindOfEntity = profiles.map(\.kind)
    nationalityOfEntity = profiles.map(\.nationality)
    roleWords = Parallel.map(profiles.count) { id in
      guard profiles[id].isPerson else { return [] }
      let roles = profiles[id].roles.map { NameKey.normalize($0) }.joined(separator: " ")
      return roles.split(separator: " ").map { VariantKey.singular(String($0)) }
    }
  }

  func entities() -> [Entity] {
    // Relations, kinds and keys are mostly loops on one core: they are made on a thread of
    // their own while mentions and quotations, which need none of them, take the cores.
    let pending = Parallel.start { self.relationsKindsAndKeys() }
    let mentions = self.mentions()
    let quotations = self.quotations()
    let (relations, finalKinds, finalKeys) = pending.value
    return Parallel.map(profiles.count) { id in
      defer { progress(1) }
      let entityMentions = mentions[id]
      var outlets: [String] = []
      var dates: [String] = []
      var seenOutlets: Set<Int32> = []
      var seenDates: Set<Int32> = []
      var lastDocument = -1
      var firstSeen: CalendarDate?
      var lastSeen: CalendarDate?
      for mention in entityMentions where !mention.isBoilerplate {
        // Mentions are in document order: one look per document.
        let documentID = mention.documentID
        guard documentID != lastDocument else { continue }
        lastDocument = documentID
        let outlet = outletOfDocument[documentID]
        if outlet >= 0, seenOutlets.insert(outlet).inserted {
          outlets.append(outletNames[Int(outlet)])
        }
        let date = dateOfDocument[documentID]
        if date >= 0, seenDates.insert(date).inserted { dates.append(dateTexts[Int(date)]) }
        if let day = dayOfDocument[documentID] {
          firstSeen = min(firstSeen ?? day, day)
          lastSeen = max(lastSeen ?? day, day)
        }
      }
      return Entity(
        id: id, key: finalKeys[id], name: profiles[id].name,
        usedBy: profiles[id].usedBy, nameSource: profiles[id].nameSource, kind: finalKinds[id],
        aliases: profiles[id].aliases, roles: profiles[id].roles,
        nationality: profiles[id].nationality,
        definition: definition(of: id, mentions: entityMentions),
        glossaryDefinition: profiles[id].glossaryDefinition, mentions: entityMentions,
        related: relations[id] ?? [], quotations: quotations[id] ?? [], outlets: outlets,
        dates: dates, firstSeen: firstSeen, lastSeen: lastSeen)
    }
  }

  /// The relations, then each entity's kind (which its relations may change) and its key, in
  /// order (keys must be unique).
  private func relationsKindsAndKeys() -> (
    relations: [Int: [Relation]], kinds: [EntityKind], keys: [String]
  ) {
    let relations = self.relations()
    var usedKeys: Set<String> = []
    var nextSuffix: [String: Int] = [:]
    var kinds: [EntityKind] = []
    var keys: [String] = []
    for (id, profile) in profiles.enumerated() {
      var kind = profile.kind
      if kind == .other,
        (relations[id] ?? []).contains(where: {
          kindOfEntity[$0.entityID] == .place && ($0.kind == .whole || $0.kind == .part)
        })
      {
        kind = .place  // A part of a place, or the whole of places, is a place.
      }
      if kind == .other, (relations[id] ?? []).contains(where: { $0.kind == .member }) {
        kind = .organization  // What has members is an organization.
      }
      kinds.append(kind)
      keys.append(uniqueKey(kind, profile.name, &usedKeys, &nextSuffix))
    }
    return (relations, kinds, keys)
  }

  // MARK: - Mentions

  /// Each entity's mentions, in corpus order: whether each sits in page furniture is read per
  /// document on every core, then the mentions are dealt out to their entities.
  private func mentions() -> [[Mention]] {
    let documents = corpus.documents
    let matches = documentMatches
    let boilerplate = Parallel.map(documents.count) { documentID -> [Bool] in
      defer { progress(1) }
      let blocks = documents[documentID].blocks
      // Matches are in text order: walk the blocks alongside them.
      var block = 0
      return matches[documentID].map { match in
        let offset = match.byteRange.lowerBound
        while block < blocks.count && blocks[block].byteRange.upperBound <= offset { block += 1 }
        guard block < blocks.count, blocks[block].byteRange.contains(offset) else {
          return documents[documentID].blockIndex(containing: offset).map {
            blocks[$0].kind.isBoilerplate
          } ?? false
        }
        return blocks[block].kind.isBoilerplate
      }
    }
    // Each core deals out the mentions of its own range of entities, reading every match.
    var mentions = [[Mention]](repeating: [], count: profiles.count)
    Parallel.updateRanges(&mentions) { entities, lists in
      var counts = [Int](repeating: 0, count: entities.count)
      for documentMatches in matches {
        for match in documentMatches where entities.contains(match.entityID) {
          counts[match.entityID - entities.lowerBound] += 1
        }
      }
      for slot in lists.indices { lists[slot].reserveCapacity(counts[slot]) }
      for (documentID, documentMatches) in matches.enumerated() {
        let flags = boilerplate[documentID]
        for (index, match) in documentMatches.enumerated() where entities.contains(match.entityID) {
          lists[match.entityID - entities.lowerBound].append(
            Mention(documentID: documentID, byteRange: match.byteRange, isBoilerplate: flags[index])
          )
        }
      }
    }
    return mentions
  }

  // MARK: - Keys

  /// The entity's key: its kind and slug, with "-2", "-3"… after it when taken. `nextSuffix`
  /// remembers, per slug, the suffix after the last one given: every suffix below it is taken
  /// already (keys are never freed), so a thousand entities of one name cost a thousand tries,
  /// not half a million.
  private func uniqueKey(
    _ kind: EntityKind, _ name: String, _ used: inout Set<String>,
    _ nextSuffix: inout [String: Int]
  ) -> String {
    let base = kind.rawValue + "/" + Self.slug(name)
    if used.insert(base).inserted { return base }
    var counter = nextSuffix[base] ?? 2
    var key = base + "-\(counter)"
    while !used.insert(key).inserted {
      counter += 1
      key = base + "-\(counter)"
    }
    nextSuffix[base] = counter + 1
    return key
  }

  /// "Sergei Lavrov" → "sergei-lavrov"; "U.S." → "u-s".
  static func slug(_ name: String) -> String {
    var slug = ""
    for scalar in NameKey.normalize(name).unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "entity" : slug
  }

  // MARK: - Definitions

  /// The sentence that best defines an entity: an alias statement (5), a titled introduction
  /// (4), a role noun or a part statement (3), any other mention in the story (1); the earliest
  /// among equals.
  private func definition(of id: Int, mentions: [Mention]) -> SentenceRef? {
    var best: (score: Int, documentID: Int, sentence: Int)?
    func offer(_ score: Int, _ documentID: Int, _ sentence: Int) {
      if let current = best {
        if score < current.score { return }
        if score == current.score
          && (documentID, sentence) >= (current.documentID, current.sentence)
        {
          return
        }
      }
      best = (score, documentID, sentence)
    }
    // Gathered first in a loop of independent loads: the candidates lie scattered.
    let candidates = profiles[id].candidateIndices.map { grouping.candidates[Int($0)] }
    for candidate in candidates {
      var score = 1
      if candidate.cues.contains(.statedName) {
        score = 5
      } else if candidate.hasRole {
        score = 4
      } else if candidate.cues.contains(.personStrong) {
        score = 3
      }
      offer(score, candidate.documentID, candidate.sentenceIndex)
    }
    if let best, let ref = ProfileReader.sentenceRef(corpus, best.documentID, best.sentence) {
      return ref
    }
    // A glossary entry the text never introduces: its first mention in a story.
    guard let first = mentions.first(where: { !$0.isBoilerplate }) ?? mentions.first else {
      return nil
    }
    let document = corpus.documents[first.documentID]
    guard let sentence = document.sentenceIndex(containing: first.byteRange.lowerBound) else {
      return nil
    }
    return SentenceRef(
      documentID: first.documentID, byteRange: document.sentences[sentence].byteRange)
  }

  // MARK: - Relations

  private func relations() -> [Int: [Relation]] {
    var relations: [Int: [Relation]] = [:]
    // Which entity already relates to which, so that a whole with thousands of parts is not
    // read through for each new link.
    var related: Set<UInt64> = []
    func pair(_ from: Int, _ to: Int) -> UInt64 {
      UInt64(UInt32(truncatingIfNeeded: from)) << 32 | UInt64(UInt32(truncatingIfNeeded: to))
    }
    func linkPair(whole: Int, part: Int, membership: Bool, source: SentenceRef?) {
      guard whole != part else { return }
      let down = Relation(entityID: part, kind: membership ? .member : .part, source: source)
      let up = Relation(entityID: whole, kind: membership ? .memberOf : .whole, source: source)
      if related.insert(pair(whole, part)).inserted {
        relations[whole, default: []].append(down)
      }
      if related.insert(pair(part, whole)).inserted {
        relations[part, default: []].append(up)
      }
    }
    // What each document's statements link, read on every core, then linked in corpus order.
    // Whether a part names a country is read once per entity named as a part (not once per
    // statement that names it: a country may be listed in thousands).
    let partsOfDocument = Parallel.map(facts.count) { index in
      facts[index].partStatements.flatMap { statement in
        statement.parts.compactMap { group(facts[index].documentID, $0) }
      }
    }
    var namesACountry = [Bool](repeating: false, count: profiles.count)
    var read = [Bool](repeating: false, count: profiles.count)
    for parts in partsOfDocument {
      for id in parts where !read[id] {
        read[id] = true
        namesACountry[id] = profiles[id].surfaces.contains {
          Countries.byName[NameKey.normalize($0)] != nil
        }
      }
    }
    let countries = namesACountry
    let linksOfDocument = Parallel.map(facts.count) { index in
      statedLinks(in: facts[index], namesACountry: countries)
    }
    for links in linksOfDocument {
      for link in links {
        linkPair(
          whole: link.whole, part: link.part, membership: link.membership, source: link.source)
      }
    }
    // A compass-narrowed name is part of the wider one ("Southern Kurils" of "Kuril Islands").
    var groupOfKey: [String: Int] = [:]
    for (id, profile) in profiles.enumerated() where profile.kind == .place {
      for name in profile.surfaces {
        groupOfKey[VariantKey.of(NameKey.tokens(name))] =
          groupOfKey[VariantKey.of(NameKey.tokens(name))] ?? id
      }
    }
    for (id, profile) in profiles.enumerated() where profile.kind == .place {
      for name in profile.surfaces {
        guard let split = VariantKey.compassSplit(VariantKey.of(NameKey.tokens(name))),
          let wider = groupOfKey[split.rest], wider != id
        else { continue }
        linkPair(whole: wider, part: id, membership: false, source: nil)
      }
    }
    return relations
  }

  /// A whole and one of its parts or members, as a statement of the corpus gives them.
  private struct StatedLink {
    let whole: Int
    let part: Int
    let membership: Bool
    let source: SentenceRef?
  }

  /// The wholes and parts that the alias and part statements of one document state, in order.
  private func statedLinks(in fact: DocumentFacts, namesACountry: [Bool]) -> [StatedLink] {
    var links: [StatedLink] = []
    for statement in fact.aliasStatements where !statement.listedParts.isEmpty {
      guard let whole = statement.names.lazy.compactMap({ self.group(fact.documentID, $0) }).first
      else { continue }
      let source = ProfileReader.sentenceRef(corpus, fact.documentID, statement.sentenceIndex)
      for part in statement.listedParts {
        if let found = group(fact.documentID, part) {
          links.append(StatedLink(whole: whole, part: found, membership: false, source: source))
        }
      }
    }
    for statement in fact.partStatements {
      guard let whole = resolveWhole(statement, in: fact) else { continue }
      let source = ProfileReader.sentenceRef(corpus, fact.documentID, statement.sentenceIndex)
      let parts = statement.parts.compactMap { group(fact.documentID, $0) }
      // Countries and institutions are members of what groups them, not parts of it.
      let membership =
        statement.isMembership
        || parts.allSatisfy { id in kindOfEntity[id] == .organization || namesACountry[id] }
      for part in parts {
        links.append(StatedLink(whole: whole, part: part, membership: membership, source: source))
      }
    }
    return links
  }

  private func group(_ documentID: Int, _ name: StatedName) -> Int? {
    grouping.group(documentID: documentID, name)
  }

  /// The entity a part statement's whole refers to.
  private func resolveWhole(_ statement: PartStatement, in fact: DocumentFacts) -> Int? {
    switch statement.whole {
    case .name(let name):
      return group(fact.documentID, name)
    case .antecedent(let noun):
      // "the four islands": what this document last called "the islands" in an alias
      // statement, else the last name it gave whose head is that noun ("… Islands").
      let family = Self.headFamily(noun)
      let introduced = fact.aliasStatements.last { earlier in
        earlier.sentenceIndex <= statement.sentenceIndex
          && Self.headFamily(earlier.antecedentNoun ?? "") == family
      }
      if let introduced,
        let found = introduced.names.lazy.compactMap({ self.group(fact.documentID, $0) }).first
      {
        return found
      }
      guard fact.documentID + 1 < candidateStartOfDocument.count else { return nil }
      let inDocument =
        Int(
          candidateStartOfDocument[fact.documentID])..<Int(
          candidateStartOfDocument[fact.documentID + 1])
      let named = inDocument.last { index in
        let candidate = grouping.candidates[index]
        let words = grouping.name(of: index).words
        return candidate.sentenceIndex <= statement.sentenceIndex && words.count > 1
          && words.last.map(Self.headFamily) == family
      }
      return named.flatMap { grouping.group(ofCandidate: $0) }
    }
  }

  /// A head noun and its kin, as one key: "islands", "island", "isles", "islets" → "island".
  static func headFamily(_ noun: String) -> String {
    let singular = VariantKey.singular(noun)
    switch singular {
    case "island", "isle", "islet", "islas", "isla", "islands", "isles", "islets": return "island"
    default: return singular
    }
  }

  // MARK: - Quotations

  /// Each person's quotations: every document's attributions are resolved on every core.
  private func quotations() -> [Int: [Quotation]] {
    let perDocument = Parallel.map(facts.count) { index -> [(speaker: Int, Quotation)] in
      defer { progress(1) }
      return quotations(in: facts[index])
    }
    var byEntity: [Int: [Quotation]] = [:]
    for found in perDocument {
      for (speaker, quotation) in found { byEntity[speaker, default: []].append(quotation) }
    }
    return byEntity
  }

  private func quotations(in fact: DocumentFacts) -> [(speaker: Int, Quotation)] {
    guard !fact.quotations.isEmpty else { return [] }
    let document = corpus.documents[fact.documentID]
    let people = documentMatches[fact.documentID].filter {
      $0.entityID < kindOfEntity.count && kindOfEntity[$0.entityID] == .person
    }
    // The first person named in each sentence: the likely subject a later "he" refers to.
    var subjects: [StoredMatch] = []
    var lastSentence = -1
    for mention in people {
      let sentence = document.sentenceIndex(containing: mention.byteRange.lowerBound) ?? -1
      if sentence != lastSentence { subjects.append(mention) }
      lastSentence = sentence
    }
    var found: [(speaker: Int, Quotation)] = []
    var lastSpeaker: (entityID: Int, sentence: Int)?
    for quotation in fact.quotations {
      let context = SpeakerContext(
        people: people, subjects: subjects,
        recentSpeaker: lastSpeaker.flatMap {
          quotation.sentenceIndex - $0.sentence <= 3 ? $0.entityID : nil
        })
      // A plain loop: a lazy map's closure would copy the whole assembler per quotation.
      var resolved: Int?
      for reference in quotation.speakers {
        resolved = resolve(reference, context)
        if resolved != nil { break }
      }
      guard let speaker = resolved,
        let source = ProfileReader.sentenceRef(corpus, fact.documentID, quotation.sentenceIndex)
      else { continue }
      lastSpeaker = (speaker, quotation.sentenceIndex)
      found.append(
        (
          speaker,
          Quotation(
            text: document.text[quotation.byteRange], source: source,
            byteRange: quotation.byteRange)
        ))
    }
    return found
  }

  /// What a quotation's attribution is resolved against, in one document.
  private struct SpeakerContext {
    /// Every mention of a person, in order.
    let people: [StoredMatch]
    /// The first person mention of each sentence.
    let subjects: [StoredMatch]
    /// Who spoke the previous quotation, when it was a few sentences back.
    let recentSpeaker: Int?
  }

  private func resolve(_ speaker: SpeakerReference, _ context: SpeakerContext) -> Int? {
    let people = context.people
    func latest(before offset: Int, where accept: (Int) -> Bool = { _ in true }) -> Int? {
      people.last { $0.byteRange.lowerBound < offset && accept($0.entityID) }?.entityID
    }
    switch speaker {
    case .name(let range):
      return people.first { $0.byteRange.overlaps(range) }?.entityID
    case .pronoun(let offset):
      // "“…,” he said" continues the last speaker, else the last sentence's subject.
      return context.recentSpeaker
        ?? context.subjects.last { $0.byteRange.lowerBound < offset }?.entityID
    case .subject(let range, let orPrevious):
      if let inside = people.first(where: { range.contains($0.byteRange.lowerBound) }) {
        return inside.entityID
      }
      return orPrevious ? latest(before: range.lowerBound) : nil
    case .description(let words, let nationality, let offset):
      let wanted = words.map(VariantKey.singular)
      let byRole = latest(before: offset) { id in
        wanted.contains { word in roleWords[id].contains(word) }
      }
      if let byRole { return byRole }
      if let nationality {
        return latest(before: offset) { nationalityOfEntity[$0] == nationality }
      }
      return nil
    }
  }
}
