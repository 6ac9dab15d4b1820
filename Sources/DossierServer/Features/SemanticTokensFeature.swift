import Corpus
import JSONRPC
import Knowledge

/// Semantic tokens: every name in a document, typed by its entity's kind, so an editor colours
/// people, places, organizations, agreements and events apart.
///
/// Types are standard LSP token types (themes already colour them), one per entity kind, in
/// the order of `EntityKind.allCases`. Modifiers: `declaration` on the name in an entity's
/// defining sentence (in an unedited corpus file), `perspective` on a name that one side
/// uses ("Northern Territories", Japan's name).
enum SemanticTokensFeature {
  static let tokenTypes = EntityKind.allCases.map(\.semanticTokenType)
  static let tokenModifiers = ["declaration", "perspective"]
  static let declarationBit = 1 << 0
  static let perspectiveBit = 1 << 1

  static let legend = SemanticTokensLegend(tokenTypes: tokenTypes, tokenModifiers: tokenModifiers)

  /// The `semanticTokensProvider` capability: the legend, whole documents and ranges.
  static var capability: JSONValue {
    [
      "legend": [
        "tokenTypes": .array(tokenTypes.map(JSONValue.string)),
        "tokenModifiers": .array(tokenModifiers.map(JSONValue.string)),
      ],
      "full": true,
      "range": true,
    ]
  }

  static func full(_ params: SemanticTokensParams, _ context: RequestContext) throws
    -> SemanticTokens
  {
    let document = try context.document(params.textDocument.uri)
    return tokens(of: document.matches[...], in: document, context)
  }

  static func range(_ params: SemanticTokensRangeParams, _ context: RequestContext) throws
    -> SemanticTokens
  {
    let document = try context.document(params.textDocument.uri)
    let start = document.text.byteOffset(of: params.range.start, context.encoding)
    let end = document.text.byteOffset(of: params.range.end, context.encoding)
    // A name that straddles the range's edge is sent whole, as clients expect.
    let matches = document.matches(overlapping: start..<max(start, end))
    return tokens(of: matches, in: document, context)
  }

  static func tokens(
    of matches: ArraySlice<TextMatch>, in document: AnalyzedDocument, _ context: RequestContext
  ) -> SemanticTokens {
    let declarations = declarationRanges(in: document, context)
    var classes: [Int: (type: Int, entity: Entity)] = [:]
    let data = encode(matches, in: document.text, context.encoding) { match in
      let entry: (type: Int, entity: Entity)
      if let known = classes[match.entityID] {
        entry = known
      } else {
        let entity = context.entity(match.entityID)
        entry = (EntityKind.allCases.firstIndex(of: entity.kind) ?? 0, entity)
        classes[match.entityID] = entry
      }
      var modifiers = 0
      if declarations.contains(match.byteRange) { modifiers |= declarationBit }
      if entry.entity.isPerspectiveName(match.surface) { modifiers |= perspectiveBit }
      return (entry.type, modifiers)
    }
    return SemanticTokens(data: data)
  }

  /// The names that stand in their entity's defining sentence, when `document` is a corpus
  /// file as indexed (an edited copy's offsets no longer line up with the index).
  static func declarationRanges(in document: AnalyzedDocument, _ context: RequestContext)
    -> Set<Range<Int>>
  {
    guard let corpusID = document.corpusDocumentID,
      document.text.bytes == context.index.corpus.documents[corpusID].text.bytes
    else { return [] }
    var ranges = Set<Range<Int>>()
    var seen = Set<Int>()
    for match in document.matches where seen.insert(match.entityID).inserted {
      if let declaration = context.entity(match.entityID).declaration,
        declaration.documentID == corpusID
      {
        ranges.insert(declaration.byteRange)
      }
    }
    return ranges
  }

  /// Packs names as LSP wants them: five integers per token, each position relative to the
  /// previous token, lengths in the negotiated encoding, and a name that runs over a line end
  /// cut into one token per line (a token may not span lines).
  static func encode(
    _ matches: some Sequence<TextMatch>, in text: SourceText, _ encoding: PositionEncoding,
    classify: (TextMatch) -> (type: Int, modifiers: Int)
  ) -> [Int] {
    var data: [Int] = []
    var previous = Position(line: 0, character: 0)
    for match in matches {
      let (type, modifiers) = classify(match)
      for piece in text.lspLineRanges(ofBytes: match.byteRange, encoding) {
        let lineDelta = piece.start.line - previous.line
        let startDelta =
          lineDelta == 0 ? piece.start.character - previous.character : piece.start.character
        data += [
          lineDelta, startDelta, piece.end.character - piece.start.character, type, modifiers,
        ]
        previous = piece.start
      }
    }
    return data
  }
}
