import Corpus
import JSONRPC
import Knowledge
import Testing

@testable import DossierServer

/// The entity card, rendered for entities built by hand over the stories of `hoverArticles`
/// (their sentences and files are what a card cites).
@Suite struct EntityCardTests {
  let context = writingContext(hoverArticles, open: "").0

  /// Renders `entity`'s card as the user looking at `surface` sees it and compares it with
  /// `expected`.
  func check(
    _ entity: Entity, surface: String? = nil, markdown: Bool = false, _ expected: String
  ) {
    let card = EntityCard(entity: entity, context: context, surface: surface, markdown: markdown)
    #expect(card.render() == expected, "\(card.render())")
  }

  /// Story mentions of `name` in corpus document `documentID`, where its text holds it.
  func mentions(of name: String, inDocument documentID: Int) -> [Mention] {
    let bytes = hoverArticles.corpus.documents[documentID].text.bytes
    let needle = Array(name.utf8)
    return (0...(bytes.count - needle.count))
      .filter { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
      .map {
        Mention(documentID: documentID, byteRange: $0..<$0 + needle.count, isBoilerplate: false)
      }
  }

  var lavrovID: Int {
    hoverArticles.knowledge.entities.first { $0.name == "Sergei Lavrov" }?.id ?? -1
  }

  @Test func aGlossaryEntryWithRelationsDatesAndAForeignName() {
    let islands = Entity(
      id: 0, key: "place/kuril-islands", name: "Kuril Islands", usedBy: [], kind: .place,
      aliases: [Alias(name: "Курильские острова", language: "Russian")], roles: [],
      nationality: nil, definition: nil,
      glossaryDefinition: "A chain of volcanic islands between Hokkaido and Kamchatka.",
      mentions: mentions(of: "Northern Territories", inDocument: 1),
      related: [Relation(entityID: lavrovID, kind: .related, source: nil)], quotations: [],
      outlets: ["Example Daily", "Harbour Post"], dates: ["2024-03-01", "2024-03-09"],
      firstSeen: CalendarDate(year: 2024, month: 3, day: 1),
      lastSeen: CalendarDate(year: 2024, month: 3, day: 9))
    check(
      islands,
      """
      Kuril Islands

      place
      also: Курильские острова (Russian)

      “A chain of volcanic islands between Hokkaido and Kamchatka.”
      — glossary

      1 mention in 1 document · 2 outlets · first seen 2024-03-01, last 2024-03-09

      Related: Sergei Lavrov

      Other mentions:
      - 1.txt:3 — Fishing boats returned to the Northern Territories after the storm.
      """)
  }

  /// Northern Territories as Japan says, Southern Kurils as Russia says, and a variant.
  var territories: Entity {
    Entity(
      id: 0, key: "place/northern-territories", name: "Northern Territories", usedBy: ["Japan"],
      kind: .place,
      aliases: [Alias(name: "Southern Kurils", usedBy: ["Russia"]), Alias(name: "South Kurils")],
      roles: [], nationality: nil, definition: nil,
      glossaryDefinition: "Four islands [disputed] since 1945, see <notes>.", mentions: [],
      related: [], quotations: [], outlets: [], dates: ["2024-03-01"],
      firstSeen: CalendarDate(year: 2024, month: 3, day: 1),
      lastSeen: CalendarDate(year: 2024, month: 3, day: 1))
  }

  @Test func theNameUnderTheCursorLeadsAndMarkdownPunctuationPrintsAsItself() {
    check(
      territories, surface: "southern kurils", markdown: true,
      """
      **Southern Kurils** (Russia) ⇔ **Northern Territories** (Japan)

      *place*  
      also: South Kurils

      > Four islands \\[disputed\\] since 1945, see \\<notes\\>.
      — glossary

      0 mentions in 0 documents · 0 outlets · seen 2024-03-01
      """)
  }

  @Test func withoutASurfaceEachSideIsInTheOrderStated() {
    check(
      territories,
      """
      Northern Territories (Japan) ⇔ Southern Kurils (Russia)

      place
      also: South Kurils

      “Four islands [disputed] since 1945, see <notes>.”
      — glossary

      0 mentions in 0 documents · 0 outlets · seen 2024-03-01
      """)
  }

  @Test func aSentenceDefinitionIsQuotedWithItsFileAndLine() {
    let document = hoverArticles.corpus.documents[0]
    let sentence = document.sentences.first { sentence in
      String(decoding: document.text.bytes[sentence.byteRange], as: UTF8.self)
        .hasPrefix("Lavrov said")
    }
    let lavrov = makeEntity(
      0, "Sergei Lavrov", roles: ["Foreign Minister", "diplomat"],
      definition: sentence.map { SentenceRef(documentID: 0, byteRange: $0.byteRange) })
    check(
      lavrov, markdown: true,
      """
      **Sergei Lavrov**

      *person* · Foreign Minister, diplomat

      > Lavrov said the talks would go on.
      — [0.txt:7](file:///corpus/0.txt#L7)

      0 mentions in 0 documents · 0 outlets
      """)
  }
}
