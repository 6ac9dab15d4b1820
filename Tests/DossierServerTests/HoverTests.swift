import Corpus
import JSONRPC
import Knowledge
import TestSupport
import Testing

@testable import DossierServer

/// Two invented stories, read by the real document parser and knowledge build: a place with
/// one name per side, stated once, and a titled minister named again by surname.
let hoverArticles = snapshot(ofArticles: [
  """
  Island talks resume in Tokyo

  The islands are called the Southern Kurils in Russia and the Northern Territories in Japan.

  Russian Foreign Minister Sergei Lavrov arrived in Tokyo on Monday.

  Lavrov said the talks would go on.

  """,
  """
  Fishing boats return

  Fishing boats returned to the Northern Territories after the storm.

  """,
])

@Suite struct HoverTests {
  /// Hovers at `1️⃣` in `draft` (plain text cards, so the expectation reads as the user reads
  /// it) and compares the range under the cursor and the card with `expected`: the range as
  /// `line:character-line:character`, a blank line, then the card; nil for no hover.
  func check(_ draft: String, _ expected: String?, markdown: Bool = false) throws {
    let marked = MarkedText(draft)
    let client: JSONValue =
      markdown ? [:] : ["textDocument": ["hover": ["contentFormat": ["plaintext"]]]]
    let (context, uri) = writingContext(hoverArticles, open: marked.text, client: client)
    let hover = try HoverFeature.hover(
      TextDocumentPositionParams(
        textDocument: TextDocumentIdentifier(uri: uri), position: marked.position("1️⃣")),
      context)
    guard let hover else {
      #expect(expected == nil, "no hover")
      return
    }
    let contents = try hover.contents.parsed()
    let card = contents["value"]?.stringValue ?? ""
    #expect(contents["kind"]?.stringValue == (markdown ? "markdown" : "plaintext"))
    let answer = (hover.range.map(span) ?? "no range") + "\n\n" + card
    #expect(answer == expected, "\(answer)")
  }

  /// The islands' card below its headline, whichever name is hovered: the alias statement
  /// defines them; the story mentions are the two names in it and the one in 1.txt.
  static let islandsCard = """
    place

    “The islands are called the Southern Kurils in Russia and the Northern Territories in Japan.”
    — 0.txt:3

    3 mentions in 2 documents · 0 outlets

    Other mentions:
    - 1.txt:3 — Fishing boats returned to the Northern Territories after the storm.
    """

  @Test func hoverOnTheJapaneseNameShowsItFirstThenTheRussianName() throws {
    // "Boats near the " is 15 characters; "Northern Territories" is 20 more.
    try check(
      "Boats near the Nort1️⃣hern Territories.",
      "0:15-0:35\n\nNorthern Territories (Japan) ⇔ Southern Kurils (Russia)\n\n" + Self.islandsCard)
  }

  @Test func hoverOnTheRussianNameShowsItFirst() throws {
    try check(
      "The 1️⃣Southern Kurils",
      "0:4-0:19\n\nSouthern Kurils (Russia) ⇔ Northern Territories (Japan)\n\n" + Self.islandsCard)
  }

  @Test func hoverOnASurnameShowsThePersonWithRoleAndNationality() throws {
    // An emoji before the name is two UTF-16 units: "🎌 " puts "Lavrov" at 3.
    try check(
      "🎌 Lav1️⃣rov spoke.",
      """
      0:3-0:9

      Sergei Lavrov

      person · Foreign Minister · Russian
      also: Lavrov

      “Russian Foreign Minister Sergei Lavrov arrived in Tokyo on Monday.”
      — 0.txt:5

      2 mentions in 1 document · 0 outlets

      Other mentions:
      - 0.txt:7 — Lavrov said the talks would go on.
      """)
  }

  @Test func markdownCardsMarkTheNamesAndLinkTheSource() throws {
    try check(
      "1️⃣Lavrov",
      """
      0:0-0:6

      **Sergei Lavrov**

      *person* · Foreign Minister · Russian  
      also: Lavrov

      > Russian Foreign Minister Sergei Lavrov arrived in Tokyo on Monday.
      — [0.txt:5](file:///corpus/0.txt#L5)

      2 mentions in 1 document · 0 outlets

      **Other mentions**
      - [0.txt:7](file:///corpus/0.txt#L7) — Lavrov said the talks would go on.
      """, markdown: true)
  }

  @Test func noHoverOnWordsThatNameNothing() throws {
    try check("The talks 1️⃣went on.", nil)
  }
}
