import Knowledge

/// Every name of every entity, findable by a prefix of the name or of any of its words:
/// "Kish" finds "Fumio Kishida" and "Kishida", "Southern K" finds "Southern Kurils".
///
/// Built once per index (through `AnalysisCache.derived`); a lookup is a binary search.
struct NamePrefixIndex: Sendable {
  struct Entry: Sendable {
    /// The folded name from word `wordIndex` on ("kishida" for "Fumio Kishida", word 1).
    let key: String
    let entityID: Int
    /// The name as the corpus writes it.
    let name: String
    /// 0 for the canonical name, 1 for a name one side uses, 2 for another variant.
    let nameRank: Int
    /// Which word of the name the key starts at.
    let wordIndex: Int
    /// The name from word `wordIndex` on, as written ("Kishida").
    let tail: String
    /// The words before it ("Fumio"), for a filter text that starts with the typed word.
    let leadingWords: String

    /// The entry of a whole name, for candidates found another way.
    static func wholeName(_ name: String, entityID: Int, nameRank: Int) -> Entry {
      Entry(
        key: DraftText.fold(name), entityID: entityID, name: name, nameRank: nameRank,
        wordIndex: 0, tail: name, leadingWords: "")
    }
  }

  /// A name as the corpus writes it after "the", and how often.
  struct NameAfterThe: Sendable {
    let name: String
    let entityID: Int
    let count: Int
  }

  let entries: [Entry]
  /// Story mentions of each entity, for ranking.
  let mentionCounts: [Int]
  /// The names the corpus writes after "the" ("the Southern Kurils"), most frequent first.
  let namesAfterThe: [NameAfterThe]

  init(knowledge: KnowledgeBase) {
    self.init(entities: knowledge.entities, namesAfterThe: Self.namesAfterThe(knowledge))
  }

  init(entities: [Entity], namesAfterThe: [NameAfterThe] = []) {
    var entries: [Entry] = []
    var counts: [Int] = []
    counts.reserveCapacity(entities.count)
    for entity in entities {
      counts.append(entity.bodyMentionCount)
      let sides = Set(entity.perspectiveNames.map(\.name))
      var seen = Set<String>()
      for (position, name) in entity.allNames.enumerated()
      where seen.insert(DraftText.fold(name)).inserted {
        let rank = position == 0 ? 0 : sides.contains(name) ? 1 : 2
        let words = Self.wordStarts(name)
        for (wordIndex, start) in words.enumerated() {
          entries.append(
            Entry(
              key: DraftText.fold(name[start...]), entityID: entity.id, name: name,
              nameRank: rank, wordIndex: wordIndex, tail: String(name[start...]),
              leadingWords: name[..<start].trimmingCharacters(in: " ")))
        }
      }
    }
    entries.sort { ($0.key, $0.entityID, $0.wordIndex) < ($1.key, $1.entityID, $1.wordIndex) }
    self.entries = entries
    self.mentionCounts = counts
    self.namesAfterThe = namesAfterThe
  }

  /// Counts the story mentions that follow "the " or "The ", per entity and name.
  static func namesAfterThe(_ knowledge: KnowledgeBase) -> [NameAfterThe] {
    let article = Array("the ".utf8)
    var counts: [String: NameAfterThe] = [:]
    for entity in knowledge.entities {
      for mention in entity.mentions where !mention.isBoilerplate {
        let documents = knowledge.corpus.documents
        guard mention.documentID >= 0, mention.documentID < documents.count else { continue }
        let bytes = documents[mention.documentID].text.bytes
        let start = mention.byteRange.lowerBound
        guard start >= article.count, mention.byteRange.upperBound <= bytes.count else { continue }
        let before = bytes[(start - article.count)..<start].map { $0 | 0x20 }
        guard before.elementsEqual(article.map { $0 | 0x20 }) else { continue }
        // "The" must be a word of its own ("breathe Tokyo" is not "the Tokyo").
        if start > article.count {
          let previous = bytes[start - article.count - 1]
          guard
            previous == 0x20 || previous == 0x0A || previous == 0x0D || previous == 0x09
              || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "\"")
          else { continue }
        }
        let name = String(decoding: bytes[mention.byteRange], as: UTF8.self)
        let key = "\(entity.id)\u{0}\(DraftText.fold(name))"
        let count = (counts[key]?.count ?? 0) + 1
        counts[key] = NameAfterThe(
          name: counts[key]?.name ?? name, entityID: entity.id, count: count)
      }
    }
    return counts.values.sorted {
      ($0.count, $1.name, $1.entityID) > ($1.count, $0.name, $0.entityID)
    }
  }

  /// Entries whose key starts with `foldedPrefix`, at most `limit` (in key order).
  func entries(withPrefix foldedPrefix: String, limit: Int) -> ArraySlice<Entry> {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].key < foldedPrefix { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < entries.count, end - low < limit, entries[end].key.hasPrefix(foldedPrefix) {
      end += 1
    }
    return entries[low..<end]
  }

  func hasEntry(withPrefix foldedPrefix: String) -> Bool {
    !entries(withPrefix: foldedPrefix, limit: 1).isEmpty
  }

  /// Where each word of a name starts: after a space, not inside "U.S." or "Kōno".
  static func wordStarts(_ name: String) -> [String.Index] {
    var starts: [String.Index] = []
    var previousWasSpace = true
    for index in name.indices {
      let isSpace = name[index] == " "
      if previousWasSpace, !isSpace { starts.append(index) }
      previousWasSpace = isSpace
    }
    return starts
  }
}

extension StringProtocol {
  /// The text without leading and trailing `character`s.
  func trimmingCharacters(in character: Character) -> String {
    String(drop(while: { $0 == character }).reversed().drop(while: { $0 == character }).reversed())
  }
}

extension AnalysisCache {
  /// Builds what the first completion and diagnostics of a new index need, off the read loop
  /// (on the indexing queue, after the swap).
  func warmUp(_ snapshot: IndexSnapshot, diagnostics: Bool) {
    _ = derived(NamePrefixIndex.self, index: snapshot) {
      NamePrefixIndex(knowledge: snapshot.knowledge)
    }
    guard diagnostics else { return }
    _ = derived(NameWordIndex.self, index: snapshot) {
      NameWordIndex(knowledge: snapshot.knowledge)
    }
    _ = derived(SidedEntities.self, index: snapshot) {
      SidedEntities(entities: snapshot.knowledge.entities)
    }
  }
}
