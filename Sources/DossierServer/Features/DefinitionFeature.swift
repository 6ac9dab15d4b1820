import Base
import Corpus
import Knowledge

/// Go to source: from a name to the sentence that defines it (then other strong sentences),
/// and from a quotation in the draft to the source sentence that contains it.
enum DefinitionFeature {
  /// At most this many places for one name.
  static let limit = 10

  static func definition(_ params: TextDocumentPositionParams, _ context: RequestContext) throws
    -> DefinitionResponse?
  {
    let document = try context.document(params.textDocument.uri)
    let offset = document.text.byteOffset(of: params.position, context.encoding)
    var targets: [Target] = []
    var origin = offset..<offset
    // Inside a quotation, its source comes first; a name inside a quotation nobody said
    // still leads to the name's source.
    if let quote = quotation(at: offset, in: context.analysis.quotedSpans(of: document)) {
      origin = quote
      targets = sources(ofQuotation: document.text[quote], context)
    }
    if targets.isEmpty, let match = document.match(at: offset) {
      origin = match.byteRange
      targets = sources(of: context.entity(match.entityID), context)
    }
    guard !targets.isEmpty else { return nil }
    if context.client.supportsDefinitionLinks {
      let originRange = document.text.lspRange(ofBytes: origin, context.encoding)
      return .links(
        targets.map { target in
          let sentence = context.location(of: target.sentence)
          let selection = context.location(
            documentID: target.sentence.documentID, byteRange: target.selection)
          return LocationLink(
            originSelectionRange: originRange, targetUri: sentence.uri, targetRange: sentence.range,
            targetSelectionRange: selection.range)
        })
    }
    return .locations(
      targets.map { context.location(documentID: $0.sentence.documentID, byteRange: $0.selection) })
  }

  struct Target: Hashable, Sendable {
    let sentence: SentenceRef
    /// What to select in the sentence: the name, or the quoted words.
    let selection: Range<Int>
  }

  /// The quotation around the cursor, marks included in the reach of the cursor, among the
  /// document's quotations (`QuotedSpans`, in order).
  static func quotation(at offset: Int, in spans: [Range<Int>]) -> Range<Int>? {
    spans.first { span in
      // The opening mark is up to three bytes before the span, the closing one after it.
      offset >= span.lowerBound - 3 && offset <= span.upperBound + 1
    }
  }

  static func sources(ofQuotation quote: String, _ context: RequestContext) -> [Target] {
    let sources = context.analysis.derived(QuoteSources.self, index: context.index) {
      QuoteSources(finder: context.analysis.quoteFinder(index: context.index))
    }
    return sources.sources(of: quote)
  }

  /// The defining sentence first, then the sentences that state its aliases, parts and
  /// quotations, then its first story mention in each other document.
  static func sources(of entity: Entity, _ context: RequestContext) -> [Target] {
    var sentences: [SentenceRef] = []
    if let definition = entity.definition { sentences.append(definition) }
    sentences += entity.aliases.compactMap(\.source)
    sentences += entity.related.compactMap(\.source)
    sentences += entity.quotations.map(\.source)
    var documentsSeen = Set(sentences.map(\.documentID))
    // Only the first `limit` different sentences are kept: once there are that many, the
    // mentions (tens of thousands for a common name) can add nothing.
    var distinct = Set(sentences)
    for mention in entity.mentions where distinct.count < limit {
      guard !mention.isBoilerplate, documentsSeen.insert(mention.documentID).inserted,
        let sentence = sentence(containing: mention, context)
      else { continue }
      sentences.append(sentence)
      distinct.insert(sentence)
    }
    var seen = Set<SentenceRef>()
    var targets: [Target] = []
    for sentence in sentences where seen.insert(sentence).inserted {
      let name = entity.firstMention(inDocument: sentence.documentID, within: sentence.byteRange)
      targets.append(Target(sentence: sentence, selection: name?.byteRange ?? sentence.byteRange))
      if targets.count == limit { break }
    }
    return targets
  }

  static func sentence(containing mention: Mention, _ context: RequestContext) -> SentenceRef? {
    let document = context.index.corpus.documents[mention.documentID]
    guard let index = document.sentenceIndex(containing: mention.byteRange.lowerBound) else {
      return nil
    }
    return SentenceRef(documentID: document.id, byteRange: document.sentences[index].byteRange)
  }
}

/// The source sentences of each quotation asked about in one index, so that asking again
/// (the cursor moves within the same quotation) does not search the corpus again.
final class QuoteSources: Sendable {
  /// Past this many remembered quotations, the memory starts again.
  static let capacity = 20_000
  /// How many sources a quotation leads to.
  static let limit = 5

  private let finder: QuoteFinder
  /// Guards only the dictionary; searches run outside it.
  private let known = Lock<[String: [DefinitionFeature.Target]]>([:])

  init(finder: QuoteFinder) {
    self.finder = finder
  }

  func sources(of quote: String) -> [DefinitionFeature.Target] {
    if let targets = known.withLock({ $0[quote] }) { return targets }
    let targets = finder.find(quote, limit: Self.limit)
      .filter { $0.score >= QuoteFinder.nearMatchThreshold }
      .map { DefinitionFeature.Target(sentence: $0.sentence, selection: $0.matchedRange) }
    known.withLock {
      if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
      $0[quote] = targets
    }
    return targets
  }
}
