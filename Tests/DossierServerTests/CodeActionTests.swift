import Corpus
import JSONRPC
import Knowledge
import TestSupport
import Testing

@testable import DossierServer

/// Code actions on drafts about the seeds: the expected edits were worked out by hand from
/// the draft text and the seed articles (the Northern Territories are defined in
/// 000_bac31468cee974c5.txt, line 13, a Japan Times article).
@Suite struct CodeActionTests {
  static let draft = MarkedText(
    "🎌 Lav1️⃣rof’s “view” — the Southern 2️⃣Kurils are disputed.\r\n"
      + "Japan wants the Northern 3️⃣Territories back.")

  func actions(
    _ draft: MarkedText, at marker: String, languageId: String = "plaintext",
    client: JSONValue = [:], diagnostics: [JSONValue] = [], only: [String]? = nil
  ) throws -> [CodeAction] {
    let (context, uri) = writingContext(
      seedsSnapshot, open: draft.text, languageId: languageId, version: 7, client: client)
    let position = draft.position(marker)
    let params = CodeActionParams(
      textDocument: TextDocumentIdentifier(uri: uri),
      range: LSPRange(start: position, end: position),
      context: .init(diagnostics: diagnostics, only: only))
    return try CodeActionFeature.codeActions(params, context) ?? []
  }

  /// "title @ range: new text" for each edit of each action.
  func edits(_ action: CodeAction) -> [String] {
    let edits =
      action.edit.changes?.values.flatMap { $0 }
      ?? action.edit.documentChanges?.flatMap(\.edits) ?? []
    return edits.map { "\(span($0.range)) \($0.newText)" }
  }

  @Test func aMisspelledNameGetsThePreferredFixWithItsDiagnostic() throws {
    let found = try actions(Self.draft, at: "1️⃣")
    #expect(found.map(\.title) == ["Change to “Lavrov” (Sergei Lavrov)"])
    #expect(found.first?.kind == "quickfix")
    #expect(found.first?.isPreferred == true)
    // The emoji is two UTF-16 units: "Lavrof" is columns 3–9.
    #expect(found.first.map(edits) == ["0:3-0:9 Lavrov"])
    #expect(found.first?.diagnostics?.first?["code"] == "name-spelling")
  }

  @Test func theClientsOwnDiagnosticIsLinkedBackAsSent() throws {
    let sent: JSONValue = [
      "range": [
        "start": ["line": 0, "character": 3], "end": ["line": 0, "character": 9],
      ],
      "severity": 4, "code": "name-spelling", "source": "dossier", "message": "as shown",
      "data": ["kept": true],
    ]
    let found = try actions(Self.draft, at: "1️⃣", diagnostics: [sent])
    #expect(found.first?.diagnostics == [sent])
  }

  @Test func aNameOneSideUsesCanNameBothSidesAndCiteItsSource() throws {
    let found = try actions(Self.draft, at: "2️⃣")
    #expect(
      found.map(\.title) == [
        "Name both sides: “Southern Kurils (Northern Territories)”",
        "Cite the source of Northern Territories: The Japan Times, 000_bac31468cee974c5.txt:13",
      ])
    #expect(found.map(\.kind) == ["refactor.rewrite", "refactor.rewrite"])
    #expect(
      found.map(edits) == [
        ["0:40-0:40  (Northern Territories)"],
        // Before the full stop of the draft's sentence.
        ["0:53-0:53  (The Japan Times, 000_bac31468cee974c5.txt:13)"],
      ])
  }

  @Test func mixedNamesGetAQuickFixThatNamesBothSides() throws {
    let found = try actions(Self.draft, at: "3️⃣")
    #expect(found.first?.title == "Name both sides: “Northern Territories (Southern Kurils)”")
    #expect(found.first?.kind == "quickfix")
    #expect(found.first?.isPreferred == true)
    #expect(found.first.map(edits) == ["1:36-1:36  (Southern Kurils)"])
    #expect(found.first?.diagnostics?.first?["code"] == "mixed-names")
    // The same rewrite is not offered twice.
    #expect(found.filter { $0.title.hasPrefix("Name both sides") }.count == 1)
  }

  @Test func onlyTheAskedKindsAreReturned() throws {
    #expect(try actions(Self.draft, at: "2️⃣", only: ["quickfix"]).isEmpty)
    #expect(try actions(Self.draft, at: "3️⃣", only: ["quickfix"]).map(\.kind) == ["quickfix"])
    #expect(try actions(Self.draft, at: "2️⃣", only: ["refactor"]).count == 2)
  }

  @Test func versionedEditsForClientsThatTakeThem() throws {
    let found = try actions(
      Self.draft, at: "1️⃣", client: ["workspace": ["workspaceEdit": ["documentChanges": true]]])
    #expect(found.first?.edit.changes == nil)
    #expect(found.first?.edit.documentChanges?.first?.textDocument.version == 7)
  }

  @Test func aMisquotationIsReplacedByTheSourcesWordsKeepingTheFullStop() throws {
    let draft = MarkedText("Hayashi hoped to work “in a mutually 1️⃣beneficial way.”")
    let found = try actions(draft, at: "1️⃣", only: ["quickfix"])
    #expect(found.map(\.title) == ["Quote the source exactly: “in a mutually beneficial manner”"])
    #expect(found.first.map(edits) == ["0:23-0:51 in a mutually beneficial manner"])
  }

  @Test func inMarkdownTheSourceIsCitedAsTheNextFootnote() throws {
    let draft = MarkedText("The Southern 1️⃣Kurils are disputed.\n\n[^2]: An earlier note.\n")
    let found = try actions(draft, at: "1️⃣", languageId: "markdown")
    let cite = try #require(found.first { $0.title.hasPrefix("Cite") })
    let changes = edits(cite)
    #expect(changes.first == "0:32-0:32 [^3]")
    #expect(changes.count == 2)
    let note = changes.last ?? ""
    #expect(
      note.hasPrefix(
        "3:0-3:0 \n[^3]: The Japan Times, [000_bac31468cee974c5.txt:13](file://"))
    #expect(
      note.contains(
        "/seeds/000_bac31468cee974c5.txt#L13): “The dispute over the sovereignty of the islands"))
  }

  @Test func aSourceAlreadyCitedIsNotOfferedAgain() throws {
    let draft = MarkedText(
      "The Southern 1️⃣Kurils are disputed (The Japan Times, 000_bac31468cee974c5.txt:13).")
    let found = try actions(draft, at: "1️⃣")
    #expect(!found.contains { $0.title.hasPrefix("Cite") })
  }

  @Test func aSourceAlreadyCitedByAFootnoteIsNotOfferedAgain() throws {
    // The footnote is far below the sentence, as footnotes are.
    let filler = String(repeating: "More text follows here. ", count: 30)
    let draft = MarkedText(
      "The Southern 1️⃣Kurils are disputed[^1].\n\n\(filler)\n\n[^1]: The Japan Times,"
        + " [000_bac31468cee974c5.txt:13](file:///seeds/000_bac31468cee974c5.txt#L13)\n")
    let found = try actions(draft, at: "1️⃣", languageId: "markdown")
    #expect(!found.contains { $0.title.hasPrefix("Cite") })
  }
}
