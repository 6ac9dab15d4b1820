import Corpus

/// What one distinct name's words say, worked out once however often the name occurs.
final class NameInfo: Sendable {
  /// Folded words, "-" for a hyphen.
  let words: [String]
  /// The folded name with tight hyphens ("u.s.-japan security treaty").
  let joined: String
  /// The key its spellings meet under (`EntityGrouper.nameKey`).
  let key: String
  /// Words of a person's name without particles and initials (`PersonDirectory.nameParts`).
  let parts: [String]
  /// Initials of a multi-word name, for acronyms.
  let initials: String?
  /// Shaped like a person's name (`EntityGrouper.hasPlainShape`).
  let plainShape: Bool
  /// Can be a name at all (`CandidateCleaner.hasNameShape`), for a non-person.
  let nameShape: Bool

  init(folded: String) {
    words = folded.split(separator: " ").map(String.init)
    joined = EntityGrouper.joinedName(words)
    key = EntityGrouper.nameKey(words)
    parts = PersonDirectory.nameParts(words)
    initials = words.count >= 2 ? VariantKey.initials(words) : nil
    plainShape = EntityGrouper.hasPlainShape(words)
    nameShape = CandidateCleaner.hasNameShape(words, isPerson: false)
  }
}

/// The candidates of the whole corpus sorted into groups, one group per entity.
struct Grouping: Sendable {
  /// Cleaned candidates, in corpus order.
  let candidates: [NameCandidate]
  /// The distinct name of each candidate, as an index into `names`.
  let nameOfCandidate: [Int32]
  let names: [NameInfo]
  /// The spelling of each candidate as written (words joined by single spaces), as an index
  /// into `displays`.
  let displayOfCandidate: [Int32]
  let displays: [String]
  /// The group of each candidate, nil for one that names nothing on its own.
  let groupOfCandidate: [Int?]
  /// Candidate indices of each group.
  let groups: [[Int]]
  /// The person each group stands for, if any.
  let personOfGroup: [Int?]
  /// The glossary entries merged into each group.
  let glossaryOfGroup: [[Glossary.Entry]]
  let people: PersonDirectory
  /// Where each document's extracted candidates start in `cleanedOfExtracted`.
  let documentBase: [Int]
  /// For every extracted candidate (document by document), its index among the cleaned
  /// candidates, or -1 when cleaning dropped it.
  let cleanedOfExtracted: [Int32]

  func name(of candidate: Int) -> NameInfo { names[Int(nameOfCandidate[candidate])] }

  func display(of candidate: Int) -> String { displays[Int(displayOfCandidate[candidate])] }

  /// The cleaned candidate that a statement's name refers to (`StatedName.candidate`).
  func candidate(documentID: Int, extracted: Int) -> Int? {
    guard documentID >= 0, documentID < documentBase.count else { return nil }
    let index = documentBase[documentID] + extracted
    let end =
      documentID + 1 < documentBase.count ? documentBase[documentID + 1] : cleanedOfExtracted.count
    guard extracted >= 0, index < end else { return nil }
    let cleaned = Int(cleanedOfExtracted[index])
    return cleaned >= 0 ? cleaned : nil
  }

  func group(documentID: Int, _ name: StatedName) -> Int? {
    candidate(documentID: documentID, extracted: name.candidate).flatMap { groupOfCandidate[$0] }
  }
}

