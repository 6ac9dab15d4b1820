import Corpus

extension KnowledgeBase {
  /// A person's surname alone, by entity id, when other people share it ("Smith" for two
  /// Smiths): the only name the matcher knows that is not an entity's name or alias. With the
  /// entities, it is all `restore` needs to make the matcher again.
  public var sharedSurnames: [Int: String] { sharedLoneNames }

  /// A knowledge base from a corpus and the finished entities of an earlier build of the same
  /// corpus (an index cache). Nothing is read from the text again: the matcher, the lookup index
  /// and each document's mentions are made from the entities, so the result answers exactly as
  /// the build they came from did.
  ///
  /// `sharedSurnames`: the build's `sharedSurnames`. Throws when the entities do not fit the
  /// corpus (an id out of place, a mention or sentence outside the documents, a relation to no
  /// entity): such entities must not be used.
  public static func restore(
    corpus: Corpus, entities: [Entity], sharedSurnames: [Int: String]
  ) throws(RestoreError) -> KnowledgeBase {
    try check(entities, fit: corpus, sharedSurnames: sharedSurnames)
    let matcher = NameMatcher(
      names: entities.map { entity in (entity.allNames, sharedSurnames[entity.id]) })
    return KnowledgeBase(
      corpus: corpus, entities: entities, matcher: matcher,
      documentMatches: documentMatches(of: entities, documentCount: corpus.documents.count),
      sharedLoneNames: sharedSurnames)
  }

  /// Every mention of every entity, by document and in text order, as the matcher found them.
  /// The matcher's finds never overlap, so their order in a document is their start's order.
  private static func documentMatches(of entities: [Entity], documentCount: Int)
    -> [[NameMatcher.RawMatch]]
  {
    var counts = [Int](repeating: 0, count: documentCount)
    for entity in entities {
      for mention in entity.mentions { counts[mention.documentID] += 1 }
    }
    var matches = counts.map { count -> [NameMatcher.RawMatch] in
      var list: [NameMatcher.RawMatch] = []
      list.reserveCapacity(count)
      return list
    }
    for entity in entities {
      for mention in entity.mentions {
        matches[mention.documentID].append(
          NameMatcher.RawMatch(byteRange: mention.byteRange, entityID: entity.id))
      }
    }
    let unsorted = matches
    return Parallel.map(documentCount) { index in
      unsorted[index].sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    }
  }

  /// Checks every reference the features follow without a bound check of their own.
  private static func check(
    _ entities: [Entity], fit corpus: Corpus, sharedSurnames: [Int: String]
  ) throws(RestoreError) {
    let documents = corpus.documents
    func fits(_ documentID: Int, _ range: Range<Int>) -> Bool {
      documentID >= 0 && documentID < documents.count && range.lowerBound >= 0
        && range.upperBound <= documents[documentID].text.bytes.count
    }
    func fits(_ ref: SentenceRef?) -> Bool { ref.map { fits($0.documentID, $0.byteRange) } ?? true }
    for (index, entity) in entities.enumerated() {
      guard entity.id == index else { throw RestoreError("entity \(index) has id \(entity.id)") }
      for mention in entity.mentions where !fits(mention.documentID, mention.byteRange) {
        throw RestoreError("a mention of \(entity.key) is outside the corpus")
      }
      let refs =
        [entity.nameSource, entity.definition] + entity.aliases.map(\.source)
        + entity.related.map(\.source) + entity.quotations.map(\.source)
      guard refs.allSatisfy(fits),
        entity.quotations.allSatisfy({ fits($0.source.documentID, $0.byteRange) })
      else { throw RestoreError("a sentence of \(entity.key) is outside the corpus") }
      for relation in entity.related
      where relation.entityID < 0 || relation.entityID >= entities.count {
        throw RestoreError("\(entity.key) is related to no entity (\(relation.entityID))")
      }
    }
    for id in sharedSurnames.keys where id < 0 || id >= entities.count {
      throw RestoreError("a shared surname belongs to no entity (\(id))")
    }
  }
}

/// Why finished entities cannot be used with a corpus.
public struct RestoreError: Error, Sendable, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}
