import TestSupport
import Testing

@testable import Corpus

/// A scraper's dump: one article a line, its fields as the common tools name them, every byte
/// of the text mapped back into its JSON string, escapes and all.
@Suite struct JSONLinesReaderTests {
  static let trafilatura =
    #"{"title": "Talks resume in Vienna", "text": "Foreign Minister Anna Kovacs said on Tuesday that talks would resume.\nThe islands are disputed.", "url": "https://news.example/a", "date": "2023-03-14", "sitename": "Harbour Courier"}"#
  static let newsPlease =
    #"{"maintext": "Eldoria's president met the envoy on Monday.", "title": "Envoy meets president", "source_domain": "eldoria.example", "date_publish": "2023-03-15 10:00:00"}"#
  static let newspaper =
    #"{"content": "Storms closed the ports for two days.", "headline": "Storm closes ports", "source": "https://wire.example/storm", "published": "16 March 2023"}"#

  @Test func eachLineIsAnArticleWithItsFields() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("a.txt", "Before the dump\n\nA text file comes first in the folder.\n")
    folder.write(
      "dump.jsonl",
      [Self.trafilatura, Self.newsPlease, Self.newspaper].joined(separator: "\n") + "\n")
    folder.write("z.txt", "After the dump\n\nA text file comes last in the folder.\n")
    let corpus = try CorpusLoader.load(root: folder.path)
    #expect(corpus.documents.map(\.id) == [0, 1, 2, 3, 4])
    #expect(
      corpus.documents.map(\.relativePath) == ["a.txt"] + Array(repeating: "dump.jsonl", count: 3)
        + ["z.txt"])
    let documents = Array(corpus.documents[1...3])
    #expect(documents.allSatisfy { $0.path == folder.path + "/dump.jsonl" })
    #expect(
      documents[0].text.string
        == "Talks resume in Vienna\n\nForeign Minister Anna Kovacs said on Tuesday that talks would resume.\nThe islands are disputed."
    )
    #expect(
      documents.map(\.title) == [
        "Talks resume in Vienna", "Envoy meets president", "Storm closes ports",
      ])
    #expect(documents.map(\.outlet) == ["Harbour Courier", "eldoria.example", nil])
    #expect(documents.map(\.url) == ["https://news.example/a", nil, "https://wire.example/storm"])
    #expect(documents.map(\.date) == ["2023-03-14", "2023-03-15 10:00:00", "16 March 2023"])
    #expect(documents[0].isBody("Foreign Minister Anna Kovacs"))
    // Each article is on its own line of the file.
    #expect(documents.map { $0.fileLine(of: 0) } == [0, 1, 2])
  }

  @Test func escapesMapBackToTheirBytesInTheLine() throws {
    let line =
      #"{"text": "\u201cWe are ready,\u201d said Fran\u00e7ois \ud83c\udf8c \"Vale\" of Eldoria.\nAT\u0026T\/Ostland", "title": "Ready \u2014 again"}"#
    let document = try #require(records(line).first)
    #expect(
      document.text.string
        == "Ready — again\n\n“We are ready,” said François 🎌 \"Vale\" of Eldoria.\nAT&T/Ostland")
    #expect(document.fileSnippet(of: "“We are ready,”") == #"\u201cWe are ready,\u201d"#)
    #expect(document.fileSnippet(of: "François") == #"Fran\u00e7ois"#)
    #expect(document.fileSnippet(of: "🎌") == #"\ud83c\udf8c"#)
    #expect(document.fileSnippet(of: "\"Vale\"") == #"\"Vale\""#)
    #expect(document.fileSnippet(of: "AT&T/Ostland") == #"AT\u0026T\/Ostland"#)
    #expect(document.fileSnippet(of: "Ready — again") == #"Ready \u2014 again"#)
    // The title comes after the text in this line; the text puts it first all the same.
    let title = try #require(document.blocks.first { $0.kind == .title })
    #expect(document.fileText[document.fileRange(of: title.byteRange)] == #"Ready \u2014 again"#)
  }

  @Test func positionsInTheLineCountItsCharacters() throws {
    let file =
      "\n" + #"{"title": "Café talks", "text": "Anna Kovacs met Omar Vale in Vienna."}"# + "\n"
    let document = try #require(records(file).first)
    let offset = try #require(document.offset(of: "Omar Vale"))
    let start = try #require(byteOffset(of: "Omar Vale", in: file))
    for encoding in PositionEncoding.allCases {
      let positions = document.filePositions(of: offset..<offset + 9, encoding: encoding)
      #expect(positions.start == naivePosition(of: start, in: file, encoding: encoding))
      #expect(positions.end == naivePosition(of: start + 9, in: file, encoding: encoding))
    }
  }

  @Test func loneSurrogatesAndControlCharactersBecomeReplacementCharacters() throws {
    let document = try #require(records(#"{"text": "A\ud800B\udc00C\u0000D\bE"}"#).first)
    #expect(document.text.string == "A\u{FFFD}B\u{FFFD}C\u{FFFD}D\u{FFFD}E")
    #expect(document.fileSnippet(of: "A\u{FFFD}B") == #"A\ud800B"#)
  }

  @Test func badLinesAreSkippedWithTheirFileAndLineAndTheRestIsRead() {
    let lines = [
      Self.trafilatura,
      "",
      "not json at all",
      #"{"text": "an object never closed""#,
      #"{"text": "Storms closed the ports."} trailing"#,
      #"["text", "an array"]"#,
      #"{"title": "No text here"}"#,
      #"{"text": "   \n  "}"#,
      #"{"text": "bad \x escape"}"#,
      "{\"text\": \"a raw\ttab\"}",
      #"{"text": "nested values are fine", "tags": [1, 2.5e3, {"a": [true, null]}], "n": -0.5}"#,
    ]
    let read = readArticles(Array(lines.joined(separator: "\n").utf8), name: "crawl.jsonl")
    #expect(read.documents.map(\.text.string).last == "nested values are fine")
    #expect(read.documents.count == 2)
    #expect(
      read.notes == [
        "corpus: crawl.jsonl:3: line skipped: not a JSON object (expected an object at byte 1)",
        "corpus: crawl.jsonl:4: line skipped: not a JSON object (the line ends inside the object)",
        "corpus: crawl.jsonl:5: line skipped: not a JSON object (text after the object at byte 38)",
        "corpus: crawl.jsonl:6: line skipped: not a JSON object (expected an object at byte 1)",
        "corpus: crawl.jsonl:7: line skipped: no article text (none of text, content, maintext has any)",
        "corpus: crawl.jsonl:8: line skipped: no article text (none of text, content, maintext has any)",
        "corpus: crawl.jsonl:9: line skipped: not a JSON object (an unknown escape at byte 15)",
        "corpus: crawl.jsonl:10: line skipped: not a JSON object (a control character in a string at byte 16)",
      ])
  }

  @Test func pastTenBadLinesTheRestAreCounted() {
    let file = String(repeating: "{\n", count: 25) + Self.trafilatura
    let read = readArticles(Array(file.utf8), name: "broken.jsonl")
    #expect(read.documents.count == 1)
    #expect(read.notes.count == 11)
    #expect(read.notes.last == "corpus: broken.jsonl: 15 more lines skipped")
  }

  @Test func aFileWithNoArticleIsSkipped() {
    let blank = readArticles(
      Array(String(repeating: "\n", count: 1_000_000).utf8), name: "blank.jsonl")
    #expect(blank.skip == "empty")
    let bad = readArticles(Array("{}\n[1]\n".utf8), name: "bad.ndjson")
    #expect(
      bad.skip
        == "no articles: 2 of 2 lines skipped; line 1: no article text (none of text, content, maintext has any)"
    )
  }

  @Test func invalidUTF8IsReplacedAndTheArticleRead() {
    let bytes = Array(#"{"text": "Talks in "#.utf8) + [0xFF, 0xC3] + Array(#" Vienna."}"#.utf8)
    let read = readArticles(bytes, name: "latin.jsonl")
    #expect(read.documents.first?.text.string == "Talks in \u{FFFD}\u{FFFD} Vienna.")
    #expect(read.notes == ["corpus: latin.jsonl: replaced 2 invalid UTF-8 sequences with U+FFFD"])
  }
}
