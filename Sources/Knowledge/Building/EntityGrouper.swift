/// Where a candidate was read: its document and bytes as the extractor gave them.
struct CandidateLocation: Hashable, Sendable {
  let documentID: Int
  let byteRange: Range<Int>
}

/// The candidates of the whole corpus sorted into groups, one group per entity.
struct Grouping: Sendable {
  /// Cleaned candidates, in corpus order.
  let candidates: [NameCandidate]
  /// The group of each candidate, nil for one that names nothing on its own.
  let groupOfCandidate: [Int?]
  /// Candidate indices of each group.
  let groups: [[Int]]
  /// The person each group stands for, if any.
  let personOfGroup: [Int?]
  /// The glossary entries merged into each group.
  let glossaryOfGroup: [[Glossary.Entry]]
  let people: PersonDirectory
  /// A cleaned candidate by where the extractor read it (alias and part statements refer to
  /// names this way).
  let candidateAt: [CandidateLocation: Int]

  func group(of location: CandidateLocation) -> Int? {
    candidateAt[location].flatMap { groupOfCandidate[$0] }
  }
}

/// Sorts every candidate name into entities: people by surname and given-name spelling;
/// other names by variant key ("Southern Kuril Islands" ~ "South Kurils"), joined by alias
/// statements, acronyms introduced beside their full names, a country's other names ("U.S." ~
/// "United States") and the user's glossary.
enum EntityGrouper {
  static func group(_ facts: [DocumentFacts], glossary: Glossary?) -> Grouping {
    let vocabulary = CorpusVocabulary(facts)
    var candidates: [NameCandidate] = []
    var candidateAt: [CandidateLocation: Int] = [:]
    var knownNames: Set<String> = []
    for fact in facts {
      for candidate in fact.candidates where !candidate.isSentenceInitial {
        knownNames.insert(joinedName(candidate.words))
      }
    }
    for fact in facts {
      for candidate in fact.candidates {
        guard
          let cleaned = CandidateCleaner.clean(
            candidate, vocabulary: vocabulary, knownNames: knownNames)
        else {
          continue
        }
        candidateAt[
          CandidateLocation(documentID: fact.documentID, byteRange: candidate.byteRange)] =
          candidates.count
        candidates.append(cleaned)
      }
    }
    var dropped = hyphenCompoundsOfKnownNames(candidates)
    dropped.formUnion(inferredDemonyms(candidates))

    // People first: a lone surname resolves against full names. A plain name whose last word
    // also stands alone elsewhere is a person named, then referred to, by surname.
    var loneWords: Set<String> = []
    for candidate in candidates where candidate.words.count == 1 {
      loneWords.insert(candidate.words[0])
    }
    var fullNames: [(words: [String], documentID: Int)] = []
    var singleNames: [(word: String, documentID: Int)] = []
    for (index, candidate) in candidates.enumerated() where !dropped.contains(index) {
      let referredBySurname =
        candidate.words.count >= 2 && isPlainName(candidate)
        && candidate.words.last.map { loneWords.contains($0) } == true
      guard isPersonCandidate(candidate) || referredBySurname else { continue }
      let parts = PersonDirectory.nameParts(candidate.words)
      if parts.count >= 2 {
        fullNames.append((candidate.words, candidate.documentID))
      } else if parts.count == 1 && candidate.isPerson {
        singleNames.append((parts[0], candidate.documentID))
      }
    }
    let people = PersonDirectory(fullNames: fullNames, singleNames: singleNames)

    var sets = UnionFind()
    var nodeOfKey: [String: Int] = [:]
    func node(_ key: String) -> Int {
      if let existing = nodeOfKey[key] { return existing }
      let created = sets.add()
      nodeOfKey[key] = created
      return created
    }
    var personOfNode: [Int: Int] = [:]
    var nodeOfCandidate = [Int?](repeating: nil, count: candidates.count)
    // Names that share initials: their acronym means a different one in each document.
    var namesOfInitials: [String: Set<String>] = [:]
    for candidate in candidates where candidate.words.count >= 2 {
      if let initials = VariantKey.initials(candidate.words) {
        namesOfInitials[initials, default: []].insert(nameKey(candidate.words))
      }
    }
    for (index, candidate) in candidates.enumerated() where !dropped.contains(index) {
      if let person = person(of: candidate, people) {
        let personNode = node("p:\(person)")
        personOfNode[personNode] = person
        nodeOfCandidate[index] = personNode
      } else if PersonDirectory.nameParts(candidate.words).count == 1
        && people.isAmbiguous(word: candidate.words[0])
      {
        continue  // A lone surname shared by several people, in a document naming neither.
      } else if let acronym = acronymLetters(candidate), (namesOfInitials[acronym]?.count ?? 0) > 1
      {
        nodeOfCandidate[index] = node("v:\(nameKey(candidate.words))#\(candidate.documentID)")
      } else {
        nodeOfCandidate[index] = node("v:" + nameKey(candidate.words))
      }
    }

    // Alias statements join the names they state.
    for fact in facts {
      for statement in fact.aliasStatements {
        let nodes = statement.names.compactMap { name -> Int? in
          guard
            let index = candidateAt[
              CandidateLocation(documentID: statement.documentID, byteRange: name.byteRange)],
            let found = nodeOfCandidate[index], personOfNode[found] == nil
          else { return nil }
          return found
        }
        for other in nodes.dropFirst() { sets.union(nodes[0], other) }
      }
    }
    joinAcronyms(candidates, nodeOfCandidate, personOfNode, &sets)
    joinInstitutionPrefixes(candidates, nodeOfCandidate, nodeOfKey, &sets)
    joinYearlessNames(nodeOfKey, &sets)

    // The glossary joins its names, and may bring names the corpus never states.
    var glossaryOfNode: [Int: [Glossary.Entry]] = [:]
    for entry in glossary?.entities ?? [] {
      let nodes = entry.allNames.map { name -> Int in
        let words = NameKey.tokens(name.name)
        if let person = people.resolve(fullWords: words) { return node("p:\(person)") }
        return node("v:" + nameKey(words))
      }
      for other in nodes.dropFirst() { sets.union(nodes[0], other) }
      if let first = nodes.first { glossaryOfNode[first, default: []].append(entry) }
    }

    // Groups in order of first appearance.
    var groupOfRoot: [Int: Int] = [:]
    var groups: [[Int]] = []
    var personOfGroup: [Int?] = []
    var groupOfCandidate = [Int?](repeating: nil, count: candidates.count)
    for index in candidates.indices {
      guard let found = nodeOfCandidate[index] else { continue }
      let root = sets.find(found)
      let group: Int
      if let existing = groupOfRoot[root] {
        group = existing
      } else {
        group = groups.count
        groupOfRoot[root] = group
        groups.append([])
        personOfGroup.append(nil)
      }
      groups[group].append(index)
      groupOfCandidate[index] = group
      if let person = personOfNode[found] { personOfGroup[group] = person }
    }
    var glossaryOfGroup = [[Glossary.Entry]](repeating: [], count: groups.count)
    for (glossaryNode, entries) in glossaryOfNode.sorted(by: { $0.key < $1.key }) {
      let root = sets.find(glossaryNode)
      if let group = groupOfRoot[root] {
        glossaryOfGroup[group] += entries
      } else {
        groupOfRoot[root] = groups.count
        groups.append([])
        personOfGroup.append(nil)
        glossaryOfGroup.append(entries)
      }
    }
    return Grouping(
      candidates: candidates, groupOfCandidate: groupOfCandidate, groups: groups,
      personOfGroup: personOfGroup, glossaryOfGroup: glossaryOfGroup, people: people,
      candidateAt: candidateAt)
  }

