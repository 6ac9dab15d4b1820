import JSONRPC
import Knowledge

/// `dossier/entity {id}`: the full card of one entity, with every mention and quotation.
public struct EntityRequest: LSPRequest {
  public static let method = "dossier/entity"

  public struct Params: Decodable, Sendable {
    public var id: String
  }

  public struct Response: Encodable, Sendable {
    public var entity: EntitySummary
    public var card: String
    public var mentions: [MentionEntry]
    public var quotations: [QuotationEntry]
    public var related: [RelatedEntry]
    public var dates: [String]
  }

  public struct MentionEntry: Encodable, Sendable {
    public var location: Location
    public var text: String
    public var boilerplate: Bool
  }

  public struct QuotationEntry: Encodable, Sendable {
    public var text: String
    public var location: Location
    public var sentence: Location
  }

  public struct RelatedEntry: Encodable, Sendable {
    public var id: String
    public var name: String
    public var kind: String
    public var relation: String
    public var source: Location?
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
