import Corpus
import Knowledge

/// Workspace symbols: entities by name, alias, prefix or misspelling (the ranked, typo-tolerant
/// `KnowledgeBase.lookup`), each at the name in its defining sentence. An empty query lists
/// the most mentioned entities.
///
/// A symbol is shown under the name that matched the query, so a client that filters the
/// answer by the query it typed keeps it ("Northern Territories" finds the entity whose
/// canonical name is "Southern Kurils"); `containerName` gives the canonical name, the other
/// side's name and a person's role.
enum WorkspaceSymbolFeature {
  /// At most this many symbols for a query, and for the empty query.
  static let queryLimit = 50
  static let browseLimit = 100

  static func symbols(_ params: WorkspaceSymbolParams, _ context: RequestContext) throws
    -> [SymbolInformation]
  {
    let hits: [(entity: Entity, shownName: String)]
    if params.query.allSatisfy(\.isWhitespace) {
      hits = mostMentioned(context.knowledge.entities, limit: browseLimit).map { ($0, $0.name) }
    } else {
      hits = context.knowledge.lookup(params.query, limit: queryLimit).compactMap { hit in
        guard hit.entityID >= 0, hit.entityID < context.knowledge.entities.count else {
          return nil
        }
        return (context.entity(hit.entityID), hit.matchedName)
      }
    }
    return hits.compactMap {
      symbol(
        for: $0.entity, shownName: $0.shownName, corpus: context.index.corpus, context.encoding)
    }
  }

  /// The symbol of one entity, or nil when it has nowhere to point (no sentence, no mention).
  static func symbol(
    for entity: Entity, shownName: String, corpus: Corpus, _ encoding: PositionEncoding
  ) -> SymbolInformation? {
    guard let anchor = entity.symbolAnchor, anchor.documentID >= 0,
      anchor.documentID < corpus.documents.count
    else { return nil }
    let document = corpus.documents[anchor.documentID]
    return SymbolInformation(
      name: shownName, kind: entity.kind.symbolKind,
      location: Location(
        uri: DocumentURI(filePath: document.path),
        range: document.fileText.lspRange(
          ofBytes: document.fileRange(of: anchor.byteRange), encoding)),
      containerName: entity.symbolDetail(shownName: shownName))
  }

  /// The `limit` entities with the most mentions in stories, most first, ties by name.
  ///
  /// One pass: an entity whose mentions, furniture included, cannot beat the weakest kept is
  /// skipped without counting, so the cost is close to one comparison per entity.
  static func mostMentioned(_ entities: [Entity], limit: Int) -> [Entity] {
    guard limit > 0 else { return [] }
    func ranksBefore(_ left: (count: Int, entity: Entity), _ right: (count: Int, entity: Entity))
      -> Bool
    {
      left.count != right.count ? left.count > right.count : left.entity.name < right.entity.name
    }
    var kept: [(count: Int, entity: Entity)] = []
    for entity in entities {
      if kept.count == limit, let weakest = kept.last, entity.mentions.count < weakest.count {
        continue
      }
      let candidate = (count: entity.bodyMentionCount, entity: entity)
      guard candidate.count > 0 else { continue }
      if kept.count == limit {
        guard let weakest = kept.last, ranksBefore(candidate, weakest) else { continue }
        kept.removeLast()
      }
      let position = kept.firstIndex { ranksBefore(candidate, $0) } ?? kept.count
      kept.insert(candidate, at: position)
    }
    return kept.map(\.entity)
  }
}