  /// The key under which spellings of one name meet; a country's names share its key.
  static func nameKey(_ words: [String]) -> String {
    let joined = joinedName(words)
    if let country = Countries.byName[joined] { return "country:" + country.name }
    return VariantKey.of(words)
  }

  /// Folded words as one name: single spaces, hyphens tight ("u.s.-japan security treaty").
  static func joinedName(_ words: [String]) -> String {
    var text = ""
    for (index, word) in words.enumerated() {
      if index > 0 && word != "-" && words[index - 1] != "-" { text += " " }
      text += word
    }
    return text
  }

  /// Known to be a person, or looks like one: two or more plain capitalised words next to a
  /// verb of speech.
  static func isPersonCandidate(_ candidate: NameCandidate) -> Bool {
    if candidate.isPerson { return true }
    guard candidate.cues.contains(.speaker), !candidate.cues.contains(.placePreposition) else {
      return false
    }
    return isPlainName(candidate)
  }

  /// Two to four capitalised words with no head noun, title, country, demonym or compass word:
  /// the shape of a person's name ("Teslyn Barkman"), not of a place or an institution.
  static func isPlainName(_ candidate: NameCandidate) -> Bool {
    let parts = PersonDirectory.nameParts(candidate.words)
    guard parts.count >= 2 && parts.count <= 4, !candidate.hasUpperWord,
      !candidate.words.contains("-"), !candidate.cues.contains(.placePreposition)
    else { return false }
    if Countries.byName[joinedName(candidate.words)] != nil
      || Regions.kind(of: joinedName(candidate.words)) != nil
    {
      return false
    }
    return parts.allSatisfy { word in
      let key = LexiconKeys.key(word)
      return !LexiconKeys.anyHead.contains(key) && !LexiconKeys.countryNames.contains(key)
        && CommonWords.compass[word] == nil && !LexiconKeys.demonyms.contains(key)
        && !LexiconKeys.titleHeads.contains(key) && !LexiconKeys.neverName.contains(key)
        && Countries.byCapital[word] == nil && word.count > 1
    }
  }

