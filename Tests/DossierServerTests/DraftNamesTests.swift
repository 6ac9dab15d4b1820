import Corpus
import Knowledge
import TestSupport
import Testing

@testable import DossierServer

/// The names of an open document are re-read per changed paragraph (`DraftNames`); whatever
/// the edits, the result must be what matching the whole text finds.
@Suite struct DraftNamesTests {
  /// The seeds, and two stories with two people called Sato, so that a lone "Sato" depends on
  /// the rest of the text (the name last given in full before it, else the next one after it).
  static let index: IndexSnapshot = {
    let seeds = (try? CorpusLoader.load(root: repositoryRoot + "/seeds"))?.documents ?? []
    let stories = [
      "Sato vows to fight on\n\nGovernor Keiko Sato opened a bridge in Akita on Monday. "
        + "Prime Minister Hiroshi Sato was absent from the ceremony.\n",
      "Prime Minister Hiroshi Sato spoke in Sendai on Tuesday. "
        + "Sato said the budget would pass. Governor Keiko Sato disagreed.\n",
    ]
    return snapshot(ofArticles: seeds.map(\.text.string) + stories)
  }()

  var knowledge: KnowledgeBase { Self.index.knowledge }

  func wholeText(_ text: String) -> [TextMatch] { knowledge.matches(in: Array(text.utf8)) }

  /// Pieces edits are made of: names (shared, full, possessive, of several words), words,
  /// punctuation, and every kind of break the paragraph rule must get right.
  static let pieces = [
    "Sato", "Sato said", "Governor Keiko Sato", "Prime Minister Hiroshi Sato", "Keiko",
    "Hiroshi Sato’s", "Sato's", "Northern Territories", "Southern Kurils", "Japan", "Russia",
    "Lavrov", "Sergei Lavrov", "Kuril Islands", "Fumio Kishida", "Moscow", "the", " and ",
    "talks on the islands", ". ", ", ", " (", ") ", "\n", "\n\n", "\n \n", "\r\n\r\n", "\r\r",
    "\n\u{00A0}\n", "\n\n\u{00A0}", "\u{2028}", "\t", "“", "”", "\"", "é", "🎌", "U.S.", "US",
    "1956 Joint Declaration", "Foreign Minister", " ", "  ", "x", "Southern", "Kurils", "Prime",
  ]

  @Test func theSharedNameDependsOnOtherParagraphs() throws {
    // The premise of the random edits below: a lone "Sato" with no full name before it in its
    // paragraph is resolved from another paragraph.
    let keiko = try #require(knowledge.entities.first { $0.name == "Keiko Sato" })
    let hiroshi = try #require(knowledge.entities.first { $0.name == "Hiroshi Sato" })
    let text = "Governor Keiko Sato spoke.\n\nSato left.\n\nPrime Minister Hiroshi Sato stayed."
    let lone = wholeText(text).filter { $0.surface == "Sato" }
    #expect(lone.map(\.entityID) == [keiko.id])
    #expect(
      wholeText("Sato left.\n\nPrime Minister Hiroshi Sato stayed.").first?.entityID == hiroshi.id)
    let names = DraftNames.read(Array(text.utf8), knowledge: knowledge, previous: nil)
    #expect(names.paragraphs.count == 3)
    #expect(names.matches == wholeText(text))
  }

  @Test func aBlankLineThatStartsWithANoBreakSpaceDoesNotCutTheText() throws {
    // The matcher sees no blank line when a no-break space follows it: a name runs across.
    for text in [
      "The Southern\n\n\u{00A0}Kurils are disputed.", "The Southern\n \n\u{00A0}\nKurils again.",
    ] {
      let whole = wholeText(text)
      #expect(whole.contains { $0.surface.contains("\n") })
      let names = DraftNames.read(Array(text.utf8), knowledge: knowledge, previous: nil)
      #expect(names.paragraphs.count == 1)
      #expect(names.matches == whole)
    }
  }

  @Test func everySeedArticleReadByParagraphsIsReadAsAWhole() {
    var paragraphs = 0
    for document in Self.index.corpus.documents {
      let bytes = document.text.bytes
      let names = DraftNames.read(bytes, knowledge: knowledge, previous: nil)
      paragraphs += names.paragraphs.count
      #expect(names.matches == knowledge.matches(in: bytes), "\(document.relativePath)")
    }
    #expect(paragraphs > 2 * Self.index.corpus.documents.count)
  }

  @Test func randomEditsGiveTheNamesOfTheWholeText() {
    var random = SplitMix64(seed: 2_026)
    var text = Self.pieces.joined(separator: " ")
    var names = DraftNames.read(Array(text.utf8), knowledge: knowledge, previous: nil)
    for step in 0..<1_500 {
      var characters = Array(text)
      let start = Int(random.next() % UInt64(characters.count + 1))
      let removed = characters.count > 3_000 ? 200 : Int(random.next() % 6)
      let end = min(characters.count, start + removed)
      let inserted = (0..<Int(random.next() % 4)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      characters.replaceSubrange(start..<end, with: Array(inserted))
      text = String(characters)
      let bytes = Array(text.utf8)
      names = DraftNames.read(bytes, knowledge: knowledge, previous: names)
      let expected = knowledge.matches(in: bytes)
      guard names.matches == expected else {
        Issue.record("step \(step): \(names.matches.count) names, expected \(expected.count)")
        return
      }
    }
  }

  @Test func anEditInOneParagraphReadsOnlyThatParagraph() {
    let paragraphs = (0..<40).map {
      "Paragraph \($0): Foreign Minister Sergei Lavrov met Fumio Kishida about the Southern Kurils."
    }
    let before = paragraphs.joined(separator: "\n\n")
    let after = before.replacingOccurrences(
      of: "Paragraph 20: Foreign", with: "Paragraph 20: The Foreign")
    let first = DraftNames.read(Array(before.utf8), knowledge: knowledge, previous: nil)
    #expect(first.paragraphsRead == 40)
    let second = DraftNames.read(Array(after.utf8), knowledge: knowledge, previous: first)
    #expect(second.paragraphsRead == 1)
    #expect(second.matches == wholeText(after))
    // An index built again reads everything: names from another index are never reused.
    let unrelated = DraftNames.read(Array(after.utf8), knowledge: knowledge, previous: nil)
    #expect(unrelated.paragraphsRead == 40)
  }

  @Test func theCacheFollowsVersionsOfAnOpenDocument() {
    let cache = AnalysisCache()
    let uri = DocumentURI(string: "untitled:draft.md")
    var text = "Governor Keiko Sato spoke.\n\nSato left."
    for version in 1...5 {
      text += "\n\nPrime Minister Hiroshi Sato met Sergei Lavrov \(version)."
      let document = OpenDocument(
        uri: uri, languageId: "markdown", version: version, text: SourceText(text))
      #expect(cache.matches(for: document, index: Self.index) == wholeText(text))
      // After the first version, only the paragraph added and the one before it (which now
      // ends in a blank line) are read.
      let read = cache.names(for: document, index: Self.index).paragraphsRead
      #expect(read == (version == 1 ? 3 : 2))
    }
  }
}

/// A small deterministic generator, so that a failing edit sequence can be replayed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
