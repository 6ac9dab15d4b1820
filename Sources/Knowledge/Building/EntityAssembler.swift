import Corpus

/// Turns profiles and the mentions the matcher found into finished entities: the best
/// defining sentence, related entities, attributed quotations, outlets and dates.
struct EntityAssembler: Sendable {
  let corpus: Corpus
  let facts: [DocumentFacts]
  let grouping: Grouping
  let profiles: [EntityProfile]
  /// The matcher's finds in each document, in order.
  let documentMatches: [[NameMatcher.RawMatch]]
  /// Where each document's cleaned candidates start in `grouping.candidates` (corpus order), and
  /// one more entry for the end.
  let candidateStartOfDocument: [Int32]
  /// Hears that one more entity is finished (for progress).
  let entityDone: @Sendable () -> Void

  init(
    corpus: Corpus, facts: [DocumentFacts], grouping: Grouping, profiles: [EntityProfile],
    documentMatches: [[NameMatcher.RawMatch]], entityDone: @escaping @Sendable () -> Void = {}
  ) {
    self.corpus = corpus
    self.facts = facts
    self.grouping = grouping
    self.profiles = profiles
    self.documentMatches = documentMatches
    self.entityDone = entityDone
    var starts = [Int32](repeating: 0, count: corpus.documents.count + 1)
    for candidate in grouping.candidates where candidate.documentID < corpus.documents.count {
      starts[candidate.documentID + 1] += 1
    }
    for index in 1..<starts.count { starts[index] += starts[index - 1] }
    candidateStartOfDocument = starts
  }

  func entities() -> [Entity] {
    let mentions = self.mentions()
    let relations = self.relations()
    let quotations = self.quotations()
    // Kinds and keys first, in order (keys must be unique); the rest on every core.
    var usedKeys: Set<String> = []
    var kinds: [EntityKind] = []
    var keys: [String] = []
    for (id, profile) in profiles.enumerated() {
      var kind = profile.kind
      if kind == .other,
        (relations[id] ?? []).contains(where: {
          profiles[$0.entityID].kind == .place && ($0.kind == .whole || $0.kind == .part)
        })
      {
        kind = .place  // A part of a place, or the whole of places, is a place.
      }
      if kind == .other, (relations[id] ?? []).contains(where: { $0.kind == .member }) {
        kind = .organization  // What has members is an organization.
      }
      kinds.append(kind)
      keys.append(uniqueKey(kind, profile.name, &usedKeys))
    }
    let allMentions = mentions
    let finalKinds = kinds
    let finalKeys = keys
    return Parallel.map(profiles.count) { id in
      defer { entityDone() }
      let profile = profiles[id]
      let entityMentions = allMentions[id]
      var outlets: [String] = []
      var dates: [String] = []
      var seenOutlets: Set<String> = []
      var seenDates: Set<String> = []
      var lastDocument = -1
      var firstSeen: CalendarDate?
      var lastSeen: CalendarDate?
      for mention in entityMentions where !mention.isBoilerplate {
        // Mentions are in document order: one look per document.
        guard mention.documentID != lastDocument else { continue }
        lastDocument = mention.documentID
        let document = corpus.documents[mention.documentID]
        if let outlet = document.outlet, seenOutlets.insert(outlet).inserted {
          outlets.append(outlet)
        }
        if let date = document.date, seenDates.insert(date).inserted { dates.append(date) }
        if let day = document.calendarDate {
          firstSeen = min(firstSeen ?? day, day)
          lastSeen = max(lastSeen ?? day, day)
        }
      }
      return Entity(
        id: id, key: finalKeys[id], name: profile.name,
        usedBy: profile.usedBy, nameSource: profile.nameSource, kind: finalKinds[id],
        aliases: profile.aliases, roles: profile.roles,
        nationality: profile.nationality,
        definition: definition(of: id, mentions: entityMentions),
        glossaryDefinition: profile.glossaryDefinition, mentions: entityMentions,
        related: relations[id] ?? [], quotations: quotations[id] ?? [], outlets: outlets,
        dates: dates, firstSeen: firstSeen, lastSeen: lastSeen)
    }
  }

  // MARK: - Mentions

