import Knowledge

/// Hover: the entity card for the name under the cursor; nothing on words that name nothing.
enum HoverFeature {
  static func hover(_ params: TextDocumentPositionParams, _ context: RequestContext) throws
    -> Hover?
  {
    let document = try context.document(params.textDocument.uri)
    let offset = document.text.byteOffset(of: params.position, context.encoding)
    guard let match = document.match(at: offset) else { return nil }
    let markdown = !context.client.prefersPlainTextHover
    let card = EntityCard(
      entity: context.entity(match.entityID), context: context, surface: match.surface,
      markdown: markdown)
    return Hover(
      contents: MarkupContent(kind: markdown ? "markdown" : "plaintext", value: card.render()),
      range: document.text.lspRange(ofBytes: match.byteRange, context.encoding))
  }
}
