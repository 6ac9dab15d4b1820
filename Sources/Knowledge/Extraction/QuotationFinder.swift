/// Finds quotations in the story and how the text attributes them:
/// “…,” Lavrov said · “…,” said Lavrov · “…,” Kishida told reporters · “…,” he added ·
/// “…,” the minister added · “…,” according to Lavrov · Lavrov said: “…” ·
/// Lavrov … by saying: “…” · Motegi said … a “mutually-acceptable solution”.
/// A quotation may span sentences; it is kept with the sentence it opens in.
enum QuotationFinder {
  static func find(in document: TokenizedDocument) -> [QuotationFact] {
    var facts: [QuotationFact] = []
    let tokens = document.tokens
    var openIndex: Int?
    var openBlock = -1
    var sentenceCursor = 0
    for index in tokens.indices where tokens[index].kind == .punctuation {
      let mark = tokens[index].firstScalar
      let isOpening = mark == 0x201C || mark == 0x00AB
      let isClosing = mark == 0x201D || mark == 0x00BB
      let isStraight = mark == 0x22
      guard isOpening || isClosing || isStraight else { continue }
      let offset = tokens[index].byteRange.lowerBound
      let block = document.document.blockIndex(containing: offset) ?? -1
      if openIndex != nil && block != openBlock { openIndex = nil }
      if let open = openIndex, isClosing || isStraight {
        openIndex = nil
        while sentenceCursor < document.document.sentences.count
          && document.document.sentences[sentenceCursor].byteRange.upperBound
            <= tokens[open].byteRange.lowerBound
        {
          sentenceCursor += 1
        }
        guard sentenceCursor < document.sentenceTokens.count,
          document.isBody(sentence: sentenceCursor),
          let fact = quotation(document, open: open, close: index, sentence: sentenceCursor)
        else { continue }
        facts.append(fact)
      } else if isOpening || isStraight {
        openIndex = index
        openBlock = block
      }
    }
    return facts
  }

  private static func quotation(
    _ document: TokenizedDocument, open: Int, close: Int, sentence: Int
  ) -> QuotationFact? {
    let tokens = document.tokens
    var lastInside = close - 1
    while lastInside > open && tokens[lastInside].kind == .punctuation
      && tokens[lastInside].firstScalar == 0x2C
    {
      lastInside -= 1
    }
    guard lastInside > open else { return nil }
    let words = (open + 1...lastInside).filter { tokens[$0].kind == .word }.count
    guard words >= 2 else { return nil }
    let quoted = tokens[open + 1].byteRange.lowerBound..<tokens[lastInside].byteRange.upperBound
    let sentenceRange = document.sentenceTokens[sentence]
    let endsSentence =
      tokens[lastInside].kind == .punctuation
      && [0x2E, 0x21, 0x3F, 0x2026].contains(tokens[lastInside].firstScalar)
    let speakers = [
      attributionAfter(document, close: close, quoteEndsSentence: endsSentence),
      attributionBefore(document, open: open, sentenceStart: sentenceRange.lowerBound),
    ].compactMap { $0 }
    guard !speakers.isEmpty else { return nil }
    return QuotationFact(
      documentID: document.document.id, sentenceIndex: sentence, byteRange: quoted,
      speakers: speakers)
  }

  private static func isSpeech(_ document: TokenizedDocument, _ index: Int) -> Bool {
    index < document.tokens.count && document.tokens[index].isLowerWord
      && document.tokens[index].isIn(.speechVerb)
  }

  /// The capitalised run at `index` (a name, perhaps with its title), and the index after it.
  private static func capitalizedRun(_ document: TokenizedDocument, from index: Int) -> Range<Int>?
  {
    var end = index
    while end < document.tokens.count && document.tokens[end].isCapitalized {
      end += 1
      if document.tokens[end - 1].isPossessive { return nil }
    }
    return end > index ? index..<end : nil
  }

  private static func byteRange(_ document: TokenizedDocument, _ tokens: Range<Int>) -> Range<Int> {
    document.tokens[tokens.lowerBound].byteRange
      .lowerBound..<document.tokens[tokens.upperBound - 1].byteRange.upperBound
  }

