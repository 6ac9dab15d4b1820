import Base
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
  /// A country, a capital or a region of the world: a place, never a person, whatever the
  /// words around it ("ahead of Norway, who have a game in hand").
  let isKnownPlace: Bool

  init(folded: String) {
    words = folded.split(separator: " ").map(String.init)
    joined = EntityGrouper.joinedName(words)
    key = EntityGrouper.nameKey(words)
    parts = PersonDirectory.nameParts(words)
    initials = words.count >= 2 ? VariantKey.initials(words) : nil
    plainShape = EntityGrouper.hasPlainShape(words)
    isKnownPlace = Countries.isPlaceName(joined)
    // A country is a name though its letters spell a function word ("US").
    nameShape = CandidateCleaner.hasNameShape(words, isPerson: false) || isKnownPlace
  }
}

/// The candidates of the whole corpus sorted into groups, one group per entity.
struct Grouping: Sendable {
  /// Cleaned candidates, in corpus order; `NameCandidate.name` indexes `names`.
  let candidates: [NameCandidate]
  let names: [NameInfo]
  /// Roles and nationalities (`NameCandidate.role`, `.nationality`).
  let labels: [String]
  /// The spelling of each candidate as written (words joined by single spaces), as an index
  /// into `displays`.
  let displayOfCandidate: [Int32]
  let displays: [String]
  /// The group of each candidate, -1 for one that names nothing on its own.
  let groupOfCandidate: [Int32]
  /// Candidate indices of each group, in corpus order.
  let groups: [[Int32]]
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

  func name(of candidate: Int) -> NameInfo { names[Int(candidates[candidate].name)] }

  func display(of candidate: Int) -> String { displays[Int(displayOfCandidate[candidate])] }

  /// A role or nationality label, nil for -1.
  func label(_ id: Int32) -> String? { id >= 0 && Int(id) < labels.count ? labels[Int(id)] : nil }

  /// The group of candidate `candidate`, nil when it names nothing on its own.
  func group(ofCandidate candidate: Int) -> Int? {
    let group = groupOfCandidate[candidate]
    return group >= 0 ? Int(group) : nil
  }

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
    candidate(documentID: documentID, extracted: name.candidate).flatMap { group(ofCandidate: $0) }
  }
}

