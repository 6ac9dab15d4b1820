import Corpus
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
    let start = document.text.byteOffset(of: params.range.start, context.encoding)
    let end = document.text.byteOffset(of: params.range.end, context.encoding)
    return hints(
      in: document, byteRange: start..<max(start, end), entities: context.knowledge.entities,
      context.encoding)
  }

  /// The hints for the names in `byteRange` of `document`.
  static func hints(
    in document: AnalyzedDocument, byteRange: Range<Int>, entities: [Entity],
    _ encoding: PositionEncoding
  ) -> [InlayHint] {
    let text = document.text
    var hints: [InlayHint] = []
    for match in document.matches(overlapping: byteRange) {
      guard let entity = entities.element(at: match.entityID),
        let perspective = entity.perspective(ofSurface: match.surface),
        !document.namesOtherSide(of: entity, side: perspective.side, near: match.byteRange)
      else { continue }
      let end = DraftText.endOfPossessive(in: text.bytes, after: match.byteRange.upperBound)
      hints.append(
        InlayHint(
          position: text.lspPosition(ofByteOffset: end, encoding),
          label: "⇔ " + perspective.others.map(\.name).joined(separator: " ⇔ "),
          tooltip: tooltip(perspective, entity: entity), paddingLeft: true, paddingRight: nil))
    }
    return hints
  }

  /// "The same place: Russia: Southern Kurils · Japan: Northern Territories" (a side not
  /// named shows its name alone).
  static func tooltip(_ perspective: Perspective, entity: Entity) -> String {
    let sides = [perspective.side] + perspective.others
    return "The same \(entity.kind.rawValue): "
      + sides.map { side in
        (side.usedBy.isEmpty ? "" : side.usedBy.joined(separator: ", ") + ": ") + side.name
      }.joined(separator: " · ")
  }
}
