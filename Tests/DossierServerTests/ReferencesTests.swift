import Corpus
import JSONRPC
import Knowledge
import Testing

@testable import DossierServer

@Suite struct ReferencesTests {
  /// A story that defines Lavrov in its second sentence and names him again in a teaser line.
  let first = NamedText(
    "⟪Lavrov⟫₀ met ⟪Motegi⟫₁. 1️⃣Russian Foreign Minister ⟪Sergei Lavrov⟫₀ said so.2️⃣\n"
      + "3️⃣More: ⟪Lavrov⟫₀ in Tokyo4️⃣")
  /// A second story with an emoji and curly quotes before the name, and CRLF line ends.
  let second = NamedText("🎌 “⟪Lavrov⟫₀’s” line\r\n⟪Lavrov⟫₀ again")

  var corpus: Corpus {
    Corpus(
      root: "/corpus",
      documents: [first.corpusDocument(id: 0, "a.txt"), second.corpusDocument(id: 1, "b.txt")],
      skipped: [])
  }

  var lavrov: Entity {
    makeEntity(
      0, "Sergei Lavrov", roles: ["Foreign Minister"], nationality: "Russian",
      definition: SentenceRef(documentID: 0, byteRange: first["1️⃣"]..<first["2️⃣"]),
      mentions: first.mentions(of: 0, inDocument: 0, boilerplate: [first["3️⃣"]..<first["4️⃣"]])
        + second.mentions(of: 0, inDocument: 1))
  }

  func draft(_ uri: String, _ named: NamedText, corpusDocumentID: Int? = nil)
    -> AnalyzedDocument
  {
    named.draft(uri, corpusDocumentID: corpusDocumentID)
  }

  func references(
    open: [AnalyzedDocument] = [], declaration: Bool = true, boilerplate: Bool = false,
    _ encoding: PositionEncoding = .utf16
  ) -> [String] {
    ReferencesFeature.locations(
      of: lavrov, corpus: corpus, openTexts: open, encoding,
      .init(includeDeclaration: declaration, includeBoilerplate: boilerplate)
    ).map { "\($0.uri.string) \(span($0.range))" }
  }