/// Sorts every candidate name into entities: people by surname and given-name spelling;
/// other names by variant key ("Southern Kuril Islands" ~ "South Kurils"), joined by alias
/// statements, acronyms introduced beside their full names, a country's other names ("U.S." ~
/// "United States") and the user's glossary.
///
/// A corpus repeats its names many times: work that depends only on a name's words is done once
/// per distinct name (`NameInfo`, `NamePeople`), and cleaning runs per document on every core.
/// Per candidate, only array lookups remain.
enum EntityGrouper {
  /// Groups the candidates of `facts`, and empties each document's candidate list once it is
  /// read (the grouping keeps its own cleaned copy). `tables` are the extraction workers'.
  static func group(
    _ facts: inout [DocumentFacts], tables: [ExtractionTables], vocabulary: CorpusVocabulary,
    glossary: Glossary?, corpus: Corpus
  ) -> Grouping {
    let table = CandidateTable.build(&facts, tables: tables, vocabulary: vocabulary)
    let candidates = table.candidates
    let distinct = table.names
    let names = Parallel.map(distinct.count) { NameInfo(folded: distinct[$0]) }
    // The spellings as written are read on one core while the rest runs on the other: nothing
    // below needs them, and much of it is one loop after another.
    let nameCount = names.count
    let pendingDisplays = Parallel.start {
      readDisplays(candidates, nameCount: nameCount, corpus)
    }

    // What the candidate loops below ask of a name, as plain values (a `NameInfo` is a class:
    // reading one per candidate would retain and release it millions of times).
    var loneWords: Set<String> = []
    for name in names where name.words.count == 1 { loneWords.insert(name.words[0]) }
    let lone = loneWords
    var shapes = Parallel.map(names.count) { NameShape(names[$0], loneWords: lone) }
    for name in hyphenCompoundsOfKnownNames(names) { shapes[name].isDropped = true }
    for name in inferredDemonyms(candidates, shapes, names) { shapes[name].isDropped = true }
    let shapesSoFar = shapes
    let dropped: [Bool] = Parallel.fill(candidates.count) { range, slots in
      for (slot, index) in range.enumerated() {
        let shape = shapesSoFar[Int(candidates[index].name)]
        // An alias statement's name is a name whatever its words ("(WHO)").
        slots[slot] =
          shape.isDropped
          || (!candidates[index].isPerson && !shape.nameShape
            && !(candidates[index].cues.contains(.statedName) && candidates[index].hasUpperWord))
      }
    }

    // People first: a lone surname resolves against full names. A plain name whose last word
    // also stands alone elsewhere is a person named, then referred to, by surname; so is one
    // that nothing in the corpus marks as anything else (`PlainNames`).
    let plainPeople = PlainNames(candidates, names, shapes, vocabulary: vocabulary)
    var fullNames: [(words: [String], name: Int, documentID: Int)] = []
    var singleNames: [(word: String, documentID: Int)] = []
    // Each (name, document) counts once: the document of each name's last person occurrence.
    var lastPersonDocument = [Int32](repeating: -1, count: names.count)
    for (index, candidate) in candidates.enumerated() where !dropped[index] {
      let nameID = Int(candidate.name)
      let shape = shapes[nameID]
      let plain = shape.wordCount >= 2 && isPlainName(candidate, shape)
      let referredBySurname = plain && shape.lastWordIsLone && !plainPeople.isUnlikePerson(nameID)
      let unmarked = plain && plainPeople.isPerson(nameID)
      guard isPersonCandidate(candidate, shape) || referredBySurname || unmarked else { continue }
      guard lastPersonDocument[nameID] != Int32(candidate.documentID) else { continue }
      lastPersonDocument[nameID] = Int32(candidate.documentID)
      if shape.partCount >= 2 {
        fullNames.append((names[nameID].words, nameID, candidate.documentID))
      } else if shape.partCount == 1 && candidate.isPerson {
        singleNames.append((names[nameID].parts[0], candidate.documentID))
      }
    }
    let people = PersonDirectory(fullNames: fullNames, singleNames: singleNames)
    fullNames = []
    singleNames = []

    // Names that share initials: their acronym means a different one in each document.
    var keysOfInitials: [String: Set<String>] = [:]
    for name in names {
      if let initials = name.initials { keysOfInitials[initials, default: []].insert(name.key) }
    }
    let initials = keysOfInitials
    let nameFacts = Parallel.map(names.count) { id in
      NamePeople(names[id], people, keysOfInitials: initials)
    }

    // Who each candidate names, worked out on every core: a person (0...), a lone surname
    // shared by several people in a document naming neither (-2), a name of its own (-1), or
    // nothing (dropped, -3).
    let frozenShapes = shapes
    let frozenDropped = dropped
    let personOfCandidate: [Int32] = Parallel.fill(candidates.count) { range, decided in
      for (slot, index) in range.enumerated() {
        guard !frozenDropped[index] else {
          decided[slot] = -3
          continue
        }
        let candidate = candidates[index]
        let nameID = Int(candidate.name)
        let shape = frozenShapes[nameID]
        let facts = nameFacts[nameID].summary
        if let person = person(of: candidate, shape, facts, nameFacts, nameID, people) {
          decided[slot] = Int32(person)
        } else {
          decided[slot] = shape.partCount == 1 && facts.isAmbiguousWord ? -2 : -1
        }
      }
    }
    var nodes = NodeTable()
    var nodeOfCandidate = [Int32](repeating: -1, count: candidates.count)
    var nodeOfName = [Int32](repeating: -1, count: names.count)
    for (index, decided) in personOfCandidate.enumerated() where decided >= -1 {
      let candidate = candidates[index]
      let nameID = Int(candidate.name)
      let facts = nameFacts[nameID].summary
      if decided >= 0 {
        let person = Int(decided)
        let personNode = nodes.node(ofPerson: person)
        nodes.personOfNode[personNode] = Int32(person)
        nodeOfCandidate[index] = Int32(personNode)
      } else if candidate.hasUpperWord && facts.isSharedAcronym {
        nodeOfCandidate[index] = Int32(nodes.node("v:\(names[nameID].key)#\(candidate.documentID)"))
      } else if nodeOfName[nameID] >= 0 {
        nodeOfCandidate[index] = nodeOfName[nameID]
      } else {
        let created = Int32(nodes.node("v:" + names[nameID].key))
        nodeOfName[nameID] = created
        nodeOfCandidate[index] = created
      }
    }
    func nodeOf(_ documentID: Int, _ name: StatedName) -> Int? {
      let base = table.documentBase[documentID]
      let cleanedIndex = Int(table.cleanedOfExtracted[base + name.candidate])
      guard cleanedIndex >= 0, nodeOfCandidate[cleanedIndex] >= 0 else { return nil }
      return Int(nodeOfCandidate[cleanedIndex])
    }

    // Alias statements join the names they state.
    for fact in facts {
      for statement in fact.aliasStatements {
        let joined = statement.names.compactMap { name -> Int? in
          guard let found = nodeOf(fact.documentID, name), nodes.personOfNode[found] < 0 else {
            return nil
          }
          return found
        }
        for other in joined.dropFirst() { nodes.sets.union(joined[0], other) }
      }
    }
    joinAcronyms(candidates, names, nameFacts, nodeOfCandidate, &nodes)
    let nodeOfKey = nodes.nodeOfKey
    joinInstitutionPrefixes(names, nodeOfKey, &nodes.sets)
    joinYearlessNames(nodeOfKey, &nodes.sets)

    // The glossary joins its names, and may bring names the corpus never states.
    var glossaryOfNode: [Int: [Glossary.Entry]] = [:]
    for entry in glossary?.entities ?? [] {
      let joined = entry.allNames.map { name -> Int in
        let words = NameKey.tokens(name.name)
        if let person = people.resolve(fullWords: words) { return nodes.node(ofPerson: person) }
        return nodes.node("v:" + nameKey(words))
      }
      for other in joined.dropFirst() { nodes.sets.union(joined[0], other) }
      if let first = joined.first { glossaryOfNode[first, default: []].append(entry) }
    }

    // Groups in order of first appearance.
    var groupOfRoot = [Int32](repeating: -1, count: nodes.sets.count)
    var groups: [[Int32]] = []
    var personOfGroup: [Int?] = []
    var groupOfCandidate = [Int32](repeating: -1, count: candidates.count)
    for index in candidates.indices {
      let found = Int(nodeOfCandidate[index])
      guard found >= 0 else { continue }
      let root = nodes.sets.find(found)
      let group: Int
      if groupOfRoot[root] >= 0 {
        group = Int(groupOfRoot[root])
      } else {
        group = groups.count
        groupOfRoot[root] = Int32(group)
        groups.append([])
        personOfGroup.append(nil)
      }
      groups[group].append(Int32(index))
      groupOfCandidate[index] = Int32(group)
      if nodes.personOfNode[found] >= 0 { personOfGroup[group] = Int(nodes.personOfNode[found]) }
    }
    var glossaryOfGroup = [[Glossary.Entry]](repeating: [], count: groups.count)
    for (glossaryNode, entries) in glossaryOfNode.sorted(by: { $0.key < $1.key }) {
      let root = nodes.sets.find(glossaryNode)
      if groupOfRoot[root] >= 0 {
        glossaryOfGroup[Int(groupOfRoot[root])] += entries
      } else {
        groupOfRoot[root] = Int32(groups.count)
        groups.append([])
        personOfGroup.append(nil)
        glossaryOfGroup.append(entries)
      }
    }
    let (displayOfCandidate, displays) = pendingDisplays.value
    return Grouping(
      candidates: candidates, names: names, labels: table.labels,
      displayOfCandidate: displayOfCandidate, displays: displays,
      groupOfCandidate: groupOfCandidate, groups: groups, personOfGroup: personOfGroup,
      glossaryOfGroup: glossaryOfGroup, people: people, documentBase: table.documentBase,
      cleanedOfExtracted: table.cleanedOfExtracted)
  }

