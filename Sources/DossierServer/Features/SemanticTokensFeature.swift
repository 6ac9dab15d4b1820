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
    // Per entity: its token type, and whether each way it is written is one side's name
    // (a handful of spellings per entity, thousands of mentions in a long report).
    var types: [Int: Int] = [:]
    var perspective: [Int: [String: Bool]] = [:]
    let data = encode(matches, in: document.text, context.encoding) { match in
      let type: Int
      if let known = types[match.entityID] {
        type = known
      } else {
        type = EntityKind.allCases.firstIndex(of: context.entity(match.entityID).kind) ?? 0
        types[match.entityID] = type
      }
      var modifiers = 0
      if declarations.contains(match.byteRange) { modifiers |= declarationBit }
      let isPerspective: Bool
      if let known = perspective[match.entityID]?[match.surface] {
        isPerspective = known
      } else {
        isPerspective = context.entity(match.entityID).isPerspectiveName(match.surface)
        perspective[match.entityID, default: [:]][match.surface] = isPerspective
      }
      if isPerspective { modifiers |= perspectiveBit }
      return (type, modifiers)
    }
    return SemanticTokens(data: data)
  }

  /// The names that stand in their entity's defining sentence, when `document` is a corpus
  /// file as indexed (an edited copy's offsets no longer line up with the index).
  static func declarationRanges(in document: AnalyzedDocument, _ context: RequestContext)
    -> Set<Range<Int>>
  {
    guard let corpusID = document.corpusDocumentID,
      document.text.bytes == context.index.corpus.documents[corpusID].fileText.bytes
    else { return [] }
    var ranges = Set<Range<Int>>()
    var seen = Set<Int>()
    for match in document.matches where seen.insert(match.entityID).inserted {
      if let declaration = context.entity(match.entityID).declaration,
        document.corpusDocumentIDs.contains(declaration.documentID)
      {
        // In the file's bytes, as the matches of a page or a dump are.
        ranges.insert(
          context.index.corpus.documents[declaration.documentID].fileRange(
            of: declaration.byteRange))
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
    var pieces: [Range<Int>] = []
    var classes: [(type: Int, modifiers: Int)] = []
    for match in matches {
      let kind = classify(match)
      // Names rarely span lines: only those that do are cut.
      let split =
        text.bytes[match.byteRange.clamped(to: 0..<text.bytes.count)].contains {
          $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        ? text.byteRangesSplitAtLineEnds(match.byteRange) : [match.byteRange]
      for piece in split {
        pieces.append(piece)
        classes.append(kind)
      }
    }
    // Pieces are in text order, so all positions come from one pass over the lines.
    let ranges = text.lspRanges(ofBytes: pieces, encoding)
    var data: [Int] = []
    data.reserveCapacity(ranges.count * 5)
    var previous = Position(line: 0, character: 0)
    for (range, kind) in zip(ranges, classes) {
      let lineDelta = range.start.line - previous.line
      data.append(lineDelta)
      data.append(
        lineDelta == 0 ? range.start.character - previous.character : range.start.character)
      data.append(range.end.character - range.start.character)
      data.append(kind.type)
      data.append(kind.modifiers)
      previous = range.start
    }
    return data
  }
}
