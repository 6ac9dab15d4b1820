import Base
import TestSupport
import Testing

@testable import Corpus

/// Loading a corpus folder: which files become documents, which are skipped and why, and that
/// the text keeps the bytes and line ends an editor shows.
@Suite struct CorpusLoaderTests {
  let story =
    "Japan and Russia resume talks\n\nThe ministers met in Moscow on Monday. They spoke.\n"

  @Test func readsArticleFilesInNestedFoldersInSortedOrderWithStableIds() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("z.txt", story)
    folder.write("b/d.txt", story)
    folder.write("b/c.md", story)
    folder.write("a.TXT", story)
    folder.write("notes.html", story)
    folder.write("data.json", "{}")
    folder.write(".hidden.txt", story)
    folder.write("b/deeper/e.txt", story)
    let corpus = try CorpusLoader.load(root: folder.path)
    // A saved page is read too (here one with no markup at all); `data.json` is no article.
    #expect(
      corpus.documents.map(\.relativePath) == [
        "a.TXT", "b/c.md", "b/d.txt", "b/deeper/e.txt", "notes.html", "z.txt",
      ])
    #expect(corpus.documents.map(\.id) == [0, 1, 2, 3, 4, 5])
    #expect(corpus.documents[2].path == folder.path + "/b/d.txt")
    let again = try CorpusLoader.load(root: folder.path)
    #expect(again.documents.map(\.relativePath) == corpus.documents.map(\.relativePath))
  }

  @Test func concurrentLoadMatchesSequentialLoadAndReportsProgress() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    for index in 0..<40 {
      folder.write(
        "part\(index % 3)/\(index).txt",
        "Headline number \(index) is here\n\nStory \(index) went on. It ended.\n")
    }
    folder.write("broken.txt", [0x00, 0x01, 0x02])
    let sequential = try CorpusLoader.load(root: folder.path)
    let calls = Lock<[Int]>([])
    let totals = Lock<Set<Int>>([])
    let concurrent = try CorpusLoader.loadConcurrently(root: folder.path) { done, total in
      calls.withLock { $0.append(done) }
      totals.withLock { _ = $0.insert(total) }
    }
    #expect(concurrent.documents.map(\.relativePath) == sequential.documents.map(\.relativePath))
    #expect(concurrent.documents.map(\.id) == Array(0..<40))
    #expect(concurrent.documents.map(\.title) == sequential.documents.map(\.title))
    #expect(concurrent.documents.map(\.blocks) == sequential.documents.map(\.blocks))
    #expect(concurrent.skipped == sequential.skipped)
    #expect(calls.withLock { $0.sorted() } == Array(1...41))
    #expect(totals.withLock { $0 } == [41])
  }

  @Test func crlfLineEndsAreKeptAndPositionsMatchTheFile() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let text = "Japan and Russia resume talks\r\n\r\nThe ministers met in Moscow. They spoke.\r\n"
    folder.write("crlf.txt", text)
    let document = try #require(try CorpusLoader.load(root: folder.path).documents.first)
    #expect(document.text.bytes == Array(text.utf8))
    #expect(document.title == "Japan and Russia resume talks")
    let body = try #require(document.blocks.first { $0.kind == .body })
    #expect(document.text[body.byteRange] == "The ministers met in Moscow. They spoke.")
    #expect(
      document.text.position(ofByteOffset: body.byteRange.lowerBound, encoding: .utf16)
        == LineColumn(line: 2, column: 0))
  }

  @Test func loneCarriageReturnsEndLines() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let text = "Japan and Russia resume talks\r\rThe ministers met in Moscow. They spoke.\r"
    folder.write("cr.txt", text)
    let document = try #require(try CorpusLoader.load(root: folder.path).documents.first)
    #expect(document.text.bytes == Array(text.utf8))
    #expect(document.title == "Japan and Russia resume talks")
    #expect(
      document.sentenceTexts == [
        "Japan and Russia resume talks", "The ministers met in Moscow.", "They spoke.",
      ])
    let second = try #require(document.sentences.dropFirst().first)
    #expect(
      document.text.position(ofByteOffset: second.byteRange.lowerBound, encoding: .utf16)
        == LineColumn(line: 2, column: 0))
  }

  @Test func byteOrderMarkIsStripped() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(story.utf8))
    let document = try #require(try CorpusLoader.load(root: folder.path).documents.first)
    #expect(document.text.bytes == Array(story.utf8))
    #expect(document.title == "Japan and Russia resume talks")
  }

  @Test func invalidUTF8IsReplacedAndLogged() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write(
      "latin1.txt",
      Array("Talks in Z".utf8) + [0xFC]
        + Array("rich resume\n\nThe ministers met. They spoke.\n".utf8))
    let log = LogLines()
    let corpus = try CorpusLoader.load(root: folder.path, log: log.add)
    let document = try #require(corpus.documents.first)
    #expect(document.title == "Talks in Z\u{FFFD}rich resume")
    #expect(log.lines.contains { $0.contains("latin1.txt") && $0.contains("invalid UTF-8") })
  }

  @Test func binaryEmptyAndWhitespaceOnlyFilesAreSkippedWithALogLine() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write(
      "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
    folder.write("empty.txt", [])
    folder.write("blank.md", " \n\t\r\n")
    folder.write("good.txt", story)
    let log = LogLines()
    let corpus = try CorpusLoader.load(root: folder.path, log: log.add)
    #expect(corpus.documents.map(\.relativePath) == ["good.txt"])
    #expect(corpus.documents.first?.id == 0)
    let reasons = Dictionary(
      uniqueKeysWithValues: corpus.skipped.map { ($0.relativePath, $0.reason) })
    #expect(reasons["image.txt"]?.hasPrefix("binary") == true)
    #expect(reasons["empty.txt"] == "empty")
    #expect(reasons["blank.md"] == "empty")
    #expect(log.lines.filter { $0.contains("skipped") }.count == 3)
  }

  @Test func unreadableFileIsSkippedUnlessRunningAsRoot() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("locked.txt", story)
    chmod(folder.path + "/locked.txt", 0)
    let corpus = try CorpusLoader.load(root: folder.path)
    if geteuid() == 0 {
      // Root reads files whatever their mode; the file is then simply a document.
      #expect(corpus.documents.map(\.relativePath) == ["locked.txt"])
    } else {
      #expect(corpus.documents.isEmpty)
      #expect(corpus.skipped.map(\.relativePath) == ["locked.txt"])
    }
  }

  @Test func symbolicLinkLoopsEndAndEachFolderIsReadOnce() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("a/story.txt", story)
    folder.link("a/back", to: "..")  // a/back → the root: a loop
    folder.link("a/self", to: ".")
    folder.link("ping.txt", to: "pong.txt")  // two file links pointing at each other
    folder.link("pong.txt", to: "ping.txt")
    let log = LogLines()
    let corpus = try CorpusLoader.load(root: folder.path, log: log.add)
    #expect(corpus.documents.map(\.relativePath) == ["a/story.txt"])
    #expect(log.lines.contains { $0.contains("ping.txt") })
  }

  @Test func fileDeletedAfterListingIsSkippedNotFatal() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("gone.txt", story)
    let files = try CorpusLoader.listFiles(root: folder.path)
    #expect(files == ["gone.txt"])
    unlink(folder.path + "/gone.txt")
    let result = CorpusLoader.readDocument(id: 0, relativePath: "gone.txt", root: folder.path)
    guard case .failure(let skip) = result else {
      Issue.record("a deleted file must be skipped")
      return
    }
    #expect(skip.relativePath == "gone.txt")
  }

  @Test func fileTruncatedAfterListingIsReadAsItNowIs() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("short.txt", story)
    _ = try CorpusLoader.listFiles(root: folder.path)
    truncate(folder.path + "/short.txt", 0)
    guard
      case .failure(let skip) = CorpusLoader.readDocument(
        id: 0, relativePath: "short.txt", root: folder.path)
    else {
      Issue.record("a file truncated to nothing must be skipped as empty")
      return
    }
    #expect(skip.reason == "empty")
  }

  @Test func missingRootOrAFileAsRootIsAnError() {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("file.txt", story)
    #expect(throws: CorpusError.self) { try CorpusLoader.load(root: folder.path + "/missing") }
    #expect(throws: CorpusError.self) { try CorpusLoader.load(root: folder.path + "/file.txt") }
  }

  @Test func emptyFolderGivesAnEmptyCorpus() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let corpus = try CorpusLoader.loadConcurrently(root: folder.path)
    #expect(corpus.documents.isEmpty)
    #expect(corpus.skipped.isEmpty)
  }
}
