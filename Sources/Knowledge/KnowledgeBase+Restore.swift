import Corpus

extension KnowledgeBase {
  /// A person's surname alone, by entity id, when other people share it ("Smith" for two
  /// Smiths): the only name the matcher knows that is not an entity's name or alias. With the
  /// entities, it is all a restore needs to make the matcher again.
  public var sharedSurnames: [Int: String] { sharedLoneNames }

  /// A knowledge base from a corpus and the finished entities of an earlier build of the same
  /// corpus (an index cache): `prepareRestore` then `restore(corpus:prepared:)`.
  public static func restore(
    corpus: Corpus, entities: [Entity], sharedSurnames: [Int: String]
  ) throws(RestoreError) -> KnowledgeBase {
    let prepared = try prepareRestore(
      entities: entities, sharedSurnames: sharedSurnames,
      documentByteCounts: corpus.documents.map(\.text.bytes.count))
    return try restore(corpus: corpus, prepared: prepared)
  }

  /// The part of a restore that needs only the entities and the length of each document's
  /// text: checked, and the matcher, the lookup index and each document's mentions made from
  /// them on every core. It can run while the corpus's files are still being read.
  ///
  /// `sharedSurnames`: the build's `sharedSurnames`. Throws when the entities do not fit
  /// documents of those lengths (an id out of place, a mention or sentence outside the
  /// documents, a relation to no entity): such entities must not be used.
  public static func prepareRestore(
    entities: [Entity], sharedSurnames: [Int: String], documentByteCounts: [Int]
  ) throws(RestoreError) -> PreparedRestore {
    try check(entities, fit: documentByteCounts, sharedSurnames: sharedSurnames)
    let documentCount = documentByteCounts.count
    let parts = Parallel.map(3) { task -> RestoredPart in
      switch task {
      case 0:
        return .matcher(
          NameMatcher(
            names: entities.map { entity in (entity.allNames, sharedSurnames[entity.id]) }))
      case 1:
        return .lookupIndex(LookupIndex(entities: entities))
      default:
        return .documentMatches(documentMatches(of: entities, documentCount: documentCount))
      }
    }
    var matcher = NameMatcher()
    var lookupIndex: LookupIndex?
    var matches: [[StoredMatch]] = []
    for part in parts {
      switch part {
      case .matcher(let made): matcher = made
      case .lookupIndex(let made): lookupIndex = made
      case .documentMatches(let made): matches = made
      }
    }
    return PreparedRestore(
      entities: entities, sharedSurnames: sharedSurnames, documentByteCounts: documentByteCounts,
      matcher: matcher, lookupIndex: lookupIndex ?? LookupIndex(entities: entities),
      documentMatches: matches)
  }

  /// The knowledge base of `corpus` from what `prepareRestore` made, which answers exactly as
  /// the build the entities came from did. Throws when the corpus's documents are not the
  /// ones prepared for (their number or the length of any text differs).
  public static func restore(corpus: Corpus, prepared: PreparedRestore) throws(RestoreError)
    -> KnowledgeBase
  {
    let documents = corpus.documents
    guard documents.count == prepared.documentByteCounts.count else {
      throw RestoreError(
        "prepared for \(prepared.documentByteCounts.count) documents, given \(documents.count)")
    }
    for (index, document) in documents.enumerated()
    where document.text.bytes.count != prepared.documentByteCounts[index] {
      throw RestoreError("document \(document.relativePath) is not the one prepared for")
    }
    return KnowledgeBase(
      corpus: corpus, entities: prepared.entities, matcher: prepared.matcher,
      documentMatches: prepared.documentMatches, sharedLoneNames: prepared.sharedSurnames,
      lookupIndex: prepared.lookupIndex)
  }

  /// The three independent parts a restore makes.
  private enum RestoredPart: Sendable {
    case matcher(NameMatcher)
    case lookupIndex(LookupIndex)
    case documentMatches([[StoredMatch]])
  }

