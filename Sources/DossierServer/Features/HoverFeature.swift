import Knowledge

/// Hover: the entity card for the name under the cursor; nothing on words that name nothing.
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
    let entity = context.entity(match.entityID)
    let leadingName = EntityCard.leadingName(of: entity, surface: match.surface)
    let key = CardCache.Key(entityID: match.entityID, leadingName: leadingName, markdown: markdown)
    let contents = context.analysis.cards(index: context.index).contents(key) {
      EntityCard(entity: entity, context: context, surface: leadingName, markdown: markdown)
        .render()
    }
    return Hover(
      contents: contents, range: document.text.lspRange(ofBytes: match.byteRange, context.encoding))
  }
}
