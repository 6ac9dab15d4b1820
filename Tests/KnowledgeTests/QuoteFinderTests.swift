import Corpus
import Testing

@testable import Knowledge

/// A corpus of articles given as text, parsed as files would be.
func corpus(_ articles: String...) -> Corpus {
  Corpus(
    root: "/corpus",
    documents: articles.enumerated().map { index, text in
      DocumentParser.parse(
        id: index, relativePath: "\(index).txt", path: "/corpus/\(index).txt",
        bytes: Array(text.utf8))
    },
    skipped: [])
}

@Suite struct QuoteFinderTests {
  let articles = corpus(
    """
    Talks stall over islands

    “We still have significant disagreements [over the subject of the peace treaty],” the minister said on Monday.
    The two sides agreed to meet again in February.
    """,
    """
    Ministers meet in Tokyo

    The prime minister said the government would “continue consultations for a mutually acceptable solution” to the dispute.
    """)

  func sentenceText(_ match: QuoteMatch) -> String {
    articles.documents[match.sentence.documentID].text[match.sentence.byteRange]
  }

  @Test func anExactQuotationFindsItsSentence() throws {
    let best = try #require(
      QuoteFinder(corpus: articles).find(
        "continue consultations for a mutually acceptable solution"
      ).first)
    #expect(best.isExact)
    #expect(sentenceText(best).hasPrefix("The prime minister said"))
    #expect(
      articles.documents[1].text[best.matchedRange]
        == "continue consultations for a mutually acceptable solution")
  }

  @Test func caseCurlyQuotesPunctuationAndElisionsAreIgnored() throws {
    let finder = QuoteFinder(corpus: articles)
    let elided = try #require(finder.find("We still have significant disagreements […]").first)
    #expect(elided.isExact)
    #expect(sentenceText(elided).contains("significant disagreements"))
    let shouting = try #require(finder.find("WE STILL HAVE, significant disagreements!").first)
    #expect(shouting.isExact)
    let stitched = try #require(
      finder.find("We still have … disagreements over the subject of the peace treaty").first)
    #expect(stitched.isExact)
  }

  @Test func aQuotationWithAWordChangedIsANearMatch() throws {
    let best = try #require(
      QuoteFinder(corpus: articles).find("continue talks for a mutually acceptable solution").first)
    #expect(!best.isExact)
    #expect(best.score >= QuoteFinder.nearMatchThreshold)
    #expect(sentenceText(best).hasPrefix("The prime minister said"))
  }

  @Test func aQuotationFromNowhereFindsNothingNear() {
    let found = QuoteFinder(corpus: articles).find(
      "the islands will be returned next year without conditions")
    #expect(found.allSatisfy { $0.score < QuoteFinder.nearMatchThreshold })
  }

  @Test func wordsInTheWrongOrderAreNotExact() throws {
    let found = QuoteFinder(corpus: articles).find(
      "solution acceptable mutually a for consultations continue")
    #expect(found.allSatisfy { !$0.isExact })
  }
}

@Suite struct QuotedSpansTests {
  func spans(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return QuotedSpans.find(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test func curlyAndStraightQuotationsAreFound() {
    #expect(spans("He said “no deal” and \"never again\".") == ["no deal", "never again"])
  }

  @Test func aQuotationMaySpanLinesButNotParagraphs() {
    #expect(spans("“one\ntwo”") == ["one\ntwo"])
    #expect(spans("“open\n\nnew paragraph” and “closed”") == ["closed"])
  }

  @Test func unbalancedMarksFindNothing() {
    #expect(spans("a ” b “ c").isEmpty)
    #expect(spans("just \"one").isEmpty)
  }
}
