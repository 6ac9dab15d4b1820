import Corpus
import Knowledge
import SyntheticCorpus
import TestSupport
import Testing

@testable import IndexCache

/// A second load of an unchanged corpus comes from the cache and answers exactly as the build.
@Suite struct RestoreTests {
  /// Loads `root` twice through a fresh cache, and once without it; returns the loads.
  func loadTwice(_ root: String, in folder: TemporaryFolder) throws -> (
    first: Load, second: Load, uncached: Load
  ) {
    let cache = temporaryCache(folder)
    let first = try Load(root, cache: cache)
    let second = try Load(root, cache: cache)
    let uncached = try Load(root, cache: nil)
    return (first, second, uncached)
  }

  @Test func secondLoadOfTheSeedsComesFromTheCacheAndAnswersAsTheBuild() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let (first, second, uncached) = try loadTwice(seedsFolder, in: folder)
    #expect(first.origin == .build)
    #expect(first.lines.contains("not used: no cache for this corpus yet"))
    #expect(first.lines.contains("info: index cache written: \(folder.path)/cache/"))
    #expect(second.origin == .cache)
    #expect(second.loaded.cacheWrite == nil)
    expectSameIndex(second.knowledge, first.knowledge)
    expectSameIndex(first.knowledge, uncached.knowledge)
  }

  @Test func secondLoadOfTheFalklandsCorpusAnswersAsTheBuild() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let (first, second, _) = try loadTwice(falklandsFolder, in: folder)
    #expect(second.origin == .cache)
    expectSameIndex(second.knowledge, first.knowledge)
  }

  @Test func secondLoadOfASyntheticCorpusAnswersAsTheBuild() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let root = folder.path + "/corpus"
    _ = try CorpusGenerator(articles: 150, seed: 7).write(to: root)
    // Two people who share a surname: a name the matcher knows that no entity has as its own.
    writeFile(
      root + "/two-ministers.txt",
      Array(
        ("Two ministers named Okafor\n\nForeign Minister Chidi Okafor met Finance Minister "
          + "Ngozi Okafor in Lagos on Monday. Okafor said the talks went well.\n").utf8))
    let (first, second, uncached) = try loadTwice(root, in: folder)
    #expect(second.origin == .cache)
    // Enough of everything that the cache has to carry: many entities, shared surnames,
    // quotations, relations, alias statements, boilerplate mentions.
    let entities = first.knowledge.entities
    #expect(entities.count > 100)
    #expect(!first.knowledge.sharedSurnames.isEmpty)
    #expect(entities.contains { !$0.quotations.isEmpty })
    #expect(entities.contains { !$0.related.isEmpty })
    #expect(entities.contains { $0.aliases.contains { $0.source != nil } })
    #expect(entities.contains { $0.mentions.contains(where: \.isBoilerplate) })
    expectSameIndex(second.knowledge, first.knowledge)
    expectSameIndex(first.knowledge, uncached.knowledge)
  }

  @Test func skippedRepairedAndReencodedFilesAndTheGlossaryComeBackWithTheSameLogLines() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let corpus = TemporaryFolder()
    defer { corpus.remove() }
    corpus.copy(folder: seedsFolder, to: "news")
    corpus.write("binary.txt", [0x00, 0x01, 0x02, 0x03])
    corpus.write("empty.md", "  \n\n")
    // A byte-order mark, an invalid UTF-8 sequence, and UTF-16: texts that are not the bytes.
    corpus.write(
      "bom.txt", [0xEF, 0xBB, 0xBF] + Array("Lavrov met Kishida\n\nLavrov said so.\n".utf8))
    corpus.write(
      "broken.txt",
      Array("Motegi in Tokyo\n\nMotegi said ".utf8) + [0xC3, 0x28] + Array(".\n".utf8))
    corpus.write(
      "wide.txt",
      [0xFF, 0xFE]
        + "Putin in Moscow\n\nPutin spoke.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    corpus.write(
      "dossier-glossary.json",
      #"{"entities": [{"name": "Habomai", "kind": "place", "definition": "A group of islets."}]}"#)
    let (first, second, uncached) = try loadTwice(corpus.path, in: folder)
    #expect(second.origin == .cache)
    expectSameIndex(second.knowledge, first.knowledge)
    expectSameIndex(first.knowledge, uncached.knowledge)
    #expect(first.knowledge.corpus.skipped.map(\.relativePath) == ["binary.txt", "empty.md"])
    #expect(first.knowledge.entities.contains { $0.glossaryDefinition == "A group of islets." })
    #expect(first.lines.corpusLines.count == 3)
    #expect(second.lines.corpusLines == first.lines.corpusLines)
    #expect(uncached.lines.corpusLines == first.lines.corpusLines)
  }

  @Test func anEmptyFolderIsCachedToo() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let corpus = TemporaryFolder()
    defer { corpus.remove() }
    let cache = temporaryCache(folder)
    _ = try Load(corpus.path, cache: cache)
    let second = try Load(corpus.path, cache: cache)
    #expect(second.origin == .cache)
    #expect(second.knowledge.corpus.documents.isEmpty && second.knowledge.entities.isEmpty)
  }

  @Test func aFolderThatCannotBeReadThrowsWithOrWithoutACache() {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    #expect(throws: CorpusError.self) {
      try IndexLoader.load(
        root: folder.path + "/missing", cache: temporaryCache(folder), log: .silent)
    }
    #expect(throws: CorpusError.self) {
      try IndexLoader.load(root: folder.path + "/missing", cache: nil, log: .silent)
    }
  }
}