/// Sorts every candidate name into entities: people by surname and given-name spelling;
/// other names by variant key ("Southern Kuril Islands" ~ "South Kurils"), joined by alias
/// statements, acronyms introduced beside their full names, a country's other names ("U.S." ~
/// "United States") and the user's glossary.
///
/// Work that depends only on a name's words is done once per distinct name (`NameInfo`), and
/// cleaning runs per document on every core: a corpus repeats its names many times.
enum EntityGrouper {
  /// Groups the candidates of `facts`, and empties each document's candidate list once it is
  /// read (the grouping keeps its own cleaned copy).
  ///
  /// `corpus` gives each name's spelling as written; without it, the candidates' own.
  static func group(
    _ facts: inout [DocumentFacts], vocabulary: CorpusVocabulary, glossary: Glossary?,
    corpus: Corpus? = nil
  ) -> Grouping {
    let knownNames = namesReadInside(facts)
    var cleaned = cleanCandidates(facts, vocabulary: vocabulary, knownNames: knownNames)
    for index in facts.indices { facts[index].candidates = [] }
    var candidates: [NameCandidate] = []
    candidates.reserveCapacity(cleaned.reduce(0) { $0 + $1.candidates.count })
    var documentBase: [Int] = []
    var cleanedOfExtracted: [Int32] = []
    for index in cleaned.indices {
      documentBase.append(cleanedOfExtracted.count)
      let base = Int32(candidates.count)
      cleanedOfExtracted += cleaned[index].kept.map { $0 >= 0 ? $0 + base : -1 }
      candidates += cleaned[index].candidates
      cleaned[index] = ([], [])  // Each document's part is freed as soon as it is copied.
    }

    // Intern the names and their spellings, then read each distinct name once. The
    // candidates' own strings are emptied: a large corpus repeats its names very many times.
    var nameIndex: [String: Int32] = [:]
    var foldedNames: [String] = []
    var nameOfCandidate: [Int32] = []
    var displayIndex: [String: Int32] = [:]
    var displays: [String] = []
    var displayOfCandidate: [Int32] = []
    nameOfCandidate.reserveCapacity(candidates.count)
    displayOfCandidate.reserveCapacity(candidates.count)
    let spellingSample = 32
    var readSpellings: [Int] = []
    var lastSpelling: [Int32?] = []
    for index in candidates.indices {
      let folded = candidates[index].folded
      if let known = nameIndex[folded] {
        nameOfCandidate.append(known)
      } else {
        let id = Int32(foldedNames.count)
        nameIndex[folded] = id
        foldedNames.append(folded)
        nameOfCandidate.append(id)
        readSpellings.append(0)
        lastSpelling.append(nil)
      }
      // A name's spellings are read from the text for its first occurrences only; later ones
      // count as the spelling last read (a spelling's share, not every byte, picks the display).
      let nameID = Int(nameOfCandidate[index])
      if readSpellings[nameID] >= spellingSample, let last = lastSpelling[nameID] {
        displayOfCandidate.append(last)
      } else {
        readSpellings[nameID] += 1
        let surface =
          corpus.map {
            Self.display(
              of: candidates[index].byteRange, in: $0.documents[candidates[index].documentID])
          } ?? candidates[index].surface
        let id: Int32
        if let known = displayIndex[surface] {
          id = known
        } else {
          id = Int32(displays.count)
          displayIndex[surface] = id
          displays.append(surface)
        }
        displayOfCandidate.append(id)
        lastSpelling[nameID] = id
      }
      candidates[index].folded = ""
      candidates[index].surface = ""
    }
    let distinct = foldedNames
    let names = Parallel.map(distinct.count) { NameInfo(folded: distinct[$0]) }
    func info(_ index: Int) -> NameInfo { names[Int(nameOfCandidate[index])] }

    var droppedNames = hyphenCompoundsOfKnownNames(names)
    droppedNames.formUnion(inferredDemonyms(candidates, nameOfCandidate, names))
    var dropped = [Bool](repeating: false, count: candidates.count)
    for index in candidates.indices {
      let name = Int(nameOfCandidate[index])
      dropped[index] =
        droppedNames.contains(name)
        || (!candidates[index].isPerson && !names[name].nameShape)
    }

    // People first: a lone surname resolves against full names. A plain name whose last word
    // also stands alone elsewhere is a person named, then referred to, by surname.
    var loneWords: Set<String> = []
    for name in names where name.words.count == 1 { loneWords.insert(name.words[0]) }
    var fullNames: [(words: [String], documentID: Int)] = []
    var singleNames: [(word: String, documentID: Int)] = []
    var seenPeople: Set<[Int]> = []
    for (index, candidate) in candidates.enumerated() where !dropped[index] {
      let name = info(index)
      let referredBySurname =
        name.words.count >= 2 && isPlainName(candidate, name)
        && name.words.last.map { loneWords.contains($0) } == true
      guard isPersonCandidate(candidate, name) || referredBySurname else { continue }
      guard seenPeople.insert([Int(nameOfCandidate[index]), candidate.documentID]).inserted else {
        continue
      }
      if name.parts.count >= 2 {
        fullNames.append((name.words, candidate.documentID))
      } else if name.parts.count == 1 && candidate.isPerson {
        singleNames.append((name.parts[0], candidate.documentID))
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
    var keysOfInitials: [String: Set<String>] = [:]
    for name in names {
      if let initials = name.initials { keysOfInitials[initials, default: []].insert(name.key) }
    }
    var nodeOfName: [Int32: Int] = [:]
    for (index, candidate) in candidates.enumerated() where !dropped[index] {
      let name = info(index)
      if let person = person(of: candidate, name, people) {
        let personNode = node("p:\(person)")
        personOfNode[personNode] = person
        nodeOfCandidate[index] = personNode
      } else if name.parts.count == 1 && people.isAmbiguous(word: name.words[0]) {
        continue  // A lone surname shared by several people, in a document naming neither.
      } else if let acronym = acronymLetters(candidate, name),
        (keysOfInitials[acronym]?.count ?? 0) > 1
      {
        nodeOfCandidate[index] = node("v:\(name.key)#\(candidate.documentID)")
      } else if let known = nodeOfName[nameOfCandidate[index]] {
        nodeOfCandidate[index] = known
      } else {
        let created = node("v:" + name.key)
        nodeOfName[nameOfCandidate[index]] = created
        nodeOfCandidate[index] = created
      }
    }
    func nodeOf(_ documentID: Int, _ name: StatedName) -> Int? {
      let base = documentBase[documentID]
      let cleanedIndex = Int(cleanedOfExtracted[base + name.candidate])
      guard cleanedIndex >= 0, let found = nodeOfCandidate[cleanedIndex] else { return nil }
      return found
    }

    // Alias statements join the names they state.
    for fact in facts {
      for statement in fact.aliasStatements {
        let nodes = statement.names.compactMap { name -> Int? in
          guard let found = nodeOf(fact.documentID, name), personOfNode[found] == nil else {
            return nil
          }
          return found
        }
        for other in nodes.dropFirst() { sets.union(nodes[0], other) }
      }
    }
    joinAcronyms(candidates, nameOfCandidate, names, nodeOfCandidate, personOfNode, &sets)
    joinInstitutionPrefixes(names, nodeOfKey, &sets)
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
      candidates: candidates, nameOfCandidate: nameOfCandidate, names: names,
      displayOfCandidate: displayOfCandidate, displays: displays,
      groupOfCandidate: groupOfCandidate, groups: groups, personOfGroup: personOfGroup,
      glossaryOfGroup: glossaryOfGroup, people: people, documentBase: documentBase,
      cleanedOfExtracted: cleanedOfExtracted)
  }

  /// A name as written in the text, its white space collapsed to single spaces.
  static func display(of range: Range<Int>, in document: CorpusDocument) -> String {
    let bytes = document.text.bytes
    let clamped = range.clamped(to: 0..<bytes.count)
    var output: [UInt8] = []
    output.reserveCapacity(clamped.count)
    var pendingSpace = false
    for byte in bytes[clamped] {
      if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        pendingSpace = !output.isEmpty
      } else {
        if pendingSpace { output.append(0x20) }
        pendingSpace = false
        output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Each document's candidates cleaned (`CandidateCleaner`), on every core, with the index
  /// among the cleaned of each extracted candidate (-1 when dropped).
  private static func cleanCandidates(
    _ facts: [DocumentFacts], vocabulary: CorpusVocabulary, knownNames: Set<String>
  ) -> [(candidates: [NameCandidate], kept: [Int32])] {
    Parallel.map(facts.count) {
      index -> (candidates: [NameCandidate], kept: [Int32]) in
      var kept: [Int32] = []
      var candidates: [NameCandidate] = []
      for candidate in facts[index].candidates {
        if let clean = CandidateCleaner.clean(
          candidate, vocabulary: vocabulary, knownNames: knownNames)
        {
          kept.append(Int32(candidates.count))
          candidates.append(clean)
        } else {
          kept.append(-1)
        }
      }
      return (candidates, kept)
    }
  }

  /// The folded names read inside sentences (not at their start), gathered on every core.
  private static func namesReadInside(_ facts: [DocumentFacts]) -> Set<String> {
    let chunks = max(1, min(8, facts.count / 64))
    let parts = Parallel.map(chunks) { chunk -> Set<String> in
      var names: Set<String> = []
      var index = chunk
      while index < facts.count {
        for candidate in facts[index].candidates where !candidate.isSentenceInitial {
          names.insert(candidate.folded)
        }
        index += chunks
      }
      return names
    }
    return parts.dropFirst().reduce(into: parts.first ?? []) { $0.formUnion($1) }
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
  static func isPersonCandidate(_ candidate: NameCandidate, _ name: NameInfo) -> Bool {
    if candidate.isPerson { return true }
    guard candidate.cues.contains(.speaker), !candidate.cues.contains(.placePreposition) else {
      return false
    }
    return isPlainName(candidate, name)
  }

  /// A plain name where this candidate stands: not shouted, not after a preposition of place.
  static func isPlainName(_ candidate: NameCandidate, _ name: NameInfo) -> Bool {
    name.plainShape && !candidate.hasUpperWord && !candidate.cues.contains(.placePreposition)
  }

  /// Two to four capitalised words with no head noun, title, country, demonym or compass word:
  /// the shape of a person's name ("Teslyn Barkman"), not of a place or an institution.
  static func hasPlainShape(_ words: [String]) -> Bool {
    let parts = PersonDirectory.nameParts(words)
    guard parts.count >= 2 && parts.count <= 4, !words.contains("-") else { return false }
    let joined = joinedName(words)
    if Countries.byName[joined] != nil || Regions.kind(of: joined) != nil { return false }
    return parts.allSatisfy { word in
      let key = LexiconKeys.key(word)
      return !LexiconKeys.anyHead.contains(key) && !LexiconKeys.countryNames.contains(key)
        && CommonWords.compass[word] == nil && !LexiconKeys.demonyms.contains(key)
        && !LexiconKeys.titleHeads.contains(key) && !LexiconKeys.neverName.contains(key)
        && Countries.byCapital[word] == nil && word.count > 1
    }
  }

  /// The person a candidate names, if it names one.
  private static func person(
    of candidate: NameCandidate, _ name: NameInfo, _ people: PersonDirectory
  ) -> Int? {
    let parts = name.parts
    if parts.count == 1 {
      // "in Santiago" is the city, not Santiago Cafiero; "to Lavrov" is still Lavrov.
      let spoken =
        candidate.isPerson
        || (candidate.cues.contains(.speaker) && !candidate.cues.contains(.placePreposition))
      return people.resolve(
        word: parts[0], documentID: candidate.documentID, allowGivenName: spoken)
    }
    guard parts.count >= 2 && parts.count <= 4 else { return nil }
    if isPersonCandidate(candidate, name) { return people.resolve(fullWords: name.words) }
    // A name not known as a person may still be one already known in full ("Shinzo Abe").
    let plain =
      !candidate.hasUpperWord
      && parts.allSatisfy { word in
        let key = LexiconKeys.key(word)
        return !LexiconKeys.anyHead.contains(key) && !LexiconKeys.countryNames.contains(key)
      }
    return plain ? people.resolve(fullWords: name.words) : nil
  }

  /// Demonyms the corpus coins from its own place names: "Rodaistian" of "Rodaistia",
  /// "Glendese" of "Glend", "Gupustani" of "Gupustan" (English makes demonyms with -n, -an,
  /// -ian, -ese, -i). A demonym alone is not an entity, as with the known ones. Returns the
  /// names (indices into `names`) that are such demonyms.
  private static func inferredDemonyms(
    _ candidates: [NameCandidate], _ nameOfCandidate: [Int32], _ names: [NameInfo]
  ) -> Set<Int> {
    // Any single name that is not a person's can be the stem.
    var stems: Set<String> = []
    var shouted: Set<Int32> = []
    for (index, candidate) in candidates.enumerated() {
      let name = names[Int(nameOfCandidate[index])]
      guard name.words.count == 1 else { continue }
      if candidate.hasUpperWord { shouted.insert(nameOfCandidate[index]) }
      if !candidate.isPerson && !candidate.cues.contains(.speaker) { stems.insert(name.words[0]) }
    }
    var demonyms: Set<Int> = []
    for (index, name) in names.enumerated() where name.words.count == 1 {
      let word = name.words[0]
      guard word.count > 4, !shouted.contains(Int32(index)) else { continue }
      for suffix in ["ese", "ian", "an", "n", "i"] where word.hasSuffix(suffix) {
        let stem = String(word.dropLast(suffix.count))
        if stems.contains(stem) || stems.contains(stem + "a") {
          demonyms.insert(index)
          break
        }
      }
    }
    return demonyms
  }

  /// "Japan-Russia" names two known names, not a third thing; "Asia-Pacific" stays a name.
  /// Returns the names (indices into `names`) that are such pairs.
  private static func hyphenCompoundsOfKnownNames(_ names: [NameInfo]) -> Set<Int> {
    var standalone: Set<String> = []
    for name in names where !name.words.contains("-") { standalone.insert(name.key) }
    var dropped: Set<Int> = []
    for (index, name) in names.enumerated() where name.words.contains("-") {
      if let last = name.words.last, LexiconKeys.anyHead.contains(LexiconKeys.key(last)) {
        continue
      }
      let parts = name.words.split(separator: "-").map(Array.init)
      if parts.count >= 2 && parts.allSatisfy({ standalone.contains(nameKey($0)) }) {
        dropped.insert(index)
      }
    }
    return dropped
  }

  /// The letters of an acronym candidate ("u.s." → "us"), nil for any other name.
  static func acronymLetters(_ candidate: NameCandidate, _ name: NameInfo) -> String? {
    guard name.words.count == 1, candidate.hasUpperWord else { return nil }
    return name.words[0].filter { $0 != "." }
  }

  /// An all-capital word that spells the initials of exactly one longer name is that name
  /// ("WWII" ~ "World War II"); when several names share the initials, it is the one named in
  /// the same document ("GFA" is the Glendese Fisheries Agency where that agency is named).
  private static func joinAcronyms(
    _ candidates: [NameCandidate], _ nameOfCandidate: [Int32], _ names: [NameInfo],
    _ nodeOfCandidate: [Int?], _ personOfNode: [Int: Int], _ sets: inout UnionFind
  ) {
    // The acronyms first (few), then only the names whose initials they spell.
    var acronyms: [(index: Int, letters: String)] = []
    var wanted: Set<String> = []
    for (index, candidate) in candidates.enumerated()
    where candidate.hasUpperWord && nodeOfCandidate[index] != nil {
      if let letters = acronymLetters(candidate, names[Int(nameOfCandidate[index])]) {
        acronyms.append((index, letters))
        wanted.insert(letters)
      }
    }
    guard !acronyms.isEmpty else { return }
    let spellsWanted = names.map { name in name.initials.map { wanted.contains($0) } ?? false }
    struct InDocument: Hashable {
      let initials: String
      let documentID: Int
    }
    var nodesOfInitials: [String: Set<Int>] = [:]
    var nodesOfInitialsInDocument: [InDocument: Set<Int>] = [:]
    for (index, candidate) in candidates.enumerated()
    where spellsWanted[Int(nameOfCandidate[index])] {
      guard let found = nodeOfCandidate[index], personOfNode[found] == nil,
        let initials = names[Int(nameOfCandidate[index])].initials
      else { continue }
      let root = sets.find(found)
      nodesOfInitials[initials, default: []].insert(root)
      nodesOfInitialsInDocument[
        InDocument(initials: initials, documentID: candidate.documentID), default: []
      ]
      .insert(root)
    }
    for (index, letters) in acronyms {
      guard let found = nodeOfCandidate[index] else { continue }
      var nodes = nodesOfInitials[letters] ?? []
      if nodes.count > 1 {
        let key = InDocument(initials: letters, documentID: candidates[index].documentID)
        nodes = nodesOfInitialsInDocument[key] ?? []
      }
      if nodes.count == 1, let target = nodes.first { sets.union(found, target) }
    }
  }

  /// "United Nations Special Committee on Decolonization" is the "Special Committee on
  /// Decolonization" of the "United Nations": an institution's name before the name of one of
  /// its bodies.
  private static func joinInstitutionPrefixes(
    _ names: [NameInfo], _ nodeOfKey: [String: Int], _ sets: inout UnionFind
  ) {
    for name in names {
      let words = name.words
      guard words.count >= 3, let found = nodeOfKey["v:" + name.key] else { continue }
      for split in 1..<(words.count - 1) {
        let prefix = Array(words[..<split])
        let suffix = Array(words[split...])
        guard suffix.count >= 2, let last = prefix.last,
          LexiconKeys.organizationHeads.contains(LexiconKeys.key(last)),
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
    for (undated, nodes) in dated.sorted(by: { $0.key < $1.key }) where nodes.count == 1 {
      if let plain = nodeOfKey[undated] { sets.union(plain, nodes[0]) }
    }
  }
}
