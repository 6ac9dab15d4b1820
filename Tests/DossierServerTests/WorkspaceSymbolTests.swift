import Corpus
import Knowledge
import Testing

@testable import DossierServer

@Suite struct WorkspaceSymbolTests {
  let story = NamedText(
    "— 🎌 1️⃣The islands are called the ⟪Southern Kurils⟫₀ in Russia and the "
      + "⟪Northern Territories⟫₀ in Japan.2️⃣\r\n3️⃣Russian Foreign Minister ⟪Sergei Lavrov⟫₁ spoke.4️⃣")

  var corpus: Corpus {
    Corpus(root: "/corpus", documents: [story.corpusDocument(id: 0, "story.txt")], skipped: [])
  }

  var islands: Entity {
    makeEntity(
      0, "Southern Kurils", .place, usedBy: ["Russia"],
      aliases: [
        Alias(name: "Northern Territories", usedBy: ["Japan"]),
        Alias(name: "South Kuril Islands"),
      ],
      definition: SentenceRef(documentID: 0, byteRange: story["1️⃣"]..<story["2️⃣"]),
      mentions: story.mentions(of: 0, inDocument: 0))
  }

  var lavrov: Entity {
    makeEntity(
      1, "Sergei Lavrov", aliases: [Alias(name: "Lavrov"), Alias(name: "Sergey Lavrov")],
      roles: ["Foreign Minister"], nationality: "Russian",
      definition: SentenceRef(documentID: 0, byteRange: story["3️⃣"]..<story["4️⃣"]),
      mentions: story.mentions(of: 1, inDocument: 0))
  }

  @Test func aSymbolPointsAtTheNameInTheDefiningSentence() throws {
    let symbol = try #require(
      WorkspaceSymbolFeature.symbol(
        for: islands, shownName: "Southern Kurils", corpus: corpus, .utf16))
    // "— 🎌 The islands are called the " is 32 UTF-16 units (the emoji two).
    #expect(symbol.location.uri.string == "file:///corpus/story.txt")
    #expect(span(symbol.location.range) == "0:32-0:47")
    #expect(symbol.kind == .namespace)
    #expect(symbol.name == "Southern Kurils")
    #expect(symbol.containerName == "⇔ Northern Territories (Japan)")
  }

  @Test func aSymbolFoundByTheOtherSidesNameKeepsThatNameAndShowsTheCanonicalOne() throws {
    let symbol = try #require(
      WorkspaceSymbolFeature.symbol(
        for: islands, shownName: "Northern Territories", corpus: corpus, .utf16))
    #expect(symbol.name == "Northern Territories")
    #expect(symbol.containerName == "⇔ Southern Kurils (Russia)")
  }

  @Test func aVariantNameShowsTheCanonicalNameAndBothSides() {
    #expect(
      islands.symbolDetail(shownName: "South Kuril Islands")
        == "⇔ Southern Kurils (Russia); Northern Territories (Japan)")
  }

  @Test func namesOneSideUsesAreShownTogether() {
    let islands = makeEntity(
      0, "Falkland Islands", .place, usedBy: ["Britain"],
      aliases: [
        Alias(name: "Islas Malvinas", usedBy: ["Argentina"]),
        Alias(name: "Falklands", usedBy: ["Britain"]),
      ])
    #expect(
      islands.symbolDetail(shownName: "Islas Malvinas") == "⇔ Falkland Islands, Falklands (Britain)"
    )
    #expect(
      islands.symbolDetail(shownName: "Falklands")
        == "⇔ Falkland Islands (Britain); Islas Malvinas (Argentina)")
  }

  @Test func aPersonShowsNationalityAndRole() throws {
    let symbol = try #require(
      WorkspaceSymbolFeature.symbol(for: lavrov, shownName: "Lavrov", corpus: corpus, .utf8))
    #expect(symbol.kind == .variable)
    #expect(symbol.containerName == "Sergei Lavrov · Russian Foreign Minister")
    // The CRLF ends line 0; "Russian Foreign Minister " is 25 bytes.
    #expect(span(symbol.location.range) == "1:25-1:38")
  }

  @Test func withoutADefinitionASymbolPointsAtTheFirstStoryMention() throws {
    let named = NamedText("Menu: ⟪Kyodo⟫₀\nThe ⟪Kyodo⟫₀ agency reported it.")
    let corpus = Corpus(
      root: "/corpus", documents: [named.corpusDocument(id: 0, "k.txt")], skipped: [])
    let agency = makeEntity(
      0, "Kyodo", .organization,
      mentions: named.mentions(of: 0, inDocument: 0, boilerplate: [0..<11]))
    let symbol = try #require(
      WorkspaceSymbolFeature.symbol(for: agency, shownName: "Kyodo", corpus: corpus, .utf16))
    #expect(span(symbol.location.range) == "1:4-1:9")
    #expect(symbol.kind == .class)
    #expect(symbol.containerName == nil)
  }

  @Test func anEntityWithNowhereToPointIsNoSymbol() {
    let nowhere = makeEntity(0, "Glossary Term", .other)
    #expect(
      WorkspaceSymbolFeature.symbol(
        for: nowhere, shownName: "Glossary Term", corpus: corpus, .utf16)
        == nil)
  }

  @Test func theMostMentionedComeFirstCountingOnlyStories() {
    func mentions(_ story: Int, furniture: Int) -> [Mention] {
      (0..<story).map { Mention(documentID: 0, byteRange: $0..<$0 + 1, isBoilerplate: false) }
        + (0..<furniture).map {
          Mention(documentID: 0, byteRange: 100 + $0..<101 + $0, isBoilerplate: true)
        }
    }
    let entities = [
      makeEntity(0, "Tokyo", .place, mentions: mentions(3, furniture: 0)),
      makeEntity(1, "Sports", .other, mentions: mentions(1, furniture: 40)),
      makeEntity(2, "Japan", .place, mentions: mentions(9, furniture: 2)),
      makeEntity(3, "Moscow", .place, mentions: mentions(3, furniture: 1)),
      makeEntity(4, "Teaser Only", .person, mentions: mentions(0, furniture: 5)),
      makeEntity(5, "Kyiv", .place, mentions: mentions(2, furniture: 0)),
    ]
    // Japan 9; Moscow and Tokyo tie at 3 and go by name; furniture does not count.
    #expect(
      WorkspaceSymbolFeature.mostMentioned(entities, limit: 3).map(\.name) == [
        "Japan", "Moscow", "Tokyo",
      ])
    #expect(
      WorkspaceSymbolFeature.mostMentioned(entities, limit: 10).map(\.name) == [
        "Japan", "Moscow", "Tokyo", "Kyiv", "Sports",
      ])
    #expect(WorkspaceSymbolFeature.mostMentioned(entities, limit: 0).isEmpty)
  }

  @Test func eachKindHasItsOwnSymbolKind() {
    let kinds = EntityKind.allCases.map(\.symbolKind.rawValue)
    // Variable, Namespace, Class, Interface, Event, Constant.
    #expect(kinds == [13, 3, 5, 11, 24, 14])
  }
}