  /// Each candidate's spelling as written, numbered. A name's spellings are read from the text
  /// for its first occurrences only; later ones count as the spelling last read (a spelling's
  /// share, not every byte, picks the display).
  private static func readDisplays(
    _ candidates: [NameCandidate], nameCount: Int, _ corpus: Corpus
  ) -> (displayOfCandidate: [Int32], displays: [String]) {
    let spellingSample = 32
    var readSpellings = [Int32](repeating: 0, count: nameCount)
    var lastSpelling = [Int32](repeating: -1, count: nameCount)
    var table = InternTable()
    var displayOfCandidate: [Int32] = []
    displayOfCandidate.reserveCapacity(candidates.count)
    var scratch: [UInt8] = []
    let documents = corpus.documents
    for candidate in candidates {
      let nameID = Int(candidate.name)
      if readSpellings[nameID] >= spellingSample && lastSpelling[nameID] >= 0 {
        displayOfCandidate.append(lastSpelling[nameID])
        continue
      }
      readSpellings[nameID] += 1
      scratch.removeAll(keepingCapacity: true)
      let documentID = candidate.documentID
      if documentID >= 0 && documentID < documents.count {
        appendDisplay(of: candidate.byteRange, in: documents[documentID].text.bytes, to: &scratch)
      }
      let id = scratch.withUnsafeBufferPointer { table.intern($0) }
      displayOfCandidate.append(id)
      lastSpelling[nameID] = id
    }
    return (displayOfCandidate, table.strings)
  }