  /// Each entity's mentions, in corpus order: whether each sits in page furniture is read per
  /// document on every core, then the mentions are dealt out to their entities.
  private func mentions() -> [[Mention]] {
    let documents = corpus.documents
    let matches = documentMatches
    let boilerplate = Parallel.map(documents.count) { documentID -> [Bool] in
      let document = documents[documentID]
      return matches[documentID].map { match in
        document.blockIndex(containing: match.byteRange.lowerBound).map {
          document.blocks[$0].kind.isBoilerplate
        } ?? false
      }
    }
    var counts = [Int](repeating: 0, count: profiles.count)
    for documentMatches in matches {
      for match in documentMatches where match.entityID < profiles.count {
        counts[match.entityID] += 1
      }
    }
    var mentions = counts.map { count -> [Mention] in
      var list: [Mention] = []
      list.reserveCapacity(count)
      return list
    }
    for (documentID, documentMatches) in matches.enumerated() {
      let flags = boilerplate[documentID]
      for (index, match) in documentMatches.enumerated() where match.entityID < profiles.count {
        mentions[match.entityID].append(
          Mention(documentID: documentID, byteRange: match.byteRange, isBoilerplate: flags[index]))
      }
    }
    return mentions
  }

  // MARK: - Keys

  private func uniqueKey(_ kind: EntityKind, _ name: String, _ used: inout Set<String>) -> String {
    let base = kind.rawValue + "/" + Self.slug(name)
    var key = base
    var counter = 2
    while !used.insert(key).inserted {
      key = base + "-\(counter)"
      counter += 1
    }
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
    for index in profiles[id].candidateIndices {
      let candidate = grouping.candidates[Int(index)]
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
    func link(whole: Int, part: Int, membership: Bool, source: SentenceRef?) {
      guard whole != part else { return }
      let down = Relation(entityID: part, kind: membership ? .member : .part, source: source)
      let up = Relation(entityID: whole, kind: membership ? .memberOf : .whole, source: source)
      if !(relations[whole] ?? []).contains(where: { $0.entityID == part }) {
        relations[whole, default: []].append(down)
      }
      if !(relations[part] ?? []).contains(where: { $0.entityID == whole }) {
        relations[part, default: []].append(up)
      }
    }
    for fact in facts {
      for statement in fact.aliasStatements where !statement.listedParts.isEmpty {
        guard let whole = statement.names.lazy.compactMap({ self.group(fact.documentID, $0) }).first
        else { continue }
        let source = ProfileReader.sentenceRef(corpus, fact.documentID, statement.sentenceIndex)
        for part in statement.listedParts {
          if let found = group(fact.documentID, part) {
            link(whole: whole, part: found, membership: false, source: source)
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
          || parts.allSatisfy { id in
            profiles[id].kind == .organization
              || profiles[id].surfaces.contains { Countries.byName[NameKey.normalize($0)] != nil }
          }
        for part in parts {
          link(whole: whole, part: part, membership: membership, source: source)
        }
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
        link(whole: wider, part: id, membership: false, source: nil)
      }
    }
    return relations
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

  private func quotations() -> [Int: [Quotation]] {
    var byEntity: [Int: [Quotation]] = [:]
    for fact in facts where !fact.quotations.isEmpty {
      let document = corpus.documents[fact.documentID]
      let people = documentMatches[fact.documentID].filter {
        $0.entityID < profiles.count && profiles[$0.entityID].isPerson
      }
      // The first person named in each sentence: the likely subject a later "he" refers to.
      var subjects: [NameMatcher.RawMatch] = []
      var lastSentence = -1
      for mention in people {
        let sentence = document.sentenceIndex(containing: mention.byteRange.lowerBound) ?? -1
        if sentence != lastSentence { subjects.append(mention) }
        lastSentence = sentence
      }
      var lastSpeaker: (entityID: Int, sentence: Int)?
      for quotation in fact.quotations {
        let context = SpeakerContext(
          people: people, subjects: subjects,
          recentSpeaker: lastSpeaker.flatMap {
            quotation.sentenceIndex - $0.sentence <= 3 ? $0.entityID : nil
          })
        guard
          let speaker = quotation.speakers.lazy.compactMap({ self.resolve($0, context) }).first,
          let source = ProfileReader.sentenceRef(corpus, fact.documentID, quotation.sentenceIndex)
        else { continue }
        lastSpeaker = (speaker, quotation.sentenceIndex)
        byEntity[speaker, default: []].append(
          Quotation(
            text: document.text[quotation.byteRange], source: source,
            byteRange: quotation.byteRange))
      }
    }
    return byEntity
  }

  /// What a quotation's attribution is resolved against, in one document.
  private struct SpeakerContext {
    /// Every mention of a person, in order.
    let people: [NameMatcher.RawMatch]
    /// The first person mention of each sentence.
    let subjects: [NameMatcher.RawMatch]
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
      let byRole = latest(before: offset) { id in
        let roles = profiles[id].roles.map { NameKey.normalize($0) }.joined(separator: " ")
        return words.contains { word in
          roles.split(separator: " ").contains {
            VariantKey.singular(String($0)) == VariantKey.singular(word)
          }
        }
      }
      if let byRole { return byRole }
      if let nationality {
        return latest(before: offset) { profiles[$0].nationality == nationality }
      }
      return nil
    }
  }
}
