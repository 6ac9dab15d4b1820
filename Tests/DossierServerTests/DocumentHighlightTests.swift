import Corpus
import Testing

@testable import DossierServer

@Suite struct DocumentHighlightTests {
  /// One person under three names, another person in between; curly quotes, a dash and an
  /// emoji before the last name.
  let named = NamedText(
    "⟪Sergei Lavrov⟫₀ met ⟪Motegi⟫₁. “⟪Lav1️⃣rov⟫₀’s view,” — 🎌 ⟪Sergey Lavrov⟫₀ said. 2️⃣Then")

  func highlights(at marker: String, _ encoding: PositionEncoding = .utf16) -> [String]? {
    DocumentHighlightFeature.highlights(
      in: named.draft(), atByteOffset: named[marker], encoding)?.map { span($0.range) }
  }

  @Test func highlightMarksEveryNameOfTheEntityUnderTheCursor() {
    // UTF-16: "Sergei Lavrov" 0–13; “ at 26, so "Lavrov" 27–33; then ’s view,” — 🎌 (the
    // emoji two units) and a space put "Sergey Lavrov" at 48–61.
    #expect(highlights(at: "1️⃣") == ["0:0-0:13", "0:27-0:33", "0:48-0:61"])
  }

  @Test func highlightColumnsFollowTheNegotiatedEncoding() {
    // UTF-8: “ ’ ” — are three bytes each and the emoji four.
    #expect(highlights(at: "1️⃣", .utf8) == ["0:0-0:13", "0:29-0:35", "0:58-0:71"])
    // UTF-32: the emoji is one unit.
    #expect(highlights(at: "1️⃣", .utf32) == ["0:0-0:13", "0:27-0:33", "0:47-0:60"])
  }

  @Test func highlightIsOfKindText() {
    let kinds = DocumentHighlightFeature.highlights(
      in: named.draft(), atByteOffset: named["1️⃣"], .utf16)?.map(\.kind)
    #expect(kinds == [1, 1, 1])
  }

  @Test func noHighlightOnWordsThatNameNothing() {
    #expect(highlights(at: "2️⃣") == nil)
  }

  @Test func aCursorJustAfterANameHighlightsThatName() {
    let named = NamedText("⟪Japan⟫₀1️⃣ and ⟪Japan⟫₀")
    let ranges = DocumentHighlightFeature.highlights(
      in: named.draft(), atByteOffset: named["1️⃣"], .utf16)?.map { span($0.range) }
    #expect(ranges == ["0:0-0:5", "0:10-0:15"])
  }

  @Test func highlightsInACRLFDocumentLandOnTheirLines() {
    let named = NamedText("⟪Tokyo⟫₀ said\r\n\r\nthat 1️⃣⟪Tokyo⟫₀’s claim\rstands, ⟪Tokyo⟫₀ says")
    let ranges = DocumentHighlightFeature.highlights(
      in: named.draft(), atByteOffset: named["1️⃣"], .utf16)?.map { span($0.range) }
    #expect(ranges == ["0:0-0:5", "2:5-2:10", "3:8-3:13"])
  }
}
