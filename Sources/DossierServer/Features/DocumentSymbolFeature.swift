import Corpus
import Knowledge

/// Document symbols: the entities a document mentions, as an outline grouped by kind
/// (People, Places, Organizations, Agreements, Events, Other names).
///
/// Each entity's `selectionRange` is its first mention and its `range` runs to its last, so a
/// group's range holds its entities' and an entity's holds its mentions'; the children of an
/// entity are its mentions, each under the name it goes by there. Clients without
/// hierarchical support get one `SymbolInformation` per entity, at its first mention, with the
/// group as `containerName`.
///
/// An outline is for finding one's way, not a concordance: past `mentionLimit` mentions of
/// one entity the rest are left out of its children (its range still runs to the last, and its
/// detail says how many there are); references and highlights list them all.
enum DocumentSymbolFeature {
  static let mentionLimit = 100

  static func symbols(_ params: DocumentSymbolParams, _ context: RequestContext) throws
    -> DocumentSymbolResponse
  {
    let document = try context.document(params.textDocument.uri)
    let groups = group(document.matches, entity: context.entity)
    if context.client.supportsHierarchicalDocumentSymbols {
      return .outline(outline(groups, in: document, context.encoding))
    }
    return .flat(flatList(groups, in: document, context.encoding))
  }

  /// One entity and its mentions in the document, in order.
  struct EntityMentions {
    let entity: Entity
    let matches: [TextMatch]
    /// Where each of `matches` stands in the document's list of matches.
    let indices: [Int]
  }

  /// The document's entities by kind, in the order of `EntityKind.allCases`; within a kind,
  /// by first mention.
  static func group(_ matches: [TextMatch], entity: (Int) -> Entity) -> [(
    kind: EntityKind, members: [EntityMentions]
  )] {
    var order: [Int] = []
    var byEntity: [Int: [Int]] = [:]
    for (index, match) in matches.enumerated() {
      if byEntity[match.entityID] == nil { order.append(match.entityID) }
      byEntity[match.entityID, default: []].append(index)
    }
    var byKind: [EntityKind: [EntityMentions]] = [:]
    for id in order {
      let indices = byEntity[id] ?? []
      let member = EntityMentions(
        entity: entity(id), matches: indices.map { matches[$0] }, indices: indices)
      byKind[member.entity.kind, default: []].append(member)
    }
    return EntityKind.allCases.compactMap { kind in
      byKind[kind].map { (kind, $0) }
    }
  }

  static func outline(
    _ groups: [(kind: EntityKind, members: [EntityMentions])], in document: AnalyzedDocument,
    _ encoding: PositionEncoding
  ) -> [DocumentSymbol] {
    // Every name's range, converted in one pass over the document.
    let ranges = document.text.lspRanges(ofBytes: document.matches.map(\.byteRange), encoding)
    return groups.compactMap { group in
      let children = group.members.compactMap { member -> DocumentSymbol? in
        guard let first = member.indices.first, let last = member.indices.last,
          last < ranges.count
        else { return nil }
        var detail = member.entity.symbolDetail(shownName: member.entity.name)
        if member.indices.count > mentionLimit {
          let count = "first \(mentionLimit) of \(member.indices.count) mentions"
          detail = detail.map { $0 + " · " + count } ?? count
        }
        return DocumentSymbol(
          name: member.entity.name, detail: detail, kind: member.entity.kind.symbolKind,
          range: LSPRange(start: ranges[first].start, end: ranges[last].end),
          selectionRange: ranges[first],
          children: zip(member.matches, member.indices).prefix(mentionLimit).map { match, index in
            DocumentSymbol(
              name: match.surface, detail: nil, kind: member.entity.kind.symbolKind,
              range: ranges[index], selectionRange: ranges[index], children: nil)
          })
      }
      // Members are in order of first mention, so the group's first name is the first one's.
      guard let first = children.first else { return nil }
      let end = children.map(\.range.end).max { ($0.line, $0.character) < ($1.line, $1.character) }
      return DocumentSymbol(
        name: group.kind.groupName, detail: nil, kind: group.kind.symbolKind,
        range: LSPRange(start: first.range.start, end: end ?? first.range.end),
        selectionRange: first.selectionRange, children: children)
    }
  }

  static func flatList(
    _ groups: [(kind: EntityKind, members: [EntityMentions])], in document: AnalyzedDocument,
    _ encoding: PositionEncoding
  ) -> [SymbolInformation] {
    groups.flatMap { group in
      group.members.compactMap { member -> SymbolInformation? in
        guard let first = member.matches.first else { return nil }
        return SymbolInformation(
          name: member.entity.name, kind: member.entity.kind.symbolKind,
          location: Location(
            uri: document.uri, range: document.text.lspRange(ofBytes: first.byteRange, encoding)),
          containerName: group.kind.groupName)
      }
    }
  }
}
