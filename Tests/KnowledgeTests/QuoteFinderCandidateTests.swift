import Corpus
import Testing

@testable import Knowledge

/// Quotations of common words among many similar sentences: the finder looks at the sentences
/// that hold every word for an exact match, and at those holding the most of the rarest words
/// for a near one, and still finds the right sentence.
@Suite struct QuoteFinderCandidateTests {
  /// One article of 300 sentences that differ only in their number.
  let articles: Corpus = {
    let sentences = (1...300).map { "The minister said the talks would continue in round \($0)." }
    return corpus("Talks go on\n\n" + sentences.joined(separator: "\n") + "\n")
  }()

  func sentenceText(_ match: QuoteMatch?) -> String? {
    match.map { articles.documents[$0.sentence.documentID].text[$0.sentence.byteRange] }
  }

  @Test func anExactQuotationAmongManyLikeItFindsItsOwnSentence() {
    let best = QuoteFinder(corpus: articles).find("the talks would continue in round 257").first
    #expect(best?.isExact == true)
    #expect(sentenceText(best) == "The minister said the talks would continue in round 257.")
  }

  @Test func aNearQuotationAmongManyLikeItFindsTheSentenceWithItsRarestWord() {
    let best = QuoteFinder(corpus: articles).find("the talks would go on in round 143").first
    #expect(best?.isExact == false)
    #expect(sentenceText(best) == "The minister said the talks would continue in round 143.")
    // Six of the eight words, in order, over a stretch of ten source words ("The … 143").
    #expect(best?.score == 0.6)
  }

  @Test func everyExactSourceIsFoundWhenSeveralAreAskedFor() {
    let found = QuoteFinder(corpus: articles).find("the minister said the talks", limit: 400)
    // The 300 exact sources first; then room is left for near ones (the headline shares a word).
    #expect(found.prefix(300).allSatisfy { $0.isExact })
    #expect(found.filter { $0.isExact }.count == 300)
  }
}
