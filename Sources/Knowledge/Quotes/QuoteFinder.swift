import Base
import Corpus

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
  /// How many candidates, those holding the most of the rarest words, get a near-match score.
  static let nearCandidateLimit = 64
  /// How many of the quotation's rarest words choose the near-match candidates.
  static let nearAnchorCount = 8

  /// True when the ascending `values` hold `value` (binary search).
  static func sortedContains(_ values: [Int], _ value: Int) -> Bool {
    var low = 0
    var high = values.count
    while low < high {
      let middle = (low + high) / 2
      if values[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < values.count && values[low] == value
  }

  private let corpus: Corpus
  /// Built once, on the first search; guarded because requests and diagnostics may search at
  /// the same time.
  private let built = Lock<WordIndex?>(nil)

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// The best source sentences for `quote`, best first.
  public func find(_ quote: String, limit: Int = 5) -> [QuoteMatch] {
    let segments = QuoteWords.segments(of: quote)
    let words = segments.flatMap { $0 }
    guard !words.isEmpty else { return [] }
    let index = wordIndex()
    let distinct = Set(words)
    let rarestFirst = distinct.filter { index.frequency($0) > 0 }
      .sorted { (index.frequency($0), $0) < (index.frequency($1), $1) }
    guard !rarestFirst.isEmpty else { return [] }
    var matches: [QuoteMatch] = []
    var checked = Set<Int>()
    // Exact: only sentences holding every word can match exactly; intersecting the posting
    // lists from the rarest word keeps that set small even when every word is common.
    if rarestFirst.count == distinct.count {
      var holdingAll = index.sentences(containing: rarestFirst[0])
      for word in rarestFirst.dropFirst() where !holdingAll.isEmpty {
        let postings = index.sentences(containing: word)
        holdingAll = holdingAll.filter { Self.sortedContains(postings, $0) }
      }
      for candidate in holdingAll {
        checked.insert(candidate)
        let sentence = index.sentences[candidate]
        let sourceWords = QuoteWords.words(
          in: corpus.documents[sentence.documentID].text.bytes, range: sentence.byteRange)
        if let match = Self.exactMatch(segments: segments, against: sourceWords, sentence: sentence)
        {
          matches.append(match)
        }
      }
    }
    // Near: a near match shares most of the quotation's words, so most of its rarest ones.
    // The sentences holding the most of the rarest few get the (costly) subsequence score.
    if matches.count < limit {
      let rare = rarestFirst.prefix(Self.nearAnchorCount)
      var hits: [Int: Int] = [:]
      for word in rare {
        for candidate in index.sentences(containing: word) { hits[candidate, default: 0] += 1 }
      }
      var byHits = [[Int]](repeating: [], count: rare.count + 1)
      for (candidate, count) in hits where !checked.contains(candidate) {
        byHits[count].append(candidate)
      }
      var scored = 0
      for count in stride(from: rare.count, through: 1, by: -1)
      where scored < Self.nearCandidateLimit {
        for candidate in byHits[count].sorted().prefix(Self.nearCandidateLimit - scored) {
          scored += 1
          let sentence = index.sentences[candidate]
          let sourceWords = QuoteWords.words(
            in: corpus.documents[sentence.documentID].text.bytes, range: sentence.byteRange)
          if let match = Self.score(
            segments: segments, wordCount: words.count, against: sourceWords, sentence: sentence)
          {
            matches.append(match)
          }
        }
      }
    }
    matches.sort {
      ($0.score, $1.sentence.documentID, $1.sentence.byteRange.lowerBound)
        > ($1.score, $0.sentence.documentID, $0.sentence.byteRange.lowerBound)
    }
    return Array(matches.prefix(limit))
  }

  /// The match when each segment appears contiguously and in order, else nil.
  static func exactMatch(segments: [[String]], against source: [QuoteWord], sentence: SentenceRef)
    -> QuoteMatch?
  {
    var position = 0
    var first: Int?
    var last = 0
    for segment in segments {
      guard let found = find(segment, in: source, from: position) else { return nil }
      if first == nil { first = found }
      last = found + segment.count - 1
      position = found + segment.count
    }
    guard let first else { return nil }
    return QuoteMatch(
      sentence: sentence,
      matchedRange: source[first].byteRange.lowerBound..<source[last].byteRange.upperBound,
      score: 1)
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