  @Test func referencesListTheDraftThenTheCorpusInOrder() {
    let report = draft("untitled:report.md", NamedText("My ⟪Lavrov⟫₀ note on ⟪Motegi⟫₁"))
    // a.txt: "Lavrov met Motegi. " is 19 characters and "Russian Foreign Minister " 25,
    // so the declaration "Sergei Lavrov" is 44–57. b.txt: 🎌 (two units), a space and “ put
    // "Lavrov" at 4; the CRLF line after it starts with him.
    #expect(
      references(open: [report]) == [
        "untitled:report.md 0:3-0:9",
        "file:///corpus/a.txt 0:0-0:6",
        "file:///corpus/a.txt 0:44-0:57",
        "file:///corpus/b.txt 0:4-0:10",
        "file:///corpus/b.txt 1:0-1:6",
      ])
  }

  @Test func withoutTheDeclarationTheNameInTheDefiningSentenceIsLeftOut() {
    #expect(
      references(declaration: false) == [
        "file:///corpus/a.txt 0:0-0:6",
        "file:///corpus/b.txt 0:4-0:10",
        "file:///corpus/b.txt 1:0-1:6",
      ])
  }

  @Test func pageFurnitureIsListedOnlyWhenAskedFor() {
    #expect(!references().contains("file:///corpus/a.txt 1:6-1:12"))
    #expect(
      references(boilerplate: true) == [
        "file:///corpus/a.txt 0:0-0:6",
        "file:///corpus/a.txt 0:44-0:57",
        "file:///corpus/a.txt 1:6-1:12",
        "file:///corpus/b.txt 0:4-0:10",
        "file:///corpus/b.txt 1:0-1:6",
      ])
  }

  @Test func anEditedCorpusFileAnswersFromItsOpenText() {
    let edited = draft(
      "file:///corpus/b.txt", NamedText("New: ⟪Lavrov⟫₀ and ⟪Lavrov⟫₀"), corpusDocumentID: 1)
    #expect(
      references(open: [edited]) == [
        "file:///corpus/a.txt 0:0-0:6",
        "file:///corpus/a.txt 0:44-0:57",
        "file:///corpus/b.txt 0:5-0:11",
        "file:///corpus/b.txt 0:16-0:22",
      ])
  }

  @Test func anEditedCorpusFileThatNowNamesHimIsListedInCorpusOrder() {
    let third = NamedText("Nothing here.")
    let corpus = Corpus(
      root: "/corpus",
      documents: [
        first.corpusDocument(id: 0, "a.txt"), third.corpusDocument(id: 1, "b.txt"),
        second.corpusDocument(id: 2, "c.txt"),
      ], skipped: [])
    let entity = makeEntity(
      0, "Sergei Lavrov",
      mentions: first.mentions(of: 0, inDocument: 0) + second.mentions(of: 0, inDocument: 2))
    let edited = draft("file:///corpus/b.txt", NamedText("Now ⟪Lavrov⟫₀."), corpusDocumentID: 1)
    let found = ReferencesFeature.locations(
      of: entity, corpus: corpus, openTexts: [edited], .utf16,
      .init(includeDeclaration: true, includeBoilerplate: true)
    ).map { "\($0.uri.string) \(span($0.range))" }
    #expect(
      found == [
        "file:///corpus/a.txt 0:0-0:6",
        "file:///corpus/a.txt 0:44-0:57",
        "file:///corpus/a.txt 1:6-1:12",
        "file:///corpus/b.txt 0:4-0:10",
        "file:///corpus/c.txt 0:4-0:10",
        "file:///corpus/c.txt 1:0-1:6",
      ])
  }

  @Test func draftsAreOrderedByURIAndOnlyTheirMentionsOfTheEntityCount() {
    let notes = draft("untitled:b-notes.md", NamedText("⟪Motegi⟫₁ and ⟪Lavrov⟫₀"))
    let outline = draft("untitled:a-outline.org", NamedText("* ⟪Lavrov⟫₀\r\n* ⟪Lavrov⟫₀’s trip"))
    let found = references(open: [notes, outline], declaration: false).prefix(3)
    #expect(
      Array(found) == [
        "untitled:a-outline.org 0:2-0:8",
        "untitled:a-outline.org 1:2-1:8",
        "untitled:b-notes.md 0:11-0:17",
      ])
  }

  /// The answer the server writes: the same list, as JSON bytes written without `Codable`.
  func written(
    open: [AnalyzedDocument] = [], declaration: Bool = true, boilerplate: Bool = false,
    _ encoding: PositionEncoding = .utf16
  ) throws -> JSONValue {
    try ReferencesFeature.encodedLocations(
      of: lavrov, corpus: corpus, openTexts: open, encoding,
      .init(includeDeclaration: declaration, includeBoilerplate: boilerplate),
      uris: CorpusURIs(corpus: corpus)
    ).parsed()
  }

  @Test(arguments: [PositionEncoding.utf8, .utf16, .utf32])
  func theWrittenAnswerListsTheSameLocations(_ encoding: PositionEncoding) throws {
    let report = draft("untitled:report \"1\".md", NamedText("My ⟪Lavrov⟫₀ note, ⟪Lavrov⟫₀ again"))
    let edited = draft("file:///corpus/b.txt", NamedText("New: ⟪Lavrov⟫₀"), corpusDocumentID: 1)
    for (open, declaration, boilerplate) in [
      ([report], true, false), ([report, edited], false, true), ([], true, true),
    ] {
      let listed = ReferencesFeature.locations(
        of: lavrov, corpus: corpus, openTexts: open, encoding,
        .init(includeDeclaration: declaration, includeBoilerplate: boilerplate))
      let expected = try JSONValueEncoder().encode(listed)
      #expect(
        try written(open: open, declaration: declaration, boilerplate: boilerplate, encoding)
          == expected)
    }
    #expect(try written(open: [report]).arrayValue?.first?["uri"] == #"untitled:report "1".md"#)
  }

  @Test func noMentionsIsAnEmptyArray() throws {
    #expect(
      try ReferencesFeature.encodedLocations(
        of: makeEntity(5, "Nobody"), corpus: corpus, openTexts: [], .utf16,
        .init(includeDeclaration: true, includeBoilerplate: false), uris: CorpusURIs(corpus: corpus)
      ).parsed() == [])
  }

  @Test func columnsFollowTheNegotiatedEncoding() {
    // UTF-8: the emoji is four bytes and “ three, so "Lavrov" starts at byte 8 of its line.
    #expect(references(.utf8).contains("file:///corpus/b.txt 0:8-0:14"))
    #expect(references(.utf32).contains("file:///corpus/b.txt 0:3-0:9"))
  }
}
