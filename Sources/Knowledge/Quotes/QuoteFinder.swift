import Corpus
import Synchronization

/// A source sentence for a quotation, and how well it matches.
public struct QuoteMatch: Sendable, Hashable {
  public let sentence: SentenceRef
  /// The bytes of the sentence that the quotation covers (first to last matched word).
  public let matchedRange: Range<Int>
  /// 1 when every word of the quotation appears in order (elisions allowed); otherwise the
  /// share of the quotation's words found in order.
  public let score: Double

  public var isExact: Bool { score >= 1 }
}

/// Finds the corpus sentences a quotation comes from, exactly or nearly (ignoring case,
/// punctuation, curly versus straight quotes, and elisions such as "[…]").
///
/// The word index over every story sentence is built on first use, not at start-up: most
/// sessions never quote, and a 400 MB corpus would pay for it at every start.
public final class QuoteFinder: Sendable {
  /// At or above this score a quotation counts as found (a near match); below, it does not.
  public static let nearMatchThreshold = 0.8

  private let corpus: Corpus
  /// Built once, on the first search; guarded because requests and diagnostics may search at
  /// the same time.
  private let built = Mutex<WordIndex?>(nil)

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// The best source sentences for `quote`, best first.
  public func find(_ quote: String, limit: Int = 5) -> [QuoteMatch] {
    let segments = QuoteWords.segments(of: quote)
    let words = segments.flatMap { $0 }
    guard !words.isEmpty else { return [] }
    let index = wordIndex()
    // Candidates: sentences holding the quotation's rarest words; a near match must share
    // most words, so it shares at least one of the three rarest.
    let known = Set(words).filter { index.frequency($0) > 0 }
    let anchors = known.sorted { (index.frequency($0), $0) < (index.frequency($1), $1) }.prefix(3)
    var candidates = Set<Int>()
    for anchor in anchors { candidates.formUnion(index.sentences(containing: anchor)) }
    var matches: [QuoteMatch] = []
    for candidate in candidates {
      let sentence = index.sentences[candidate]
      let document = corpus.documents[sentence.documentID]
      let sourceWords = QuoteWords.words(in: document.text.bytes, range: sentence.byteRange)
      if let match = Self.score(
        segments: segments, wordCount: words.count, against: sourceWords, sentence: sentence)
      {
        matches.append(match)
      }
    }
    matches.sort {
      ($0.score, $1.sentence.documentID, $1.sentence.byteRange.lowerBound)
        > ($1.score, $0.sentence.documentID, $0.sentence.byteRange.lowerBound)
    }
    return Array(matches.prefix(limit))
  }

  /// Exact when each segment appears contiguously and in order; otherwise the longest common
  /// subsequence of words as a share of the quotation.
  static func score(
    segments: [[String]], wordCount: Int, against source: [QuoteWord], sentence: SentenceRef
  )
    -> QuoteMatch?
  {
    guard !source.isEmpty else { return nil }
    var position = 0
    var first: Int?
    var last = 0
    var exact = true
    for segment in segments {
      guard let found = find(segment, in: source, from: position) else {
        exact = false
        break
      }
      if first == nil { first = found }
      last = found + segment.count - 1
      position = found + segment.count
    }
    if exact, let first {
      return QuoteMatch(
        sentence: sentence,
        matchedRange: source[first].byteRange.lowerBound..<source[last].byteRange.upperBound,
        score: 1)
    }
    let quoteWords = segments.flatMap { $0 }
    let (common, firstMatched, lastMatched) = longestCommonSubsequence(
      quoteWords, source.map(\.key))
    guard common > 0 else { return nil }
    // Words the quotation has and the source lacks count against it, and so do source words
    // it skips over inside the matched stretch (a quotation stitched from far apart).
    let span = lastMatched - firstMatched + 1
    let score = Double(common) / Double(max(wordCount, span))
    return QuoteMatch(
      sentence: sentence,
      matchedRange: source[firstMatched].byteRange
        .lowerBound..<source[lastMatched].byteRange.upperBound,
      score: min(score, 0.99))
  }

  static func find(_ segment: [String], in source: [QuoteWord], from start: Int) -> Int? {
    guard segment.count <= source.count else { return nil }
    var index = start
    while index + segment.count <= source.count {
      if source[index].key == segment[0] {
        var matches = true
        for offset in 1..<segment.count where source[index + offset].key != segment[offset] {
          matches = false
          break
        }
        if matches { return index }
      }
      index += 1
    }
    return nil
  }

  /// Length of the longest common subsequence, and where it starts and ends in `right`.
  static func longestCommonSubsequence(_ left: [String], _ right: [String]) -> (Int, Int, Int) {
    guard !left.isEmpty, !right.isEmpty, left.count * right.count <= 4_000_000 else {
      return (0, 0, 0)
    }
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in stride(from: left.count - 1, through: 0, by: -1) {
      for j in stride(from: right.count - 1, through: 0, by: -1) {
        table[i][j] =
          left[i] == right[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var i = 0
    var j = 0
    var first = -1
    var last = 0
    while i < left.count, j < right.count {
      if left[i] == right[j] {
        if first < 0 { first = j }
        last = j
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return (table[0][0], max(first, 0), last)
  }

  private func wordIndex() -> WordIndex {
    if let index = built.withLock({ $0 }) { return index }
    let index = WordIndex(corpus: corpus)
    built.withLock { if $0 == nil { $0 = index } }
    return built.withLock { $0! }
  }
}

/// Which story sentences contain each word.
private final class WordIndex: Sendable {
  let sentences: [SentenceRef]
  let postings: [String: [Int]]

  init(corpus: Corpus) {
    var sentences: [SentenceRef] = []
    var postings: [String: [Int]] = [:]
    for document in corpus.documents {
      for sentence in document.sentences {
        guard !document.blocks[sentence.blockIndex].kind.isBoilerplate else { continue }
        let id = sentences.count
        sentences.append(SentenceRef(documentID: document.id, byteRange: sentence.byteRange))
        var seen = Set<String>()
        for word in QuoteWords.words(in: document.text.bytes, range: sentence.byteRange)
        where seen.insert(word.key).inserted {
          postings[word.key, default: []].append(id)
        }
      }
    }
    self.sentences = sentences
    self.postings = postings
  }

  func frequency(_ word: String) -> Int { postings[word]?.count ?? 0 }

  func sentences(containing word: String) -> [Int] { postings[word] ?? [] }
}
