import Corpus
import TestSupport
import Testing

@testable import DossierServer

@Suite struct DraftTextTests {
  func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return DraftText.words(in: bytes, range: 0..<bytes.count).map {
      String(decoding: bytes[$0.byteRange], as: UTF8.self)
    }
  }

  @Test func wordsEndAtApostrophesDashesAndEmojiButKeepAccentedLetters() {
    #expect(
      words("Lavrov’s view — 🎌 Kōno’s U.S.-Japan") == [
        "Lavrov", "s", "view", "Kōno", "s", "U", "S", "Japan",
      ])
  }

  @Test func wordsKnowCapitalsAndAllCaps() {
    let bytes = Array("Kōno ASEAN ñandú Élysée".utf8)
    let found = DraftText.words(in: bytes, range: 0..<bytes.count)
    #expect(found.map(\.isCapitalised) == [true, true, false, true])
    #expect(found.map(\.isAllCaps) == [false, true, false, false])
    #expect(found.map(\.letterCount) == [4, 5, 5, 6])
  }

  @Test func aSentenceEndsAtAFullStopButNotAfterAnAbbreviation() {
    let text = MarkedText("Mr. Lavrov met 1️⃣Kishida in the U.S. yesterday. Then “they left.” Next")
    let bytes = Array(text.text.utf8)
    let sentence = DraftText.sentence(containing: text["1️⃣"], in: bytes)
    #expect(text.text[bytes: sentence] == "Mr. Lavrov met Kishida in the U.S. yesterday.")
  }

  @Test func aQuotationClosedAfterItsFullStopEndsTheSentence() {
    let text = MarkedText("Then “they 1️⃣left.” Next one.")
    let bytes = Array(text.text.utf8)
    #expect(
      text.text[bytes: DraftText.sentence(containing: text["1️⃣"], in: bytes)] == "Then “they left.”")
  }

  @Test func aBlankLineEndsASentenceInCRLFText() {
    let text = MarkedText("# Notes\r\n\r\nThe Southern 1️⃣Kurils\r\nare disputed\r\n\r\nNext")
    let bytes = Array(text.text.utf8)
    #expect(
      text.text[bytes: DraftText.sentence(containing: text["1️⃣"], in: bytes)]
        == "The Southern Kurils\r\nare disputed")
  }

  @Test func theSentenceAtTheVeryEndOrPastItIsTheLastOne() {
    let text = "First one. Second one"
    let bytes = Array(text.utf8)
    #expect(text[bytes: DraftText.sentence(containing: bytes.count, in: bytes)] == "Second one")
    #expect(text[bytes: DraftText.sentence(containing: bytes.count + 9, in: bytes)] == "Second one")
    #expect(DraftText.sentence(containing: 0, in: []) == 0..<0)
  }

  @Test func aSentenceWithoutEndsStopsAtTheLimit() {
    let bytes = Array(String(repeating: "word ", count: 10).utf8)
    #expect(DraftText.sentence(containing: 25, in: bytes, maximumBytes: 10) == 15..<34)
  }

  @Test func aCitationGoesBeforeTheFullStopOrAfterAClosingQuote() {
    let plain = Array("It was signed in 1956.".utf8)
    #expect(DraftText.citationPoint(sentenceEnd: plain.count, in: plain) == plain.count - 1)
    let quoted = Array("He said “we agree.”".utf8)
    #expect(DraftText.citationPoint(sentenceEnd: quoted.count, in: quoted) == quoted.count)
    let bare = Array("No full stop".utf8)
    #expect(DraftText.citationPoint(sentenceEnd: bare.count, in: bare) == bare.count)
  }

  @Test func aPossessiveAfterANameIsSkipped() {
    let curly = Array("Lavrov’s view".utf8)
    #expect(DraftText.endOfPossessive(in: curly, after: 6) == 6 + 3 + 1)
    let straight = Array("Lavrov's view".utf8)
    #expect(DraftText.endOfPossessive(in: straight, after: 6) == 8)
    let plural = Array("the Kurils’ status".utf8)
    #expect(DraftText.endOfPossessive(in: plural, after: 10) == 13)
    // "’so" is not a possessive, and nothing follows a name at the end of the text.
    let word = Array("Lavrov’so".utf8)
    #expect(DraftText.endOfPossessive(in: word, after: 6) == 6)
    #expect(DraftText.endOfPossessive(in: curly, after: curly.count) == curly.count)
  }
}

extension String {
  /// The text of a byte range.
  subscript(bytes range: Range<Int>) -> String {
    String(decoding: Array(utf8)[range], as: UTF8.self)
  }
}