  /// The person a candidate names, if it names one.
  private static func person(of candidate: NameCandidate, _ people: PersonDirectory) -> Int? {
    let parts = PersonDirectory.nameParts(candidate.words)
    if parts.count == 1 {
      // "in Santiago" is the city, not Santiago Cafiero; "to Lavrov" is still Lavrov.
      let spoken =
        candidate.isPerson
        || (candidate.cues.contains(.speaker) && !candidate.cues.contains(.placePreposition))
      return people.resolve(
        word: parts[0], documentID: candidate.documentID, allowGivenName: spoken)
    }
    guard parts.count >= 2 && parts.count <= 4 else { return nil }
    if isPersonCandidate(candidate) { return people.resolve(fullWords: candidate.words) }
    // A name not known as a person may still be one already known in full ("Shinzo Abe").
    let plain =
      !candidate.hasUpperWord
      && parts.allSatisfy { word in
        let key = LexiconKeys.key(word)
        return !LexiconKeys.anyHead.contains(key) && !LexiconKeys.countryNames.contains(key)
      }
    return plain ? people.resolve(fullWords: candidate.words) : nil
  }

  /// Demonyms the corpus coins from its own place names: "Rodaistian" of "Rodaistia",
  /// "Glendese" of "Glend", "Gupustani" of "Gupustan" (English makes demonyms with -n, -an,
  /// -ian, -ese, -i). A demonym alone is not an entity, as with the known ones.
  private static func inferredDemonyms(_ candidates: [NameCandidate]) -> Set<Int> {
    // Any single name that is not a person's can be the stem.
    var places: Set<String> = []
    for candidate in candidates
    where candidate.words.count == 1 && !candidate.isPerson && !candidate.cues.contains(.speaker) {
      places.insert(candidate.words[0])
    }
    var dropped: Set<Int> = []
    for (index, candidate) in candidates.enumerated()
    where candidate.words.count == 1 && !candidate.hasUpperWord {
      let word = candidate.words[0]
      guard word.count > 4 else { continue }
      for suffix in ["ese", "ian", "an", "n", "i"] where word.hasSuffix(suffix) {
        let stem = String(word.dropLast(suffix.count))
        if places.contains(stem) || places.contains(stem + "a") {
          dropped.insert(index)
          break
        }
      }
    }
    return dropped
  }

