/// Splits running text into sentences by the punctuation rules of English news prose.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
/// whitespace and a capital, digit or opening quote follow. What looks like an end but is not:
/// - no space after the stop: "U.S.-led", "Axar.az", "Politics Forum.org", "No.1", "2.5";
/// - a lowercase word after it: "the U.S. and Japan", "Japan… and";
/// - an abbreviation: titles never end a sentence ("Mr. Lavrov", "Dr. Sato"), months only before
///   a sentence-opening word ("Jan. 27" does not), initials and dotted acronyms likewise
///   ("J. R. R. Tolkien", "the U.S. The" does end one);
/// - an elision "[…]" or "(...)".
/// A quotation that spans sentences stays one sentence when its attribution follows the closing
/// quote ("“We … issue. But … dialogue,” Lavrov said."): the quote and who said it belong together.
public enum SentenceSplitter {
  /// The sentences of a text: each logical line (paragraph, headline, list item) is split on
  /// its own, so a headline or a list line is always its own sentence.
  public static func sentenceRanges(of text: SourceText) -> [Range<Int>] {
    text.bytes.withUnsafeBufferPointer { bytes in
      var result: [Range<Int>] = []
      for line in PageLines.lines(of: bytes, lineIndex: text.lineIndex) {
        if line.features.isHeadlineLike {
          result.append(line.range)
        } else {
          split(line.range, in: bytes, into: &result)
        }
      }
      return result
    }
  }

  /// The sentences of `string`, for callers that hold plain text.
  public static func sentences(of string: String) -> [String] {
    let text = SourceText(string)
    return sentenceRanges(of: text).map { text[$0] }
  }

  /// Appends the sentences of `range` to `result`: trimmed, non-empty, in order.
  static func split(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, into result: inout [Range<Int>]
  ) {
    var scan = Scan(range: range, bytes: bytes)
    scan.run()
    var start = range.lowerBound
    for boundary in scan.boundaries where !boundary.isRemoved {
      let sentence = TextBytes.trimmed(start..<boundary.end, in: bytes)
      if !sentence.isEmpty { result.append(sentence) }
      start = boundary.nextStart
    }
    let last = TextBytes.trimmed(start..<range.upperBound, in: bytes)
    if !last.isEmpty { result.append(last) }
  }

  // MARK: - Abbreviations

  /// Titles before a name: never the end of a sentence.
  private static let titles = PackedWordSet([
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
    "capt", "cpt", "sgt", "adm", "maj", "cpl", "pres", "rev", "hon", "st", "mt", "ft", "fr",
    "pvt", "cmdr", "supt", "insp", "amb", "atty", "sec", "dept", "mlle", "sr", "jr",
  ])
  /// Abbreviated months: an end only before a sentence-opening word, never before a number.
  private static let months = PackedWordSet([
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ])
  /// Other abbreviations: an end only before a sentence-opening word.
  private static let others = PackedWordSet([
    "no", "nos", "vol", "vols", "fig", "figs", "art", "pp", "ch", "para", "approx", "est",
    "etc", "inc", "ltd", "co", "corp", "bros", "vs", "v", "al", "cf", "ca", "univ", "ave",
    "blvd", "rd", "op", "ed", "eds", "min", "max", "govt", "intl", "assn", "dist", "mfg",
  ])

  /// True when `word` (letters before a full stop) is a known abbreviation.
  static func isAbbreviation(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count <= 6, let packed = PackedWordSet.pack(word, in: bytes) else { return false }
    return titles.contains(packed) || months.contains(packed) || others.contains(packed)
  }

