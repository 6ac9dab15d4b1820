import Base
import Corpus

/// Finds entities by what a user types: a whole name or alias, the start of any word of one
/// ("Kish" → "Fumio Kishida"), or a misspelling ("Lavrof"). Indexed so a query touches only
/// the names that share its start or its letter triples, never every entity.
struct LookupIndex: Sendable {
  private struct Entry: Sendable {
    let entityID: Int
    let name: String
    let folded: [UInt8]
    let isCanonical: Bool
  }

  private var entries: [Entry] = []
  private var exact: [String: [Int]] = [:]
  /// Every entry's folded name, end to end: the suffixes below are ranges of it.
  private var nameBytes: [UInt8] = []
  /// Every word-boundary suffix of the folded names, sorted. A range of `nameBytes`, not an
  /// array of its own: a restore from the index cache makes this index again, and an array per
  /// suffix was an allocation each, and retains and releases in every step of the sort.
  private var suffixes: [Suffix] = []
  private var trigrams: [UInt32: [Int]] = [:]
  private let mentionCounts: [Int]

  /// The folded name of `entry` from `start` (a word's first byte) to its end.
  private struct Suffix: Sendable {
    let start: Int
    let end: Int
    let entry: Int

    var byteRange: Range<Int> { start..<end }
  }

  init(entities: [Entity]) {
    mentionCounts = entities.indices.map { entities[$0].bodyMentionCount }
    var suffixes: [Suffix] = []
    var nameBytes: [UInt8] = []
    // By index, not by element: a copy of an entity retains some twenty references.
    for position in entities.indices {
      let entityID = entities[position].id
      var seen: Set<String> = []
      for (offset, name) in entities[position].allNames.enumerated() {
        let folded = NameKey.normalize(name)
        guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
        let index = entries.count
        let bytes = Array(folded.utf8)
        entries.append(
          Entry(entityID: entityID, name: name, folded: bytes, isCanonical: offset == 0))
        exact[folded, default: []].append(index)
        let base = nameBytes.count
        nameBytes.append(contentsOf: bytes)
        var start = 0
        while start < bytes.count {
          suffixes.append(
            Suffix(start: base + start, end: base + bytes.count, entry: index))
          guard let space = bytes[start...].firstIndex(where: { $0 == 0x20 || $0 == 0x2D }) else {
            break
          }
          start = space + 1
        }
      }
    }
    // The sort and the trigram table, one on each core.
    let unsorted = suffixes
    let allNameBytes = nameBytes
    let names = entries.map(\.folded)
    let parts = Parallel.map(2) { task -> Part in
      if task == 0 {
        return .suffixes(
          allNameBytes.withUnsafeBufferPointer { bytes in
            unsorted.sorted {
              BytewiseOrder.precedes(
                UnsafeBufferPointer(rebasing: bytes[$0.byteRange]),
                UnsafeBufferPointer(rebasing: bytes[$1.byteRange]))
            }
          })
      }
      var trigrams: [UInt32: [Int]] = [:]
      for (index, bytes) in names.enumerated() {
        for gram in Self.trigrams(of: bytes) { trigrams[gram, default: []].append(index) }
      }
      return .trigrams(trigrams)
    }
    self.nameBytes = nameBytes
    for part in parts {
      switch part {
      case .suffixes(let sorted): self.suffixes = sorted
      case .trigrams(let table): trigrams = table
      }
    }
  }

  /// The two halves of the index built side by side.
  private enum Part: Sendable {
    case suffixes([Suffix])
    case trigrams([UInt32: [Int]])
  }

