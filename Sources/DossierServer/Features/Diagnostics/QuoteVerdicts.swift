import Base
import Knowledge

/// The verdict on each quotation checked so far in one index, so that a document re-checked
/// after every keystroke only searches the quotations that changed.
final class QuoteVerdicts: Sendable {
  struct Verdict: Sendable {
    /// The quoted words in the quotation, without punctuation around them.
    let words: Range<Int>
    let nearest: QuoteMatch?
    let sourceWording: String?
  }

  /// Past this many remembered quotations, the memory starts again.
  static let capacity = 20_000

  let finder: QuoteFinder
  /// Guards only the dictionary; searches run outside it.
  private let verdicts = Lock<[String: Verdict?]>([:])

  init(finder: QuoteFinder) {
    self.finder = finder
  }

  /// Nil when the quotation is found in the corpus or too short to be checked.
  func verdict(for quote: String, _ context: RequestContext) -> Verdict? {
    if let known = verdicts.withLock({ $0[quote] }) { return known }
    let verdict = MisquotationCheck.judge(quote, finder, context)
    verdicts.withLock {
      if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
      $0[quote] = .some(verdict)
    }
    return verdict
  }
}

/// The best source sentence of each quotation searched so far in one index, so that a
/// document re-checked after every keystroke only searches the quotations that changed.
final class QuoteSearches: Sendable {
  /// Past this many remembered quotations, the memory starts again.
  static let capacity = 20_000

  private let finder: QuoteFinder
  /// Guards only the dictionary; searches run outside it.
  private let results = Lock<[String: QuoteMatch?]>([:])

  init(finder: QuoteFinder) {
    self.finder = finder
  }

  func best(for quote: String) -> QuoteMatch? {
    if let known = results.withLock({ $0[quote] }) { return known }
    let best = finder.find(quote, limit: 1).first
    results.withLock {
      if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
      $0[quote] = .some(best)
    }
    return best
  }
}
