import Corpus
import Knowledge
import TestSupport
import Testing

@testable import IndexCache

/// Saved pages and dumps through the cache: their articles' texts are taken out of the files
/// again, their segmentation restored, and every position in the files is the build's.
@Suite struct PageRestoreTests {
  static let page = """
    <html><head><meta charset="utf-8"><title>Reef talks resume | The Harbour Courier</title>
    <link rel="canonical" href="https://courier.example/reef-talks"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Reef talks resume</h1>
    <p>Ostland Foreign Minister Anna Kovacs met Omar Vale of Eldoria in Vienna on Tuesday.</p>
    <p>The reefs, called the Northern Reefs in Ostland and the Sunset Banks in Eldoria, are disputed.</p>
    <p>&ldquo;We are ready,&rdquo; Kovacs said.</p></article>
    <section class="comments"><p>Mira Sand: talks are the only way.</p></section></body></html>
    """

  static let dump = [
    #"{"title": "Envoys reach Vienna", "text": "Omar Vale said Eldoria\u2019s envoys reached Vienna.\n\nAnna Kovacs welcomed them.", "url": "https://wire.example/envoys"}"#,
    "not an article",
    #"{"text": "Kovacs and Vale meet again in March \ud83c\udf38.", "title": "Next round"}"#,
  ].joined(separator: "\n")

  @Test func pagesAndDumpsComeBackFromTheCacheWithTheirPositionsInTheFiles() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let corpus = TemporaryFolder()
    defer { corpus.remove() }
    corpus.write("001_talks.html", Self.page)
    corpus.write(
      "002_latin.htm",
      Array("<meta charset=\"iso-8859-1\"><h1>Caf".utf8) + [0xE9]
        + Array(" talks</h1><p>Omar Vale met Anna Kovacs at the caf".utf8) + [0xE9]
        + Array(" on Monday.</p>".utf8))
    corpus.write("crawl.jsonl", Self.dump)
    corpus.write("empty.html", "<html><body><script>x()</script></body></html>")
    corpus.write("notes.txt", "Notes on the talks\n\nKovacs and Vale met twice.\n")
    let cache = temporaryCache(folder)
    let first = try Load(corpus.path, cache: cache)
    let second = try Load(corpus.path, cache: cache)
    #expect(second.origin == .cache)
    expectSameIndex(second.knowledge, first.knowledge)
    let documents = second.knowledge.corpus.documents
    #expect(
      documents.map(\.relativePath) == [
        "001_talks.html", "002_latin.htm", "crawl.jsonl", "crawl.jsonl", "notes.txt",
      ])
    #expect(
      documents.map(\.url) == [
        "https://courier.example/reef-talks", nil, "https://wire.example/envoys", nil, nil,
      ])
    #expect(second.knowledge.corpus.skipped.map(\.relativePath) == ["empty.html"])
    // The dump's bad line is logged again, as the build logged it.
    #expect(first.lines.corpusLines.contains { $0.contains("crawl.jsonl:2: line skipped") })
    #expect(second.lines.corpusLines == first.lines.corpusLines)
  }
}
