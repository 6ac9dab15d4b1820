import Testing

@testable import Corpus

/// Sentence boundaries in news prose: what ends a sentence and what only looks like it.
@Suite struct SentenceSplitterTests {
  @Test(arguments: [
    (
      "The U.S. and Japan agreed on Friday. Talks resume on Monday.",
      ["The U.S. and Japan agreed on Friday.", "Talks resume on Monday."]
    ),
    (
      "Moscow objects to a U.S.-led missile defense network. It includes Japan.",
      ["Moscow objects to a U.S.-led missile defense network.", "It includes Japan."]
    ),
    (
      "Missiles could come from the U.S. The islands are close.",
      ["Missiles could come from the U.S.", "The islands are close."]
    ),
    (
      "Mr. Lavrov met Dr. Sato and Gen. Ito in Tokyo. They talked.",
      ["Mr. Lavrov met Dr. Sato and Gen. Ito in Tokyo.", "They talked."]
    ),
    (
      "A memorandum dated Jan. 27, 1960, said so. It was binding.",
      ["A memorandum dated Jan. 27, 1960, said so.", "It was binding."]
    ),
    (
      "He was once the world No.1 in tennis. Then came injuries.",
      ["He was once the world No.1 in tennis.", "Then came injuries."]
    ),
    (
      "Talks in the No. 2 format begin soon. Both sides agree.",
      ["Talks in the No. 2 format begin soon.", "Both sides agree."]
    ),
    (
      "Ministers meet in the \"2+2\" format on March 20. Both sides agreed.",
      ["Ministers meet in the \"2+2\" format on March 20.", "Both sides agreed."]
    ),
    (
      "Axar.az reports citing TASS. The report came on Friday.",
      ["Axar.az reports citing TASS.", "The report came on Friday."]
    ),
    (
      "Members of Politics Forum.org argued all night. Moderators stepped in.",
      ["Members of Politics Forum.org argued all night.", "Moderators stepped in."]
    ),
    (
      "Growth was 2.5 percent last year. Prices rose 3.1 percent.",
      ["Growth was 2.5 percent last year.", "Prices rose 3.1 percent."]
    ),
    (
      "The book by J. R. R. Tolkien sold well. Critics agreed.",
      ["The book by J. R. R. Tolkien sold well.", "Critics agreed."]
    ),
    (
      "He heard news from the U.S. and Japan…. There is no guarantee.",
      ["He heard news from the U.S. and Japan….", "There is no guarantee."]
    ),
    (
      "The stances were opposed… but the talks went on. Nobody left.",
      ["The stances were opposed… but the talks went on.", "Nobody left."]
    ),
    (
      "The statement said […] Tokyo would respond. It did not.",
      ["The statement said […] Tokyo would respond.", "It did not."]
    ),
    (
      "Is the dispute over? Nobody knows! Talks continue.",
      ["Is the dispute over?", "Nobody knows!", "Talks continue."]
    ),
    (
      "The talks ended at 5 p.m. Tokyo time. Both sides left.",
      ["The talks ended at 5 p.m. Tokyo time.", "Both sides left."]
    ),
  ])
  func splitsAtSentenceEndsOnly(text: String, expected: [String]) {
    #expect(SentenceSplitter.sentences(of: text) == expected)
  }

  @Test(arguments: [
    (
      "“We have significant disagreements. But the political will of our leaders prompts us to "
        + "intensify this dialogue,” Lavrov said. Kono agreed.",
      [
        "“We have significant disagreements. But the political will of our leaders prompts us to "
          + "intensify this dialogue,” Lavrov said.",
        "Kono agreed.",
      ]
    ),
    (
      "\"It is hard. We need time,\" Russian Foreign Minister Sergei Lavrov said on Monday.",
      ["\"It is hard. We need time,\" Russian Foreign Minister Sergei Lavrov said on Monday."]
    ),
    (
      "“We want peace. We want trust.” Kishida told reporters.",
      ["“We want peace. We want trust.” Kishida told reporters."]
    ),
    (
      "“The islands are ours. They always were,” said the minister.",
      ["“The islands are ours. They always were,” said the minister."]
    ),
  ])
  func quotationFollowedByItsAttributionIsOneSentence(text: String, expected: [String]) {
    #expect(SentenceSplitter.sentences(of: text) == expected)
  }

  @Test func quotationWithoutAttributionIsSplitAsUsual() {
    let text = "He said: “We will win. They will lose.” According to Mainichi, nobody answered."
    #expect(
      SentenceSplitter.sentences(of: text) == [
        "He said: “We will win.", "They will lose.”", "According to Mainichi, nobody answered.",
      ])
  }

  @Test func unclosedQuotationDoesNotSwallowTheParagraph() {
    let text = "It's the elite that is \"jealous of us. Nobody denies it. The end."
    #expect(SentenceSplitter.sentences(of: text).count == 3)
  }

  @Test func headlinesAndListLinesAreTheirOwnSentences() {
    let text =
      "Japan and Russia meet in Moscow\nThe talks were held on Friday. Both sides spoke.\n• Ukraine\n• COVID-19\n"
    #expect(
      SentenceSplitter.sentences(of: text) == [
        "Japan and Russia meet in Moscow", "The talks were held on Friday.", "Both sides spoke.",
        "• Ukraine", "• COVID-19",
      ])
  }

  @Test func hardWrappedParagraphIsJoinedAcrossLineEnds() {
    let text = """
      Russian Foreign Minister Sergei Lavrov met his Japanese counterpart in
      Moscow on Monday. The two ministers discussed the disputed islands, which
      Japan calls the Northern Territories.
      """
    let sentences = SentenceSplitter.sentences(of: text)
    #expect(sentences.count == 2)
    #expect(sentences.first?.hasSuffix("counterpart in\nMoscow on Monday.") == true)
  }

  @Test func sentenceRangesExcludeSurroundingWhitespaceAndNoBreakSpaces() {
    let text = SourceText("  First one.\u{a0} Second one. \u{a0}\r\n")
    let ranges = SentenceSplitter.sentenceRanges(of: text)
    #expect(ranges.map { text[$0] } == ["First one.", "Second one."])
  }
}
