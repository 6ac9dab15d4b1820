import Corpus
import Knowledge

/// Document highlight: every mention in the document of the entity under the cursor, whichever
/// name, variant or possessive it goes by there ("Lavrov", "Sergey Lavrov", "Lavrov’s").
enum DocumentHighlightFeature {
  static func highlights(_ params: TextDocumentPositionParams, _ context: RequestContext) throws
    -> [DocumentHighlight]?
  {
    let document = try context.document(params.textDocument.uri)
    let offset = document.text.byteOffset(of: params.position, context.encoding)
    return highlights(in: document, atByteOffset: offset, context.encoding)
  }

  /// The mentions of the entity named at `byteOffset`, in order; nil when no name is there.
  static func highlights(
    in document: AnalyzedDocument, atByteOffset byteOffset: Int, _ encoding: PositionEncoding
  ) -> [DocumentHighlight]? {
    guard let match = document.match(at: byteOffset) else { return nil }
    let byteRanges = document.matches.filter { $0.entityID == match.entityID }.map(\.byteRange)
    return document.text.lspRanges(ofBytes: byteRanges, encoding).map {
      DocumentHighlight(range: $0, kind: DocumentHighlight.textKind)
    }
  }
}