  /// "Japan-Russia" names two known names, not a third thing; "Asia-Pacific" stays a name.
  private static func hyphenCompoundsOfKnownNames(_ candidates: [NameCandidate]) -> Set<Int> {
    var standalone: Set<String> = []
    for candidate in candidates where !candidate.words.contains("-") {
      standalone.insert(nameKey(candidate.words))
    }
    var dropped: Set<Int> = []
    for (index, candidate) in candidates.enumerated() where candidate.words.contains("-") {
      if let last = candidate.words.last, LexiconKeys.anyHead.contains(LexiconKeys.key(last)) {
        continue
      }
      let parts = candidate.words.split(separator: "-").map(Array.init)
      if parts.count >= 2 && parts.allSatisfy({ standalone.contains(nameKey($0)) }) {
        dropped.insert(index)
      }
    }
    return dropped
  }

  /// The letters of an acronym candidate ("u.s." → "us"), nil for any other name.
  static func acronymLetters(_ candidate: NameCandidate) -> String? {
    guard candidate.words.count == 1, candidate.hasUpperWord else { return nil }
    return candidate.words[0].filter { $0 != "." }
  }

  /// An all-capital word that spells the initials of exactly one longer name is that name
  /// ("WWII" ~ "World War II"); when several names share the initials, it is the one named in
  /// the same document ("GFA" is the Glendese Fisheries Agency where that agency is named).
  private static func joinAcronyms(
    _ candidates: [NameCandidate], _ nodeOfCandidate: [Int?], _ personOfNode: [Int: Int],
    _ sets: inout UnionFind
  ) {
    var nodesOfInitials: [String: Set<Int>] = [:]
    var nodesOfInitialsInDocument: [String: Set<Int>] = [:]
    for (index, candidate) in candidates.enumerated() {
      guard let found = nodeOfCandidate[index], personOfNode[found] == nil,
        let initials = VariantKey.initials(candidate.words)
      else { continue }
      nodesOfInitials[initials, default: []].insert(sets.find(found))
      nodesOfInitialsInDocument["\(initials)#\(candidate.documentID)", default: []].insert(
        sets.find(found))
    }
    for (index, candidate) in candidates.enumerated() {
      guard let letters = acronymLetters(candidate), let found = nodeOfCandidate[index] else {
        continue
      }
      var nodes = nodesOfInitials[letters] ?? []
      if nodes.count > 1 {
        nodes = nodesOfInitialsInDocument["\(letters)#\(candidate.documentID)"] ?? []
      }
      if nodes.count == 1, let target = nodes.first { sets.union(found, target) }
    }
  }

  /// "United Nations Special Committee on Decolonization" is the "Special Committee on
  /// Decolonization" of the "United Nations": an institution's name before the name of one of
  /// its bodies.
  private static func joinInstitutionPrefixes(
    _ candidates: [NameCandidate], _ nodeOfCandidate: [Int?], _ nodeOfKey: [String: Int],
    _ sets: inout UnionFind
  ) {
    for (index, candidate) in candidates.enumerated() {
      let words = candidate.words
      guard words.count >= 3, let found = nodeOfCandidate[index] else { continue }
      for split in 1..<(words.count - 1) {
        let prefix = Array(words[..<split])
        let suffix = Array(words[split...])
        guard suffix.count >= 2, let last = prefix.last,
          LexiconKeys.organizationHeads.contains(LexiconKeys.key(last))
            || (prefix.count == 1 && candidate.hasUpperWord),
          let suffixHead = suffix.last,
          LexiconKeys.organizationHeads.contains(LexiconKeys.key(suffixHead))
            || suffix.contains(where: { CommonWords.nameConnectors.contains($0) }),
          nodeOfKey["v:" + nameKey(prefix)] != nil,
          let suffixNode = nodeOfKey["v:" + nameKey(suffix)]
        else { continue }
        sets.union(found, suffixNode)
        break
      }
    }
  }

  /// "the Joint Declaration" is the "1956 Joint Declaration" when the corpus has only one
  /// dated declaration of that name.
  private static func joinYearlessNames(_ nodeOfKey: [String: Int], _ sets: inout UnionFind) {
    var dated: [String: [Int]] = [:]
    for (key, node) in nodeOfKey where key.hasPrefix("v:") {
      let name = key.dropFirst(2)
      let parts = name.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isNumber) else {
        continue
      }
      dated["v:" + parts[1], default: []].append(node)
    }
    for (undated, nodes) in dated where nodes.count == 1 {
      if let plain = nodeOfKey[undated] { sets.union(plain, nodes[0]) }
    }
  }
}
