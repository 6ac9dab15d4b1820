import Corpus
import Testing

@testable import DossierServer

@Suite struct TextSyncTests {
  func change(
    _ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int, _ text: String
  )
    -> TextDocumentContentChangeEvent
  {
    TextDocumentContentChangeEvent(
      range: LSPRange(
        start: Position(line: startLine, character: startCharacter),
        end: Position(line: endLine, character: endCharacter)), text: text)
  }

  func apply(
    _ changes: [TextDocumentContentChangeEvent], to text: String,
    _ encoding: PositionEncoding = .utf16
  )
    -> String
  {
    changes.reduce(SourceText(text)) { Session.apply($1, to: $0, encoding: encoding) }.string
  }

  @Test func incrementalChangesApplyInOrder() {
    let result = apply(
      [change(0, 0, 0, 5, "Tokyo"), change(0, 5, 0, 5, "’s"), change(1, 0, 1, 0, "> ")],
      to: "Japan claims\nislands")
    #expect(result == "Tokyo’s claims\n> islands")
  }

  @Test func aChangeWithoutRangeReplacesEverything() {
    #expect(
      apply([TextDocumentContentChangeEvent(range: nil, text: "new")], to: "old\ntext") == "new")
  }

  @Test func utf16ColumnsAfterEmojiAndCurlyQuotesLandOnTheRightCharacter() {
    // "🎌" is two UTF-16 units, "“" one: "Lavrov" starts at UTF-16 column 4.
    #expect(apply([change(0, 4, 0, 10, "Lavrof")], to: "🎌 “Lavrov”") == "🎌 “Lavrof”")
    #expect(apply([change(0, 3, 0, 9, "Lavrof")], to: "🎌 “Lavrov”", .utf32) == "🎌 “Lavrof”")
    #expect(apply([change(0, 8, 0, 14, "Lavrof")], to: "🎌 “Lavrov”", .utf8) == "🎌 “Lavrof”")
  }

  @Test func crlfDocumentsEditOnTheRightLine() {
    #expect(apply([change(1, 0, 1, 3, "TWO")], to: "one\r\ntwo\r\nthree") == "one\r\nTWO\r\nthree")
    #expect(apply([change(2, 0, 2, 0, "3 ")], to: "one\rtwo\rthree") == "one\rtwo\r3 three")
  }

  @Test func rangesPastTheEndAreClamped() {
    #expect(apply([change(0, 3, 0, 99, "!")], to: "abc\ndef") == "abc!\ndef")
    #expect(apply([change(9, 0, 9, 0, "!")], to: "abc\ndef") == "abc\ndef!")
  }

  @Test func anInvertedRangeInsertsAtItsStart() {
    #expect(apply([change(0, 2, 0, 1, "X")], to: "abc") == "abXc")
  }
}

@Suite struct NegotiationTests {
  @Test func encodingPrefersUTF8ThenUTF32ThenUTF16() {
    #expect(Session.negotiateEncoding(offered: ["utf-16", "utf-8"]) == .utf8)
    #expect(Session.negotiateEncoding(offered: ["utf-32", "utf-16"]) == .utf32)
    #expect(Session.negotiateEncoding(offered: ["utf-16"]) == .utf16)
    #expect(Session.negotiateEncoding(offered: []) == .utf16)
    #expect(Session.negotiateEncoding(offered: ["ebcdic"]) == .utf16)
  }

  @Test func settingsReportWrongTypesWithoutFailing() {
    var problems: [String] = []
    let settings = Settings(
      initializationOptions: [
        "corpus": 5, "logLevel": "loud", "features": ["hover": false, "definition": true],
      ],
      problems: &problems)
    #expect(settings.corpus == nil)
    #expect(settings.logLevel == nil)
    #expect(!settings.isEnabled(.hover))
    #expect(settings.isEnabled(.definition))
    #expect(problems.count == 2)
  }
}
