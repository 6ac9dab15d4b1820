import JSONRPC
import Knowledge

/// `dossier/lookup {query, limit?}`: entities by name, alias, prefix or misspelling, ranked.
struct LookupRequest: LSPRequest {
  static let method = "dossier/lookup"

  struct Params: Decodable, Sendable {
    var query: String
    var limit: Int?
  }

  struct Response: Encodable, Sendable {
    var entities: [EntitySummary]
    /// True while the first index is still being built: the answer may be incomplete.
    var indexing: Bool
  }

  /// The default number of entities, and the most a client can ask for.
  static let defaultLimit = 10
  static let maximumLimit = 200

  static func handle(_ params: Params, _ context: RequestContext) throws -> Response {
    let limit = params.limit ?? defaultLimit
    guard limit > 0 else {
      throw ResponseError.invalidParams("invalid params: limit: must be at least 1")
    }
    let hits = context.knowledge.lookup(params.query, limit: min(limit, maximumLimit))
    var isIndexing = false
    if case .indexing = context.index.status { isIndexing = true }
    return Response(
      entities: hits.map {
        EntitySummary(context.entity($0.entityID), matchedName: $0.matchedName, context)
      },
      indexing: isIndexing)
  }
}

/// One entity as `dossier/lookup` lists it.
struct EntitySummary: Encodable, Sendable {
  struct Name: Encodable, Sendable {
    var name: String
    var usedBy: [String]?
  }

  var id: String
  var name: String
  var kind: String
  /// Every other name, with who uses it when the text says so.
  var aliases: [Name]
  /// The canonical name's side, when stated ("Russia").
  var usedBy: [String]?
  /// One line: the names joined across sides, kind, role.
  var summary: String
  var roles: [String]?
  var nationality: String?
  var definition: Location?
  var definitionText: String?
  /// The address of the defining sentence's article, when its page or record gives one.
  var definitionURL: String?
  var mentionCount: Int
  var documents: Int
  var outlets: [String]
  /// The name that matched the query.
  var matchedName: String?

  init(_ entity: Entity, matchedName: String?, _ context: RequestContext) {
    id = entity.key
    name = entity.name
    kind = entity.kind.rawValue
    aliases = entity.aliases.map {
      Name(name: $0.name, usedBy: $0.usedBy.isEmpty ? nil : $0.usedBy)
    }
    usedBy = entity.usedBy.isEmpty ? nil : entity.usedBy
    let card = EntityCard(entity: entity, context: context, surface: matchedName, markdown: false)
    var facts = [entity.kind.rawValue]
    facts += entity.roles
    if let nationality = entity.nationality { facts.append(nationality) }
    summary = card.headline() + " — " + facts.joined(separator: ", ")
    roles = entity.roles.isEmpty ? nil : entity.roles
    nationality = entity.nationality
    definition = entity.definition.map(context.location(of:))
    definitionURL = entity.definition.flatMap { context.index.corpus.documents[$0.documentID].url }
    definitionText =
      entity.definition.map { card.clean(context.knowledge.sentenceText($0)) }
      ?? entity.glossaryDefinition
    mentionCount = entity.bodyMentionCount
    documents = entity.documentCount
    outlets = entity.outlets
    self.matchedName = matchedName
  }
}