  /// Words that open English sentences; after an ambiguous abbreviation they mark a new one.
  private static let sentenceOpeners: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "here", "but", "and", "or", "so", "yet", "however", "meanwhile", "in",
    "on", "at", "for", "after", "before", "when", "while", "if", "as", "since", "although",
    "though", "still", "also", "then", "its", "his", "her", "their", "our", "my", "what", "who",
    "why", "how", "where", "according", "some", "many", "most", "other", "both", "each", "such",
    "last", "earlier", "later", "now", "today", "yesterday", "during", "despite", "under",
    "with", "without", "by", "from", "to", "asked", "speaking", "officials", "one", "two",
    "several", "all", "no", "not", "further", "moreover", "instead", "nevertheless", "thus",
    "indeed", "overall", "separately", "previously",
  ]

  // MARK: - The scan

  private struct Boundary {
    /// Where the sentence ends (after the stop and any closing quotes).
    let end: Int
    /// Where the next sentence starts (after the whitespace).
    let nextStart: Int
    var isRemoved = false
  }

  private struct QuoteSpan {
    let open: Int
    let closeStart: Int
    let closeEnd: Int
  }

  private struct Scan {
    let range: Range<Int>
    let bytes: UnsafeBufferPointer<UInt8>
    var boundaries: [Boundary] = []
    var quotes: [QuoteSpan] = []
    var openQuote: Int?

    init(range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) {
      self.range = range
      self.bytes = bytes
    }

    mutating func run() {
      var offset = range.lowerBound
      while offset < range.upperBound {
        // Only stops, straight quotes and non-ASCII bytes (curly quotes, ellipses) matter: skip
        // eight bytes at a time to the next of them.
        if offset + 8 <= range.upperBound, let base = bytes.baseAddress {
          let word = SWAR.load(base, offset)
          let interesting =
            SWAR.hasByte(word, UInt8(ascii: ".")) | SWAR.hasByte(word, UInt8(ascii: "!"))
            | SWAR.hasByte(word, UInt8(ascii: "?")) | SWAR.hasByte(word, UInt8(ascii: "\""))
            | word & SWAR.highBits
          if interesting == 0 {
            offset += 8
            continue
          }
          offset += SWAR.firstMarked(interesting)
        }
        let byte = bytes[offset]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
          offset = terminal(at: offset)
          continue
        }
        if byte == UInt8(ascii: "\"") {
          straightQuote(at: offset)
          offset += 1
          continue
        }
        if byte < 0x80 {
          offset += 1
          continue
        }
        let (value, length) = TextBytes.scalar(at: offset, in: bytes)
        switch value {
        case Scalar.leftDoubleQuote, Scalar.lowDoubleQuote, Scalar.leftGuillemet:
          openQuote = offset
        case Scalar.rightDoubleQuote, Scalar.rightGuillemet:
          close(at: offset, length: length)
        case Scalar.ellipsis:
          offset = terminal(at: offset)
          continue
        default:
          break
        }
        offset += length
      }
      removeBoundariesInsideAttributedQuotes()
    }

    private mutating func straightQuote(at offset: Int) {
      let before = offset > range.lowerBound ? bytes[offset - 1] : 0x20
      var opensAfter =
        TextBytes.isWhitespaceBefore(offset, lowerBound: range.lowerBound, in: bytes)
        || before == UInt8(ascii: "(") || before == UInt8(ascii: "[") || before == UInt8(ascii: "/")
        || before == UInt8(ascii: "-")
      if !opensAfter, before >= 0x80 {
        let previous = TextBytes.scalar(
          at: TextBytes.scalarStart(before: offset, lowerBound: range.lowerBound, in: bytes),
          in: bytes
        ).value
        opensAfter =
          previous == Scalar.emDash || previous == Scalar.enDash
          || previous == Scalar.leftDoubleQuote || previous == Scalar.leftSingleQuote
      }
      let nextIsSpace =
        offset + 1 >= range.upperBound || TextBytes.whitespaceLength(at: offset + 1, in: bytes) > 0
      if opensAfter && !nextIsSpace {
        openQuote = offset
      } else {
        close(at: offset, length: 1)
      }
    }

    private mutating func close(at offset: Int, length: Int) {
      guard let open = openQuote else { return }
      quotes.append(QuoteSpan(open: open, closeStart: offset, closeEnd: offset + length))
      openQuote = nil
    }

    /// Handles the stop at `offset`; returns where scanning goes on.
    private mutating func terminal(at offset: Int) -> Int {
      let isEllipsisStart =
        bytes[offset] == 0xE2
        || offset + 2 < range.upperBound && bytes[offset + 1] == 0x2E
          && bytes[offset + 2] == 0x2E
      // An elision "[…]" or "(...)" is not an end.
      if isEllipsisStart, offset > range.lowerBound,
        bytes[offset - 1] == UInt8(ascii: "[") || bytes[offset - 1] == UInt8(ascii: "(")
      {
        return skipStops(from: offset)
      }
      let singleStop =
        bytes[offset] == UInt8(ascii: ".") && !isEllipsisStart
        && (offset + 1 >= range.upperBound || !isStop(at: offset + 1))
      var end = skipStops(from: offset)
      // Closing quotes and brackets belong to the sentence they end.
      var hasClosers = false
      while end < range.upperBound {
        let (value, length) = TextBytes.scalar(at: end, in: bytes)
        if value == 0x22 {
          close(at: end, length: 1)
        } else if value == Scalar.rightDoubleQuote || value == Scalar.rightGuillemet {
          close(at: end, length: length)
        } else if !(value == 0x27 || value == 0x29 || value == 0x5D
          || value == Scalar.rightSingleQuote)
        {
          break
        }
        hasClosers = true
        end += length
      }
      guard end < range.upperBound, TextBytes.whitespaceLength(at: end, in: bytes) > 0 else {
        return end
      }
      var next = end
      while next < range.upperBound, TextBytes.whitespaceLength(at: next, in: bytes) > 0 {
        next += TextBytes.whitespaceLength(at: next, in: bytes)
      }
      guard next < range.upperBound, opensSentence(at: next) else { return end }
      if singleStop && !hasClosers && !endsSentence(stopAt: offset, next: next) { return end }
      boundaries.append(Boundary(end: end, nextStart: next))
      return next
    }

    private func isStop(at offset: Int) -> Bool {
      let byte = bytes[offset]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        return true
      }
      return TextBytes.matches([0xE2, 0x80, 0xA6], at: offset, in: bytes)
    }

    private func skipStops(from offset: Int) -> Int {
      var end = offset
      while end < range.upperBound, isStop(at: end) {
        end += bytes[end] == 0xE2 ? 3 : 1
      }
      return min(end, range.upperBound)
    }

    /// A capital, a digit, an opening quote or bracket, or a non-ASCII letter.
    private func opensSentence(at offset: Int) -> Bool {
      let byte = bytes[offset]
      if TextBytes.isASCIILower(byte) { return false }
      if TextBytes.isASCIIUpper(byte) || TextBytes.isDigit(byte) { return true }
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
        || byte == UInt8(ascii: "[")
      {
        return true
      }
      guard byte >= 0x80 else { return false }
      let value = TextBytes.scalar(at: offset, in: bytes).value
      if value == Scalar.leftDoubleQuote || value == Scalar.leftSingleQuote
        || value == Scalar.lowDoubleQuote || value == Scalar.leftGuillemet
      {
        return true
      }
      return !((0xDF...0x24F).contains(value) || (0x430...0x45F).contains(value))
        && value >= 0xC0 && value != Scalar.ellipsis && value != Scalar.emDash
        && value != Scalar.enDash && value != Scalar.rightDoubleQuote
    }

    /// Whether a single full stop at `stop` ends the sentence, given the word before it.
    private func endsSentence(stopAt stop: Int, next: Int) -> Bool {
      var wordStart = stop
      while wordStart > range.lowerBound,
        TextBytes.isASCIILetter(bytes[wordStart - 1]) || bytes[wordStart - 1] == UInt8(ascii: ".")
      {
        wordStart -= 1
      }
      let word = wordStart..<stop
      if word.isEmpty { return true }
      let nextIsDigit = TextBytes.isDigit(bytes[next])
      if bytes[word].contains(UInt8(ascii: ".")) || word.count == 1 {
        return !nextIsDigit && nextWordOpensSentence(next)
      }
      guard word.count <= 6, let packed = PackedWordSet.pack(word, in: bytes) else { return true }
      if SentenceSplitter.titles.contains(packed) { return false }
      if SentenceSplitter.months.contains(packed) || SentenceSplitter.others.contains(packed) {
        return !nextIsDigit && nextWordOpensSentence(next)
      }
      return true
    }

    private func nextWordOpensSentence(_ offset: Int) -> Bool {
      var end = offset
      while end < range.upperBound, TextBytes.isASCIILetter(bytes[end]), end - offset < 16 {
        end += 1
      }
      guard end > offset else { return false }
      return SentenceSplitter.sentenceOpeners.contains(
        TextBytes.string(offset..<end, in: bytes).lowercased())
    }

    // MARK: Quotations

    private mutating func removeBoundariesInsideAttributedQuotes() {
      guard !quotes.isEmpty, !boundaries.isEmpty else { return }
      var index = 0
      for quote in quotes where isAttributed(quote) {
        while index < boundaries.count, boundaries[index].end <= quote.open { index += 1 }
        var inner = index
        while inner < boundaries.count, boundaries[inner].end <= quote.closeEnd {
          boundaries[inner].isRemoved = true
          inner += 1
        }
      }
    }

    /// True when the words after a closing quote say who spoke ("…,” Lavrov said), so the
    /// quotation and its attribution are one sentence.
    private func isAttributed(_ quote: QuoteSpan) -> Bool {
      if quote.closeStart > quote.open + 1 {
        let lastStart = TextBytes.scalarStart(
          before: quote.closeStart, lowerBound: quote.open, in: bytes)
        let last = TextBytes.scalar(at: lastStart, in: bytes).value
        if last == 0x2C || last == Scalar.emDash || last == Scalar.enDash || last == 0x2D {
          return true
        }
      }
      var offset = quote.closeEnd
      while offset < range.upperBound, TextBytes.whitespaceLength(at: offset, in: bytes) > 0 {
        offset += TextBytes.whitespaceLength(at: offset, in: bytes)
      }
      guard offset < range.upperBound else { return false }
      if TextBytes.isASCIILower(bytes[offset]) { return true }
      // Up to six capitalised words (a name with its titles), then a verb of speech.
      for _ in 0..<7 {
        var end = offset
        while end < range.upperBound,
          TextBytes.isASCIILetter(bytes[end])
            || bytes[end] >= 0x80
              && TextBytes.whitespaceLength(at: end, in: bytes) == 0
            || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".")
        {
          end += 1
        }
        guard end > offset else { return false }
        if TextBytes.isASCIILower(bytes[offset]) {
          let word = TextBytes.string(offset..<end, in: bytes)
          return PageCues.speechVerbs.contains(word) && word != "according"
        }
        guard TextBytes.isASCIIUpper(bytes[offset]) || bytes[offset] >= 0x80 else { return false }
        offset = end
        guard offset < range.upperBound, TextBytes.whitespaceLength(at: offset, in: bytes) > 0
        else { return false }
        while offset < range.upperBound, TextBytes.whitespaceLength(at: offset, in: bytes) > 0 {
          offset += TextBytes.whitespaceLength(at: offset, in: bytes)
        }
        guard offset < range.upperBound else { return false }
      }
      return false
    }
  }
}