  func lookup(_ query: String, limit: Int) -> [LookupHit] {
    guard limit > 0 else { return [] }
    let folded = NameKey.normalize(query)
    if folded.isEmpty {
      return mentionCounts.indices.sorted { mentionCounts[$0] > mentionCounts[$1] }.prefix(limit)
        .compactMap { id in
          entries.first { $0.entityID == id && $0.isCanonical }.map {
            LookupHit(entityID: id, matchedName: $0.name, score: 0.1)
          }
        }
    }
    let bytes = Array(folded.utf8)
    var best: [Int: LookupHit] = [:]
    func offer(_ entryIndex: Int, _ score: Double) {
      let entry = entries[entryIndex]
      if let existing = best[entry.entityID], existing.score >= score { return }
      best[entry.entityID] = LookupHit(
        entityID: entry.entityID, matchedName: entry.name, score: score)
    }
    for index in exact[folded] ?? [] { offer(index, entries[index].isCanonical ? 1.0 : 0.6) }
    // Prefixes of any word of a name.
    let prefixed = nameBytes.withUnsafeBufferPointer { names in
      bytes.withUnsafeBufferPointer { query in
        suffixesStarting(with: query, in: names)
      }
    }
    for entry in prefixed {
      offer(entry, entries[entry].isCanonical ? 0.8 : 0.55)
    }
    if best.count < limit && bytes.count >= 3 { offerMisspellings(bytes, offer) }
    return best.values.sorted { lhs, rhs in
      if lhs.score != rhs.score { return lhs.score > rhs.score }
      let lhsCount = mentionCounts[lhs.entityID]
      let rhsCount = mentionCounts[rhs.entityID]
      if lhsCount != rhsCount { return lhsCount > rhsCount }
      return lhs.matchedName < rhs.matchedName
    }.prefix(limit).map { $0 }
  }

  /// The entries of the first 2,000 suffixes that start with `query`, in their order.
  private func suffixesStarting(
    with query: UnsafeBufferPointer<UInt8>, in names: UnsafeBufferPointer<UInt8>
  ) -> [Int] {
    var low = 0
    var high = suffixes.count
    while low < high {
      let middle = (low + high) / 2
      let suffix = UnsafeBufferPointer(rebasing: names[suffixes[middle].byteRange])
      if BytewiseOrder.precedes(suffix, query) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    var found: [Int] = []
    var cursor = low
    while cursor < suffixes.count && found.count < 2000 {
      let range = suffixes[cursor].byteRange
      guard range.count >= query.count,
        query.isEmpty
          || memcmp(names.baseAddress! + range.lowerBound, query.baseAddress!, query.count) == 0
      else { break }
      found.append(suffixes[cursor].entry)
      cursor += 1
    }
    return found
  }

  /// Names within a small edit distance of the query, as a whole or word by word.
  private func offerMisspellings(_ query: [UInt8], _ offer: (Int, Double) -> Void) {
    let limit = query.count <= 4 ? 1 : (query.count <= 10 ? 2 : 3)
    var shared: [Int: Int] = [:]
    let grams = Self.trigrams(of: query)
    for gram in grams {
      for entry in trigrams[gram] ?? [] { shared[entry, default: 0] += 1 }
    }
    let needed = max(1, grams.count - 3 * limit)
    let candidates = shared.filter { $0.value >= needed }.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }.prefix(300)
    for (entryIndex, _) in candidates {
      let entry = entries[entryIndex]
      var distance = EditDistance.distance(query, entry.folded, limit: limit)
      if distance > limit {
        // A misspelt word of a longer name ("Kishda" for "Fumio Kishida").
        for word in entry.folded.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }) {
          distance = min(distance, EditDistance.distance(query, Array(word), limit: limit))
        }
      }
      if distance <= limit {
        offer(entryIndex, 0.45 - 0.1 * Double(distance) + (entry.isCanonical ? 0.01 : 0))
      }
    }
  }

  /// Letter triples of a folded name, padded so its first and last letters count.
  private static func trigrams(of bytes: [UInt8]) -> Set<UInt32> {
    let padded: [UInt8] = [0x20] + bytes + [0x20]
    guard padded.count >= 3 else { return [] }
    var grams: Set<UInt32> = []
    for index in 0..<(padded.count - 2) {
      grams.insert(
        UInt32(padded[index]) << 16 | UInt32(padded[index + 1]) << 8 | UInt32(padded[index + 2]))
    }
    return grams
  }
}
