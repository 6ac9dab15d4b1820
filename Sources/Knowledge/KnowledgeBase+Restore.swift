import Base
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
  /// text: checked, and the matcher and each document's mentions made from them, side by side.
  /// It can run while the corpus's files are still being read. (The lookup index is made
  /// afterwards, beside the first requests, as after a build.)
  ///
  /// `sharedSurnames`: the build's `sharedSurnames`. Throws when the entities do not fit
  /// documents of those lengths (an id out of place, a mention or sentence outside the
  /// documents, a relation to no entity): such entities must not be used.
  public static func prepareRestore(
    entities: [Entity], sharedSurnames: [Int: String], documentByteCounts: [Int]
  ) throws(RestoreError) -> PreparedRestore {
    try check(entities, fit: documentByteCounts, sharedSurnames: sharedSurnames)
    let documentCount = documentByteCounts.count
    let parts = Parallel.map(2) { task -> RestoredPart in
      switch task {
      case 0:
        var matcher = NameMatcher(
          names: entities.indices.map { entity in
            (
              entities[entity].allNames, sharedSurnames[entities[entity].id],
              entities[entity].roles
            )
          })
        matcher.addPlaceSurnames(
          ofPeople: entities.indices.filter { entities[$0].kind == .person }.map {
            ($0, entities[$0].name)
          })
        return .matcher(matcher)
      default:
        return .documentMatches(documentMatches(of: entities, documentCount: documentCount))
      }
    }
    var matcher = NameMatcher()
    var matches = DocumentMatches()
    for part in parts {
      switch part {
      case .matcher(let made): matcher = made
      case .documentMatches(let made): matches = made
      }
    }
    return PreparedRestore(
      entities: entities, sharedSurnames: sharedSurnames, documentByteCounts: documentByteCounts,
      matcher: matcher, documentMatches: matches)
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
    // By index, not by element: a copy of a document retains each of its ten references.
    for index in documents.indices
    where documents[index].text.bytes.count != prepared.documentByteCounts[index] {
      throw RestoreError("document \(documents[index].relativePath) is not the one prepared for")
    }
    return KnowledgeBase(
      corpus: corpus, entities: prepared.entities, matcher: prepared.matcher,
      documentMatches: prepared.documentMatches, sharedLoneNames: prepared.sharedSurnames)
  }

  /// The two independent parts a restore makes.
  private enum RestoredPart: Sendable {
    case matcher(NameMatcher)
    case documentMatches(DocumentMatches)
  }

  /// Every mention of every entity, by document and in text order, as the matcher found them.
  /// The matcher's finds never overlap, so their order in a document is their start's order.
  ///
  /// The mentions are placed in one flat buffer, grouped by document (a counting sort: no list
  /// grows, so nothing is checked for uniqueness or reallocated per mention), then each
  /// document's run is sorted in place, on every core by chunks of documents. The buffer is
  /// the table: nothing is copied out of it.
  private static func documentMatches(of entities: [Entity], documentCount: Int)
    -> DocumentMatches
  {
    // `firsts[d]`: where document `d`'s run starts in the flat buffer; `firsts[documentCount]`
    // is the number of mentions. Document ids were checked against `documentCount`.
    var firsts = [Int](repeating: 0, count: documentCount + 1)
    // Entities by index, not by element: a copy of an entity retains some twenty references.
    for entity in entities.indices {
      for mention in entities[entity].mentions { firsts[mention.documentID + 1] += 1 }
    }
    for document in 0..<documentCount { firsts[document + 1] += firsts[document] }
    let total = firsts[documentCount]
    var flat = [StoredMatch](unsafeUninitializedCapacity: total) { buffer, initialized in
      var next = firsts
      for entity in entities.indices {
        let entityID = entities[entity].id
        for mention in entities[entity].mentions {
          let slot = next[mention.documentID]
          (buffer.baseAddress! + slot).initialize(
            to: StoredMatch(
              NameMatcher.RawMatch(byteRange: mention.byteRange, entityID: entityID)))
          next[mention.documentID] = slot + 1
        }
      }
      initialized = total
    }
    let chunkSize = 1024
    let chunkCount = (documentCount + chunkSize - 1) / chunkSize
    flat.withUnsafeMutableBufferPointer { buffer in
      // Safe to share: chunk `index` sorts only its own documents' runs, which do not
      // overlap, and `Parallel.map` returns only after every chunk is done.
      nonisolated(unsafe) let shared = buffer
      let bounds = firsts
      _ = Parallel.map(chunkCount) { chunk in
        for document in (chunk * chunkSize)..<min(documentCount, (chunk + 1) * chunkSize) {
          var run = UnsafeMutableBufferPointer(
            rebasing: shared[bounds[document]..<bounds[document + 1]])
          // Runs of one entity each, already in order: the sort merges them, in place.
          run.sort { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        }
      }
    }
    return DocumentMatches(matches: flat, starts: firsts)
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
    // The entity is borrowed from the array, never copied: a copy of an entity retains some
    // twenty references, and a restore checks 57,000 entities at 100,000 articles.
    func check(_ entity: borrowing Entity, at index: Int) throws(RestoreError) {
      guard entity.id == index else { throw RestoreError("entity \(index) has id \(entity.id)") }
      for mention in entity.mentions where !fits(mention.documentID, mention.byteRange) {
        throw RestoreError("a mention of \(entity.key) is outside the corpus")
      }
      var sentencesFit = fits(entity.nameSource) && fits(entity.definition)
      for alias in entity.aliases.indices {
        sentencesFit = sentencesFit && fits(entity.aliases[alias].source)
      }
      for relation in entity.related.indices {
        let entityID = entity.related[relation].entityID
        sentencesFit = sentencesFit && fits(entity.related[relation].source)
        guard entityID >= 0, entityID < entities.count else {
          throw RestoreError("\(entity.key) is related to no entity (\(entityID))")
        }
      }
      for quotation in entity.quotations.indices {
        let source = entity.quotations[quotation].source
        sentencesFit =
          sentencesFit && fits(source)
          && fits(source.documentID, entity.quotations[quotation].byteRange)
      }
      guard sentencesFit else {
        throw RestoreError("a sentence of \(entity.key) is outside the corpus")
      }
    }
    try entities.withUnsafeBufferPointer { buffer throws(RestoreError) in
      for index in buffer.indices { try check(buffer[index], at: index) }
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
  let documentMatches: DocumentMatches
}

/// Why finished entities cannot be used with a corpus.
public struct RestoreError: Error, Sendable, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
