import Corpus
import Knowledge
import Testing

@testable import DossierServer

@Suite struct SemanticTokensTests {
  /// Encodes every name with its entity id as the token type and no modifier.
  func encode(_ named: NamedText, _ encoding: PositionEncoding = .utf16) -> [[Int]] {
    let data = SemanticTokensFeature.encode(named.matches, in: named.text, encoding) {
      ($0.entityID, 0)
    }
    return stride(from: 0, to: data.count, by: 5).map { Array(data[$0..<min($0 + 5, data.count)]) }
  }

  @Test func tokensAreDeltaEncodedFromThePreviousToken() {
    let named = NamedText("🎌 ⟪Lavrov⟫₀ and ⟪Japan⟫₁\r\n⟪Kurils⟫₂ — ⟪Japan⟫₁")
    // Line 0: the emoji is two UTF-16 units, so "Lavrov" is at 3; "Japan" at 14 is 11 on.
    // Line 1 starts afresh: "Kurils" at 0, then "Japan" 9 columns on (" — " is 3 units).
    #expect(
      encode(named) == [[0, 3, 6, 0, 0], [0, 11, 5, 1, 0], [1, 0, 6, 2, 0], [0, 9, 5, 1, 0]])
  }

  @Test func startsAndLengthsCountInTheNegotiatedEncoding() {
    let named = NamedText("“🎌” ⟪Taro Kōno⟫₀ — ⟪Japan⟫₁")
    // “🎌” and a space: UTF-16 5 units (the emoji two), UTF-32 4, UTF-8 11 bytes. "Taro Kōno": 9 characters,
    // 10 bytes (ō is two). " — ": 3 characters, 5 bytes.
    #expect(encode(named, .utf16) == [[0, 5, 9, 0, 0], [0, 12, 5, 1, 0]])
    #expect(encode(named, .utf32) == [[0, 4, 9, 0, 0], [0, 12, 5, 1, 0]])
    #expect(encode(named, .utf8) == [[0, 11, 10, 0, 0], [0, 15, 5, 1, 0]])
  }

  @Test func aNameBrokenOverALineBecomesOneTokenPerLine() {
    let named = NamedText("the ⟪Southern\r\nKuril Islands⟫₀ and ⟪Japan⟫₁")
    // "Southern" ends line 0; "Kuril Islands" opens line 1, and "Japan" follows 18 on.
    #expect(
      encode(named) == [[0, 4, 8, 0, 0], [1, 0, 13, 0, 0], [0, 18, 5, 1, 0]])
  }

  @Test func aNameOverABlankLineSkipsTheEmptyLine() {
    let named = NamedText("⟪Treaty of\n\nSan Francisco⟫₀")
    #expect(encode(named) == [[0, 0, 9, 0, 0], [2, 0, 13, 0, 0]])
  }

  @Test func loneCarriageReturnsEndLinesToo() {
    let named = NamedText("⟪Japan⟫₀\r⟪Russia⟫₁’s")
    #expect(encode(named) == [[0, 0, 5, 0, 0], [1, 0, 6, 1, 0]])
  }

  @Test func theLegendHasOneStandardTypePerEntityKind() {
    #expect(
      SemanticTokensFeature.tokenTypes == [
        "variable", "namespace", "class", "interface", "event", "enumMember",
      ])
    #expect(SemanticTokensFeature.tokenModifiers == ["declaration", "perspective"])
    #expect(SemanticTokensFeature.capability["range"] == .bool(true))
    #expect(SemanticTokensFeature.capability["full"] == .bool(true))
  }

  @Test func aNameOneSideUsesIsAPerspectiveName() {
    let islands = makeEntity(
      0, "Southern Kurils", .place, usedBy: ["Russia"],
      aliases: [
        Alias(name: "Northern Territories", usedBy: ["Japan"]),
        Alias(name: "South Kuril Islands"),
      ])
    #expect(islands.isPerspectiveName("Northern Territories"))
    #expect(islands.isPerspectiveName("northern  territories"))
    #expect(islands.isPerspectiveName("Southern Kurils"))
    #expect(!islands.isPerspectiveName("South Kuril Islands"))
  }
}