  /// “…,” Lavrov said · said Lavrov · he said · the minister said · according to Lavrov.
  private static func attributionAfter(
    _ document: TokenizedDocument, close: Int, quoteEndsSentence: Bool
  ) -> SpeakerReference? {
    let tokens = document.tokens
    var index = close + 1
    guard index < tokens.count else { return nil }
    if tokens[index].kind == .punctuation && tokens[index].firstScalar == 0x2C { index += 1 }
    guard index < tokens.count, !tokens[index].newlineBefore else { return nil }
    let quoteOffset = tokens[close].byteRange.lowerBound
    if let run = capitalizedRun(document, from: index), isSpeech(document, run.upperBound) {
      if run.count == 1 && tokens[index].isIn(.pronoun) {
        return .pronoun(byteOffset: quoteOffset)
      }
      return .name(byteRange: byteRange(document, run))
    }
    // After “… .” a new sentence starts; only "Lavrov said." still attributes it.
    if quoteEndsSentence { return nil }
    if isSpeech(document, index) {
      if let run = capitalizedRun(document, from: index + 1) {
        return .name(byteRange: byteRange(document, run))
      }
      if index + 1 < tokens.count && tokens[index + 1].isIn(.pronoun) {
        return .pronoun(byteOffset: quoteOffset)
      }
      if let description = description(document, from: index + 1, offset: quoteOffset) {
        return description.reference
      }
    }
    if tokens[index].isLowerWord && tokens[index].isIn(.pronoun)
      && isSpeech(document, index + 1)
    {
      return .pronoun(byteOffset: quoteOffset)
    }
    if let description = description(document, from: index, offset: quoteOffset),
      isSpeech(document, description.end)
    {
      return description.reference
    }
    // “…,” as Barkman put it.
    if tokens[index].isLowerWord && tokens[index].key == LexiconKeys.as,
      let run = capitalizedRun(document, from: index + 1), run.upperBound < tokens.count,
      isSpeech(document, run.upperBound) || tokens[run.upperBound].key == putKey
    {
      return .name(byteRange: byteRange(document, run))
    }
    if tokens[index].key == LexiconKeys.according && index + 2 < tokens.count
      && tokens[index + 1].key == LexiconKeys.to,
      let run = capitalizedRun(document, from: index + 2)
    {
      return .name(byteRange: byteRange(document, run))
    }
    return nil
  }

  private static let putKey = LexiconKeys.key("put")

  /// "the [Japanese] top diplomat": role words and a demonym, up to the verb.
  private static func description(_ document: TokenizedDocument, from index: Int, offset: Int)
    -> (reference: SpeakerReference, end: Int)?
  {
    let tokens = document.tokens
    guard index < tokens.count, tokens[index].isLowerWord, tokens[index].key == LexiconKeys.the
    else { return nil }
    var words: [String] = []
    var nationality: String?
    var cursor = index + 1
    while cursor < tokens.count && cursor <= index + 5 && tokens[cursor].kind == .word
      && !isSpeech(document, cursor)
    {
      if tokens[cursor].isCapitalized && tokens[cursor].isIn(.demonym) {
        nationality = document.text(ofToken: cursor)
      } else if tokens[cursor].isLowerWord {
        words.append(document.folded(cursor))
      } else {
        return nil
      }
      cursor += 1
    }
    guard !words.isEmpty || nationality != nil else { return nil }
    return (.description(words: words, nationality: nationality, byteOffset: offset), cursor)
  }

  /// Lavrov said: “…” · Lavrov … by saying: “…” · According to Lavrov, “…” ·
  /// Motegi said … a “…”.
  private static func attributionBefore(
    _ document: TokenizedDocument, open: Int, sentenceStart: Int
  ) -> SpeakerReference? {
    let tokens = document.tokens
    guard open > sentenceStart else { return nil }
    let quoteOffset = tokens[open].byteRange.lowerBound
    // "X, a member of …, said: “…”": the verb right before the quotation; its subject opens
    // the sentence.
    var verb = open - 1
    if verb > sentenceStart && tokens[verb].kind == .punctuation
      && (tokens[verb].firstScalar == 0x3A || tokens[verb].firstScalar == 0x2C)
    {
      verb -= 1
    }
    if verb >= sentenceStart && isSpeech(document, verb) && verb < open - 1 {
      return .subject(
        byteRange: tokens[sentenceStart].byteRange.lowerBound..<quoteOffset, orPrevious: false)
    }
    var index = sentenceStart
    while index < open {
      if tokens[index].isCapitalized, let run = capitalizedRun(document, from: index),
        run.upperBound <= open
      {
        if isSpeech(document, run.upperBound) {
          if run.count == 1 && tokens[index].isIn(.pronoun) {
            return .pronoun(byteOffset: quoteOffset)
          }
          return .name(byteRange: byteRange(document, run))
        }
        if index >= sentenceStart + 2 && tokens[index - 1].key == LexiconKeys.to
          && tokens[index - 2].key == LexiconKeys.according
        {
          return .name(byteRange: byteRange(document, run))
        }
        index = run.upperBound
        continue
      }
      if tokens[index].key == LexiconKeys.saying && index + 1 <= open {
        return .subject(
          byteRange: tokens[sentenceStart].byteRange.lowerBound..<quoteOffset, orPrevious: true)
      }
      index += 1
    }
    // "Cristina Fernández de Kirchner, who did not attend, wrote … that “…”": a verb of speech
    // anywhere before the quotation makes the sentence's first person its speaker.
    if (sentenceStart..<open).contains(where: { isSpeech(document, $0) }) {
      return .subject(
        byteRange: tokens[sentenceStart].byteRange.lowerBound..<quoteOffset, orPrevious: false)
    }
    return nil
  }
}