  /// A name as written in the text, its white space collapsed to single spaces.
  static func appendDisplay(of range: Range<Int>, in text: [UInt8], to output: inout [UInt8]) {
    text.withUnsafeBufferPointer { bytes in
      let clamped = range.clamped(to: 0..<bytes.count)
      var pendingSpace = false
      let start = output.count
      for offset in clamped {
        let byte = bytes[offset]
        if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
          pendingSpace = output.count > start
        } else {
          if pendingSpace { output.append(0x20) }
          pendingSpace = false
          output.append(byte)
        }
      }
    }
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
  static func isPersonCandidate(_ candidate: NameCandidate, _ name: NameShape) -> Bool {
    if name.isKnownPlace { return false }
    if candidate.isPerson { return true }
    guard candidate.cues.contains(.speaker), !candidate.cues.contains(.placePreposition) else {
      return false
    }
    return isPlainName(candidate, name)
  }

  /// A plain name where this candidate stands: not shouted, not after a preposition of place
  /// nor after an article.
  static func isPlainName(_ candidate: NameCandidate, _ name: NameShape) -> Bool {
    name.plainShape && !candidate.hasUpperWord
      && candidate.cues.isDisjoint(with: [.placePreposition, .afterArticle])
  }

  /// Two to four capitalised words with no head noun, title, country, demonym, compass word or
  /// craft noun: the shape of a person's name ("Teslyn Barkman"), not of a place, an
  /// institution or a ship ("Shuttle Meridian").
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
        && Countries.byCapital[word] == nil && word.count > 1 && !CraftNouns.words.contains(word)
    }
  }

  /// The person a candidate names, if it names one.
  private static func person(
    of candidate: NameCandidate, _ shape: NameShape, _ facts: NamePeople.Summary,
    _ nameFacts: [NamePeople], _ nameID: Int, _ people: PersonDirectory
  ) -> Int? {
    if shape.isKnownPlace { return nil }
    if shape.partCount == 1 {
      // "in Santiago" is the city, not Santiago Cafiero; "to Lavrov" is still Lavrov.
      let spoken =
        candidate.isPerson
        || (candidate.cues.contains(.speaker) && !candidate.cues.contains(.placePreposition))
      // One person by that surname (or, when spoken of, given name) needs no more look.
      if facts.surnamePeople == 1 { return Int(facts.onlyPerson) }
      if facts.surnamePeople == 0 && spoken && facts.givenNamePeople == 1 {
        return Int(facts.onlyPerson)
      }
      // A given name alone, where nothing makes it a place, is the one person of that given
      // name named in full in the same document ("The next thing Pavel knew, he was in a cell").
      if facts.surnamePeople == 0 && !spoken && facts.givenNamePeople >= 1
        && candidate.cues.isDisjoint(with: [
          .placePreposition, .headAfter, .placeNoun, .side, .source,
        ])
        && !candidate.hasUpperWord
      {
        return people.onlyPerson(
          among: nameFacts[nameID].byGivenName, namedIn: candidate.documentID)
      }
      if facts.surnamePeople == 0 && (!spoken || facts.givenNamePeople == 0) { return nil }
      return people.resolve(
        surnameOf: nameFacts[nameID].bySurname, givenNameOf: nameFacts[nameID].byGivenName,
        documentID: candidate.documentID, allowGivenName: spoken)
    }
    guard shape.partCount >= 2 && shape.partCount <= 4 else { return nil }
    let fullName = facts.fullName >= 0 ? Int(facts.fullName) : nil
    if isPersonCandidate(candidate, shape) { return fullName }
    // A name not known as a person may still be one already known in full ("Shinzo Abe").
    let plain = !candidate.hasUpperWord && facts.partsArePlain
    return plain ? fullName : nil
  }

  /// Demonyms the corpus coins from its own place names: "Rodaistian" of "Rodaistia",
  /// "Glendese" of "Glend", "Gupustani" of "Gupustan" (English makes demonyms with -n, -an,
  /// -ian, -ese, -i). A demonym alone is not an entity, as with the known ones. Returns the
  /// names (indices into `names`) that are such demonyms.
  private static func inferredDemonyms(
    _ candidates: [NameCandidate], _ shapes: [NameShape], _ names: [NameInfo]
  ) -> Set<Int> {
    // Any single name that is not a person's can be the stem.
    var isStem = [Bool](repeating: false, count: names.count)
    var isShouted = [Bool](repeating: false, count: names.count)
    for candidate in candidates {
      let name = Int(candidate.name)
      guard shapes[name].wordCount == 1 else { continue }
      if candidate.hasUpperWord { isShouted[name] = true }
      if !candidate.isPerson && !candidate.cues.contains(.speaker) { isStem[name] = true }
    }
    var stems: Set<String> = []
    for (index, name) in names.enumerated() where isStem[index] { stems.insert(name.words[0]) }
    var demonyms: Set<Int> = []
    for (index, name) in names.enumerated() where name.words.count == 1 {
      let word = name.words[0]
      guard word.count > 4, !isShouted[index] else { continue }
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

  /// An all-capital word that spells the initials of exactly one longer name is that name
  /// ("WWII" ~ "World War II"); when several names share the initials, it is the one named in
  /// the same document ("GFA" is the Glendese Fisheries Agency where that agency is named).
  private static func joinAcronyms(
    _ candidates: [NameCandidate], _ names: [NameInfo], _ facts: [NamePeople],
    _ nodeOfCandidate: [Int32], _ nodes: inout NodeTable
  ) {
    // The acronyms first (few), then only the names whose initials they spell. Letters are
    // numbered (`letterIDs`) so that nothing below hashes a string per candidate.
    var letterIDs: [String: Int] = [:]
    var acronyms: [(index: Int, letters: Int)] = []
    var acronymOfName = [Int32](repeating: -1, count: names.count)
    for (index, candidate) in candidates.enumerated()
    where candidate.hasUpperWord && nodeOfCandidate[index] >= 0 {
      let name = Int(candidate.name)
      if acronymOfName[name] < 0, let letters = facts[name].acronym {
        if letterIDs[letters] == nil { letterIDs[letters] = letterIDs.count }
        acronymOfName[name] = Int32(letterIDs[letters] ?? 0)
      }
      if acronymOfName[name] >= 0 { acronyms.append((index, Int(acronymOfName[name]))) }
    }
    guard !acronyms.isEmpty else { return }
    let initialsOfName = names.map { name -> Int in
      name.initials.flatMap { letterIDs[$0] } ?? -1
    }
    var nodesOfInitials: [Int: Set<Int>] = [:]
    var nodesOfInitialsInDocument: [Int: Set<Int>] = [:]
    func inDocument(_ initials: Int, _ documentID: Int) -> Int { documentID << 32 | initials }
    for (index, candidate) in candidates.enumerated() {
      let initials = initialsOfName[Int(candidate.name)]
      guard initials >= 0 else { continue }
      let found = Int(nodeOfCandidate[index])
      guard found >= 0, nodes.personOfNode[found] < 0 else { continue }
      let root = nodes.sets.find(found)
      nodesOfInitials[initials, default: []].insert(root)
      nodesOfInitialsInDocument[inDocument(initials, candidate.documentID), default: []]
        .insert(root)
    }
    for (index, letters) in acronyms {
      let found = Int(nodeOfCandidate[index])
      guard found >= 0 else { continue }
      var joined = nodesOfInitials[letters] ?? []
      if joined.count > 1 {
        joined = nodesOfInitialsInDocument[inDocument(letters, candidates[index].documentID)] ?? []
      }
      if joined.count == 1, let target = joined.first { nodes.sets.union(found, target) }
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

/// The disjoint sets of one grouping, with the keys that name their nodes.
private struct NodeTable {
  var sets = UnionFind()
  /// Nodes of names ("v:" and a variant key, or a document's own acronym "v:key#12").
  var nodeOfKey: [String: Int] = [:]
  /// The node of each person, -1 until one of their names is met.
  var nodeOfPerson: [Int32] = []
  /// The person each node stands for, -1 for a name's node.
  var personOfNode: [Int32] = []

  mutating func node(_ key: String) -> Int {
    if let existing = nodeOfKey[key] { return existing }
    let created = add()
    nodeOfKey[key] = created
    return created
  }

  mutating func node(ofPerson person: Int) -> Int {
    while nodeOfPerson.count <= person { nodeOfPerson.append(-1) }
    if nodeOfPerson[person] >= 0 { return Int(nodeOfPerson[person]) }
    let created = add()
    nodeOfPerson[person] = Int32(created)
    return created
  }

  private mutating func add() -> Int {
    personOfNode.append(-1)
    return sets.add()
  }
}

/// What the candidate loops of `EntityGrouper` ask of a name's words, as plain values.
struct NameShape: Sendable {
  var wordCount: Int32
  /// Words without particles and initials (`PersonDirectory.nameParts`).
  var partCount: Int32
  /// Shaped like a person's name (`EntityGrouper.hasPlainShape`).
  var plainShape: Bool
  /// Can be a name at all (`CandidateCleaner.hasNameShape`), for a non-person.
  var nameShape: Bool
  /// The surname also stands alone as a name elsewhere in the corpus: the last word, or the
  /// first before a romanized given name ("Kwon" of "Kwon Tae-Min").
  var lastWordIsLone: Bool
  /// Not an entity: a pair of known names ("Japan-Russia") or a demonym the corpus coins.
  var isDropped = false
  /// A country, capital or region (`NameInfo.isKnownPlace`).
  var isKnownPlace: Bool

  init(_ name: NameInfo, loneWords: Set<String>) {
    wordCount = Int32(name.words.count)
    partCount = Int32(name.parts.count)
    plainShape = name.plainShape
    nameShape = name.nameShape
    let surname = PersonDirectory.givenAndSurname(name.parts)?.surname ?? name.words.last
    lastWordIsLone = surname.map { loneWords.contains($0) } ?? false
    isKnownPlace = name.isKnownPlace
  }
}

/// What the people of the corpus make of one distinct name, worked out once per name.
struct NamePeople: Sendable {
  /// The part read for every candidate, as plain values.
  struct Summary: Sendable {
    /// The person a full name of two to four parts means, -1 for none.
    var fullName: Int32 = -1
    /// No part is a head noun or a country: a name not known as a person may still be one.
    var partsArePlain = false
    /// For a name of one part: how many people have it as surname, and as given name.
    var surnamePeople: Int32 = 0
    var givenNamePeople: Int32 = 0
    /// The one person of the first of those lists that has exactly one.
    var onlyPerson: Int32 = -1
    /// One part that several people share.
    var isAmbiguousWord = false
    /// A one-word name whose letters are the initials of several names: read as an acronym, it
    /// means one per document.
    var isSharedAcronym = false
  }

  var summary = Summary()
  /// For a name of one part: the people with that surname, and with that given name.
  var bySurname: [Int] = []
  var byGivenName: [Int] = []
  /// The letters of a one-word name read as an acronym ("u.s." → "us").
  var acronym: String?

  init(_ name: NameInfo, _ people: PersonDirectory, keysOfInitials: [String: Set<String>]) {
    let parts = name.parts
    if parts.count == 1 {
      bySurname = people.people(withSurname: parts[0])
      byGivenName = people.people(withGivenName: parts[0])
      summary.surnamePeople = Int32(bySurname.count)
      summary.givenNamePeople = Int32(byGivenName.count)
      if bySurname.count == 1 {
        summary.onlyPerson = Int32(bySurname[0])
      } else if bySurname.isEmpty && byGivenName.count == 1 {
        summary.onlyPerson = Int32(byGivenName[0])
      }
      summary.isAmbiguousWord = people.isAmbiguous(word: name.words[0])
    } else if parts.count >= 2 && parts.count <= 4 {
      summary.fullName = people.resolve(fullWords: name.words).map { Int32($0) } ?? -1
      summary.partsArePlain = parts.allSatisfy { word in
        let key = LexiconKeys.key(word)
        return !LexiconKeys.anyHead.contains(key) && !LexiconKeys.countryNames.contains(key)
      }
    }
    if name.words.count == 1 {
      let letters = name.words[0].filter { $0 != "." }
      acronym = letters
      summary.isSharedAcronym = (keysOfInitials[letters]?.count ?? 0) > 1
    }
  }
}
