import JSONRPC
import Knowledge

/// `dossier/entity {id}`: the full card of one entity, with every mention and quotation.
struct EntityRequest: LSPRequest {
  static let method = "dossier/entity"

  struct Params: Decodable, Sendable {
    var id: String
  }

  struct Response: Encodable, Sendable {
    var entity: EntitySummary
    var card: String
    var mentions: [MentionEntry]
    var quotations: [QuotationEntry]
    var related: [RelatedEntry]
    var dates: [String]
  }

  struct MentionEntry: Encodable, Sendable {
    var location: Location
    var text: String
    var boilerplate: Bool
  }

  struct QuotationEntry: Encodable, Sendable {
    var text: String
    var location: Location
    var sentence: Location
  }

  struct RelatedEntry: Encodable, Sendable {
    var id: String
    var name: String
    var kind: String
    var relation: String
    var source: Location?
  }

  static func handle(_ params: Params, _ context: RequestContext) throws -> Response {
    guard let entity = context.knowledge.entity(key: params.id) else {
      throw ResponseError.invalidParams("invalid params: id: no entity \"\(params.id)\"")
    }
    let card = EntityCard(entity: entity, context: context, surface: nil, markdown: true)
    return Response(
      entity: EntitySummary(entity, matchedName: nil, context),
      card: card.render(),
      mentions: entity.mentions.map { mention in
        MentionEntry(
          location: context.location(documentID: mention.documentID, byteRange: mention.byteRange),
          text: context.index.corpus.documents[mention.documentID].text[mention.byteRange],
          boilerplate: mention.isBoilerplate)
      },
      quotations: entity.quotations.map { quotation in
        QuotationEntry(
          text: quotation.text,
          location: context.location(
            documentID: quotation.source.documentID, byteRange: quotation.byteRange),
          sentence: context.location(of: quotation.source))
      },
      related: entity.related.map { relation in
        let other = context.entity(relation.entityID)
        return RelatedEntry(
          id: other.key, name: other.name, kind: other.kind.rawValue,
          relation: relation.kind.rawValue,
          source: relation.source.map(context.location(of:)))
      },
      dates: entity.dates)
  }
}
