import Corpus
import Knowledge

/// Quotations in the draft that no source sentence contains. A quotation counts as found when
/// its words appear in a sentence in order, whatever the case, punctuation or elisions
/// ("[…]"); otherwise it is flagged, with the nearest sentence and, for a near match, the
/// source's exact words.
enum MisquotationCheck {
  /// Fewer words are a term in quotation marks (a “reset”), not a quotation.
  static let minimumWords = 3
  /// Below this share of words, a sentence is not worth showing as the nearest.
  static let relatedThreshold = 0.5

  static func findings(
    in document: AnalyzedDocument, _ context: RequestContext, touching range: Range<Int>
  ) -> [Finding] {
    // A corpus file is the source of its own quotations.
    guard document.corpusDocumentID == nil, !context.index.corpus.documents.isEmpty else {
      return []
    }
    let bytes = document.text.bytes
    let verdicts = context.analysis.derived(QuoteVerdicts.self, index: context.index) {
      QuoteVerdicts(finder: context.analysis.quoteFinder(index: context.index))
    }
    var findings: [Finding] = []
    for span in QuotedSpans.find(in: bytes) where span.touches(range) {
      let quote = document.text[span]
      guard let verdict = verdicts.verdict(for: quote, context) else { continue }
      // The quoted words, without punctuation around them that the writer put inside the
      // marks (“… way.”): a fix replaces the words and keeps the full stop.
      let words =
        span.lowerBound + verdict.words.lowerBound..<span.lowerBound
        + verdict.words.upperBound
      findings.append(
        Finding(
          byteRange: words,
          kind: .misquotation(nearest: verdict.nearest, sourceWording: verdict.sourceWording)))
    }
    return findings
  }

  /// What the check says of one quotation; nil when it is found (or too short to check).
  static func judge(_ quote: String, _ finder: QuoteFinder, _ context: RequestContext)
    -> QuoteVerdicts.Verdict?
  {
    let bytes = Array(quote.utf8)
    let words = Self.words(in: bytes, range: 0..<bytes.count)
    guard words.count >= minimumWords, let first = words.first, let last = words.last else {
      return nil
    }
    let best = finder.find(quote, limit: 1).first
    if let best, best.isExact { return nil }
    // A quotation of several sentences is found when each of its sentences is.
    let pieces = sentences(of: bytes)
    if pieces.count > 1,
      pieces.allSatisfy({ piece in
        let text = String(decoding: bytes[piece], as: UTF8.self)
        return Self.words(in: bytes, range: piece).count < minimumWords
          || finder.find(text, limit: 1).first?.isExact == true
      })
    {
      return nil
    }
    let nearest = best.flatMap { $0.score >= relatedThreshold ? $0 : nil }
    let wording = nearest.flatMap { match -> String? in
      guard match.score >= QuoteFinder.nearMatchThreshold else { return nil }
      return sourceWording(of: match, quote: quote, context)
    }
    return QuoteVerdicts.Verdict(
      words: first.byteRange.lowerBound..<last.byteRange.upperBound, nearest: nearest,
      sourceWording: wording)
  }

  /// The sentences of a quotation, as byte ranges.
  static func sentences(of bytes: [UInt8]) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = 0
    for offset in 1..<max(1, bytes.count)
    where DraftText.isSentenceBreak(in: bytes, endingAt: offset) {
      if offset > start { pieces.append(start..<offset) }
      start = offset
    }
    if start < bytes.count { pieces.append(start..<bytes.count) }
    return pieces
  }

  /// The source's words for the quotation, on one line: the matched stretch of the sentence,
  /// widened by as many words as the quotation has before its first and after its last
  /// matched word ("a mutually beneficial way" → "a mutually beneficial manner"). Quotation
  /// marks inside are dropped: the draft's own marks enclose the words.
  static func sourceWording(of match: QuoteMatch, quote: String, _ context: RequestContext)
    -> String?
  {
    let documents = context.index.corpus.documents
    guard match.sentence.documentID >= 0, match.sentence.documentID < documents.count else {
      return nil
    }
    let source = documents[match.sentence.documentID].text
    let sourceWords = Self.words(in: source.bytes, range: match.sentence.byteRange)
    let quoteBytes = Array(quote.utf8)
    let quoteWords = Self.words(in: quoteBytes, range: 0..<quoteBytes.count).map(\.key)
    guard
      var first = sourceWords.firstIndex(where: {
        $0.byteRange.lowerBound >= match.matchedRange.lowerBound
      }),
      var last = sourceWords.lastIndex(where: {
        $0.byteRange.upperBound <= match.matchedRange.upperBound
      }), first <= last
    else { return nil }
    if let position = quoteWords.firstIndex(of: sourceWords[first].key) {
      first = max(0, first - position)
    }
    if let position = quoteWords.lastIndex(of: sourceWords[last].key) {
      last = min(sourceWords.count - 1, last + (quoteWords.count - 1 - position))
    }
    let raw = source[
      sourceWords[first].byteRange.lowerBound..<sourceWords[last].byteRange.upperBound]
    let unquoted = raw.unicodeScalars.filter { $0 != "“" && $0 != "”" && $0 != "\"" }
    return String(String.UnicodeScalarView(unquoted))
      .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
      .joined(separator: " ")
  }

  struct Word {
    let key: String
    let byteRange: Range<Int>
  }

  /// Runs of letters and digits, folded ("40-minute" is "40" and "minute"; "Japan’s" is
  /// "japans", as the quotation finder reads it).
  static func words(in bytes: [UInt8], range: Range<Int>) -> [Word] {
    var words: [Word] = []
    var offset = range.lowerBound
    var start: Int?
    var end = offset
    func finish() {
      if let wordStart = start {
        let text = String(decoding: bytes[wordStart..<end], as: UTF8.self)
        words.append(
          Word(
            key: DraftText.fold(text).filter { $0 != "'" }, byteRange: wordStart..<end))
      }
      start = nil
    }
    while offset < min(range.upperBound, bytes.count) {
      guard let (scalar, width) = DraftText.scalar(in: bytes, at: offset) else {
        finish()
        offset += 1
        continue
      }
      if DraftText.isLetter(scalar) || ("0"..."9").contains(scalar)
        || scalar.properties.generalCategory == .nonspacingMark
      {
        if start == nil { start = offset }
        end = offset + width
      } else if (scalar == "’" || scalar == "'"), start != nil {
        // Inside a word ("Japan’s"): part of it.
      } else {
        finish()
      }
      offset += width
    }
    finish()
    return words
  }
}