  /// Every mention of every entity, by document and in text order, as the matcher found them.
  /// The matcher's finds never overlap, so their order in a document is their start's order.
  ///
  /// The mentions are first placed in one flat buffer, grouped by document (a counting sort:
  /// no list grows, so nothing is checked for uniqueness or reallocated per mention), then
  /// each document's run is sorted in place and copied out, on every core by chunks of
  /// documents.
  private static func documentMatches(of entities: [Entity], documentCount: Int)
    -> [[StoredMatch]]
  {
    // `firsts[d]`: where document `d`'s run starts in the flat buffer; `firsts[documentCount]`
    // is the number of mentions. Document ids were checked against `documentCount`.
    var firsts = [Int](repeating: 0, count: documentCount + 1)
    for entity in entities {
      for mention in entity.mentions { firsts[mention.documentID + 1] += 1 }
    }
    for document in 0..<documentCount { firsts[document + 1] += firsts[document] }
    let total = firsts[documentCount]
    var flat = [StoredMatch](unsafeUninitializedCapacity: total) { buffer, initialized in
      var next = firsts
      for entity in entities {
        for mention in entity.mentions {
          let slot = next[mention.documentID]
          (buffer.baseAddress! + slot).initialize(
            to: StoredMatch(
              NameMatcher.RawMatch(byteRange: mention.byteRange, entityID: entity.id)))
          next[mention.documentID] = slot + 1
        }
      }
      initialized = total
    }
    let chunkSize = 1024
    let chunkCount = (documentCount + chunkSize - 1) / chunkSize
    let chunks = flat.withUnsafeMutableBufferPointer { buffer -> [[[StoredMatch]]] in
      // Safe to share: chunk `index` sorts and reads only its own documents' runs, which do
      // not overlap, and `Parallel.map` returns only after every chunk is done.
      nonisolated(unsafe) let shared = buffer
      let bounds = firsts
      return Parallel.map(chunkCount) { chunk in
        let documents = (chunk * chunkSize)..<min(documentCount, (chunk + 1) * chunkSize)
        return documents.map { document -> [StoredMatch] in
          var run = UnsafeMutableBufferPointer(
            rebasing: shared[bounds[document]..<bounds[document + 1]])
          // Runs of one entity each, already in order: the sort merges them, in place.
          run.sort { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
          return Array(run)
        }
      }
    }
    var matches: [[StoredMatch]] = []
    matches.reserveCapacity(documentCount)
    for chunk in chunks { matches.append(contentsOf: chunk) }
    return matches
  }

  /// Checks every reference the features follow without a bound check of their own.
  private static func check(
    _ entities: [Entity], fit byteCounts: [Int], sharedSurnames: [Int: String]
  ) throws(RestoreError) {
    func fits(_ documentID: Int, _ range: Range<Int>) -> Bool {
      documentID >= 0 && documentID < byteCounts.count && range.lowerBound >= 0
        && range.upperBound <= byteCounts[documentID]
    }
    func fits(_ ref: SentenceRef?) -> Bool {
      guard let ref else { return true }
      return fits(ref.documentID, ref.byteRange)
    }
    for (index, entity) in entities.enumerated() {
      guard entity.id == index else { throw RestoreError("entity \(index) has id \(entity.id)") }
      for mention in entity.mentions where !fits(mention.documentID, mention.byteRange) {
        throw RestoreError("a mention of \(entity.key) is outside the corpus")
      }
      var sentencesFit = fits(entity.nameSource) && fits(entity.definition)
      for alias in entity.aliases { sentencesFit = sentencesFit && fits(alias.source) }
      for relation in entity.related {
        sentencesFit = sentencesFit && fits(relation.source)
        guard relation.entityID >= 0, relation.entityID < entities.count else {
          throw RestoreError("\(entity.key) is related to no entity (\(relation.entityID))")
        }
      }
      for quotation in entity.quotations {
        sentencesFit =
          sentencesFit && fits(quotation.source)
          && fits(quotation.source.documentID, quotation.byteRange)
      }
      guard sentencesFit else {
        throw RestoreError("a sentence of \(entity.key) is outside the corpus")
      }
    }
    for id in sharedSurnames.keys where id < 0 || id >= entities.count {
      throw RestoreError("a shared surname belongs to no entity (\(id))")
    }
  }
}

/// What `KnowledgeBase.prepareRestore` made, waiting for its corpus.
public struct PreparedRestore: Sendable {
  public let entities: [Entity]
  let sharedSurnames: [Int: String]
  let documentByteCounts: [Int]
  let matcher: NameMatcher
  let lookupIndex: LookupIndex
  let documentMatches: [[StoredMatch]]
}

/// Why finished entities cannot be used with a corpus.
public struct RestoreError: Error, Sendable, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
