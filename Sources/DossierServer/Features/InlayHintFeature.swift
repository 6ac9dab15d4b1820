import Knowledge

/// Inlay hints: after a name that one side uses, the name the other side uses for the same
/// thing ("Southern Kurils ⇔ Northern Territories"), so a writer sees both without hovering.
///
/// Only in the requested range; not where the text already gives the other side's name
/// nearby (in the same sentence), which would only repeat it.
enum InlayHintFeature {
  static func inlayHints(_ params: InlayHintParams, _ context: RequestContext) throws
    -> [InlayHint]?
  {
    let document = try context.document(params.textDocument.uri)
    let text = document.text
    let range =
      text.byteOffset(
        of: params.range.start, context.encoding)..<max(
        text.byteOffset(of: params.range.start, context.encoding),
        text.byteOffset(of: params.range.end, context.encoding))
    var hints: [InlayHint] = []
    for match in document.matches(overlapping: range) {
      let entity = context.entity(match.entityID)
      guard let perspective = entity.perspective(ofSurface: match.surface),
        !document.namesOtherSide(of: entity, side: perspective.side, near: match.byteRange)
      else { continue }
      let end = DraftText.endOfPossessive(in: text.bytes, after: match.byteRange.upperBound)
      // A hint at the very end of the range still belongs to it; past it, it doesn't.
      guard end <= range.upperBound || match.byteRange.upperBound <= range.upperBound else {
        continue
      }
      hints.append(
        InlayHint(
          position: text.lspPosition(ofByteOffset: end, context.encoding),
          label: "⇔ " + perspective.others.map(\.name).joined(separator: " ⇔ "),
          tooltip: tooltip(perspective, entity: entity), paddingLeft: true, paddingRight: nil))
    }
    return hints
  }

  /// "The same place: Russia: Southern Kurils · Japan: Northern Territories".
  static func tooltip(_ perspective: Perspective, entity: Entity) -> String {
    let sides = [perspective.side] + perspective.others
    return "The same \(entity.kind.rawValue): "
      + sides.map { $0.usedBy.joined(separator: ", ") + ": " + $0.name }.joined(separator: " · ")
  }
}
