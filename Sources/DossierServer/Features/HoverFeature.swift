import Knowledge

/// Hover: the entity card for the name under the cursor; nothing on words that name nothing.
/// A surname two people share, with nothing in the draft to say which is meant, shows both
/// cards, never none.
///
/// Cards come from the index's `CardCache`: the first hover on an entity renders its card, the
/// next ones copy its bytes and add the range.
enum HoverFeature {
  static func hover(_ params: TextDocumentPositionParams, _ context: RequestContext) throws
    -> Hover?
  {
    let document = try context.document(params.textDocument.uri)
    let offset = document.text.byteOffset(of: params.position, context.encoding)
    guard let match = document.match(at: offset) else { return nil }
    let markdown = !context.client.prefersPlainTextHover
    let range = document.text.lspRange(ofBytes: match.byteRange, context.encoding)
    if match.alternatives.count > 1 {
      let cards = match.alternatives.map { id in
        EntityCard(entity: context.entity(id), context: context, surface: nil, markdown: markdown)
          .render()
      }
      let lead = "“\(match.surface)” may mean any of \(match.alternatives.count) people:"
      let rule = markdown ? "\n\n---\n\n" : "\n\n"
      return Hover(
        contents: CardCache.encode(lead + rule + cards.joined(separator: rule), markdown: markdown),
        range: range)
    }
    let entity = context.entity(match.entityID)
    let leadingName = EntityCard.leadingName(of: entity, surface: match.surface)
    let key = CardCache.Key(entityID: match.entityID, leadingName: leadingName, markdown: markdown)
    let contents = context.analysis.cards(index: context.index).contents(key) {
      EntityCard(entity: entity, context: context, surface: leadingName, markdown: markdown)
        .render()
    }
    return Hover(contents: contents, range: range)
  }
}
