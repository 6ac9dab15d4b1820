import Corpus
import Knowledge
import Testing

@testable import DossierServer

@Suite struct InlayHintTests {
  let place = [
    makeSidedPlace(
      0, "Northern Territories", side: "Japan", alias: "Southern Kurils", aliasSide: "Russia")
  ]
  let named = NamedText(
    "The ⟪Southern Kurils⟫₀’ status 🎌 is disputed. Japan wants the ⟪Northern Territories⟫₀ back."
      + "\r\nThe ⟪Southern Kurils⟫₀ (⟪Northern Territories⟫₀) again.")

  func hints(
    _ named: NamedText, in range: Range<Int>? = nil, entities: [Entity]? = nil,
    _ encoding: PositionEncoding = .utf16
  ) -> [InlayHint] {
    InlayHintFeature.hints(
      in: named.draft(), byteRange: range ?? 0..<named.text.bytes.count,
      entities: entities ?? place, encoding)
  }

  @Test func afterEachSidesNameTheOtherSidesNameIsShown() {
    let found = hints(named)
    // "The Southern Kurils’" ends at UTF-16 column 20 (after the apostrophe); the emoji is two
    // units, so "Northern Territories" ends at column 80.
    #expect(found.map(\.label) == ["⇔ Northern Territories", "⇔ Southern Kurils"])
    #expect(found.map { "\($0.position.line):\($0.position.character)" } == ["0:20", "0:80"])
    #expect(found.first?.paddingLeft == true)
    #expect(
      found.first?.tooltip
        == "The same place: Russia: Southern Kurils · Japan: Northern Territories")
  }

  @Test func hintPositionsFollowTheNegotiatedEncoding() {
    // UTF-8: ’ is three bytes (two more than in UTF-16), the emoji four (two more).
    #expect(hints(named, .utf8).map(\.position.character) == [22, 84])
  }

  @Test func noHintWhereTheSentenceAlreadyNamesBothSides() {
    #expect(!hints(named).contains { $0.position.line == 1 })
  }

  @Test func onlyNamesInTheRequestedRangeGetHints() {
    #expect(hints(named, in: 0..<30).map(\.label) == ["⇔ Northern Territories"])
  }

  @Test func aNameWithASideFacesTheCanonicalNameWhenOnlyOneSideIsStated() {
    let town = [
      makeEntity(
        0, "Stanley", .place, aliases: [Alias(name: "Puerto Argentino", usedBy: ["Argentina"])])
    ]
    let text = NamedText("⟪Puerto Argentino⟫₀ is small. Few live in ⟪Stanley⟫₀.")
    #expect(hints(text, entities: town).map(\.label) == ["⇔ Stanley", "⇔ Puerto Argentino"])
    let person = [
      makeEntity(0, "Sergei Lavrov", .person, aliases: [Alias(name: "Lavrov", usedBy: ["Russia"])])
    ]
    #expect(hints(NamedText("⟪Lavrov⟫₀ spoke."), entities: person).isEmpty)
  }

  @Test func namesWithoutSidesGetNoHint() {
    let plain = [makeEntity(0, "Hokkaido", .place)]
    #expect(hints(NamedText("Off ⟪Hokkaido⟫₀ today."), entities: plain).isEmpty)
  }
}
