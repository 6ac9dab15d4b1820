import Corpus
import Knowledge
import Testing

/// Every public field of an entity, comparable.
struct EntityFields: Equatable, CustomStringConvertible {
  let id: Int
  let key: String
  let name: String
  let usedBy: [String]
  let nameSource: SentenceRef?
  let kind: EntityKind
  let aliases: [Alias]
  let roles: [String]
  let nationality: String?
  let definition: SentenceRef?
  let glossaryDefinition: String?
  let mentions: [Mention]
  let related: [Relation]
  let quotations: [Quotation]
  let outlets: [String]
  let dates: [String]
  let firstSeen: CalendarDate?
  let lastSeen: CalendarDate?
  let bodyMentionCount: Int
  let documentCount: Int

  init(_ entity: Entity) {
    id = entity.id
    key = entity.key
    name = entity.name
    usedBy = entity.usedBy
    nameSource = entity.nameSource
    kind = entity.kind
    aliases = entity.aliases
    roles = entity.roles
    nationality = entity.nationality
    definition = entity.definition
    glossaryDefinition = entity.glossaryDefinition
    mentions = entity.mentions
    related = entity.related
    quotations = entity.quotations
    outlets = entity.outlets
    dates = entity.dates
    firstSeen = entity.firstSeen
    lastSeen = entity.lastSeen
    bodyMentionCount = entity.bodyMentionCount
    documentCount = entity.documentCount
  }

  var description: String { "\(key) (\(mentions.count) mentions)" }
}

/// What a document is, text and all, comparable.
struct DocumentFields: Equatable {
  let id: Int
  let relativePath: String
  let path: String
  let bytes: [UInt8]
  let lineIndex: LineIndex
  let parts: DocumentParts
  /// For a page or a dump: the file as the editor shows it, the address, and where each
  /// block and sentence lies in the file.
  let fileBytes: [UInt8]
  let url: String?
  let fileRanges: [Range<Int>]

  init(_ document: CorpusDocument) {
    id = document.id
    relativePath = document.relativePath
    path = document.path
    bytes = document.text.bytes
    lineIndex = document.text.lineIndex
    parts = document.parts
    fileBytes = document.fileText.bytes
    url = document.url
    fileRanges = document.fileRanges(
      of: document.blocks.map(\.byteRange) + document.sentences.map(\.byteRange))
  }
}

/// Expects `restored` to answer exactly as `built`: the same documents and skips, the same
/// entities field by field, the same keys, the same mentions in every document, the same
/// matches in a report made of the whole corpus's text, and the same lookups for every name,
/// every name's first four letters, every name with a letter dropped, and nothing.
func expectSameIndex(
  _ restored: KnowledgeBase, _ built: KnowledgeBase,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(restored.corpus.root == built.corpus.root, sourceLocation: sourceLocation)
  let restoredDocuments = restored.corpus.documents.map(DocumentFields.init)
  let builtDocuments = built.corpus.documents.map(DocumentFields.init)
  let documentsDiffer = builtDocuments.indices.filter {
    $0 >= restoredDocuments.count || restoredDocuments[$0] != builtDocuments[$0]
  }.map { builtDocuments[$0].relativePath }
  #expect(restoredDocuments.count == builtDocuments.count, sourceLocation: sourceLocation)
  #expect(documentsDiffer.isEmpty, "documents that differ", sourceLocation: sourceLocation)
  #expect(restored.corpus.skipped == built.corpus.skipped, sourceLocation: sourceLocation)
  let restoredEntities = restored.entities.map(EntityFields.init)
  let builtEntities = built.entities.map(EntityFields.init)
  #expect(restoredEntities.count == builtEntities.count, sourceLocation: sourceLocation)
  let entitiesDiffer = zip(restoredEntities, builtEntities).filter { $0 != $1 }.map(\.1.key)
  #expect(entitiesDiffer.isEmpty, "entities that differ", sourceLocation: sourceLocation)
  #expect(
    built.entities.allSatisfy { restored.entity(key: $0.key)?.id == $0.id },
    sourceLocation: sourceLocation)
  let mentionsDiffer = built.corpus.documents.indices.filter {
    restored.mentions(inDocument: $0) != built.mentions(inDocument: $0)
  }
  #expect(mentionsDiffer.isEmpty, "documents whose mentions differ", sourceLocation: sourceLocation)
  let report = built.corpus.documents.flatMap { $0.text.bytes + Array("\n\n".utf8) }
  let reportMatches = built.matches(in: report)
  #expect(!built.entities.isEmpty && !reportMatches.isEmpty, sourceLocation: sourceLocation)
  let restoredMatches = restored.matches(in: report)
  let matchesDiffer = zip(restoredMatches, reportMatches).filter { $0 != $1 }.map(\.1.surface)
  #expect(restoredMatches.count == reportMatches.count, sourceLocation: sourceLocation)
  #expect(
    matchesDiffer.isEmpty, "matches in the report that differ", sourceLocation: sourceLocation)
  var queries: Set<String> = [""]
  for entity in built.entities {
    for name in entity.allNames {
      queries.insert(name)
      queries.insert(String(name.prefix(4)))
      if name.count > 5 {
        var misspelt = name
        misspelt.remove(at: misspelt.index(misspelt.startIndex, offsetBy: 3))
        queries.insert(misspelt)
      }
    }
  }
  let lookupsDiffer = queries.sorted().filter { restored.lookup($0) != built.lookup($0) }
  #expect(lookupsDiffer.isEmpty, "queries whose lookups differ", sourceLocation: sourceLocation)
}
