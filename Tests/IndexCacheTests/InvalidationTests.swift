import Base
import Corpus
import Knowledge
import TestSupport
import Testing

@testable import IndexCache

/// A cache that does not hold exactly this corpus, in this format, from this build, whole and
/// undamaged, is never used: the index is built again (and the reason logged), and it answers
/// as a build of the corpus as it is now.
@Suite struct InvalidationTests {
  /// A copy of the seeds in a fresh folder, with a cache already written for it.
  struct Setup {
    let folder = TemporaryFolder()
    let corpus: String
    let cache: IndexCache

    init(build: String = "test build 1") throws {
      corpus = folder.path + "/corpus"
      folder.copy(folder: seedsFolder, to: "corpus")
      cache = temporaryCache(folder, build: build)
      let first = try Load(corpus, cache: cache)
      #expect(first.origin == .build)
    }

    var cacheFile: String { cache.path(forRoot: corpus) }

    /// Loads through the cache, expects a rebuild for `reason` that answers as a fresh build
    /// of the corpus as it is now, and a restore on the load after it.
    func expectRebuild(
      because reason: String, level: String = "info",
      sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      let load = try Load(corpus, cache: cache)
      #expect(load.origin == .build, sourceLocation: sourceLocation)
      #expect(
        load.lines.contains("\(level): index cache \(cacheFile) not used: \(reason)"),
        "log: \(load.lines.all.filter { $0.contains("index cache") })",
        sourceLocation: sourceLocation)
      let fresh = try Load(corpus, cache: nil)
      expectSameIndex(load.knowledge, fresh.knowledge, sourceLocation: sourceLocation)
      let next = try Load(corpus, cache: cache)
      #expect(next.origin == .cache, "the rebuilt cache is used", sourceLocation: sourceLocation)
    }

    func remove() { folder.remove() }
  }

  @Test func oneChangedByteInOneFileRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let name = "corpus/002_88faa1d6a5b7ee0d.txt"
    var bytes = try #require(setup.folder.read(name))
    // "Lavrov" becomes "Lavrav" somewhere in the story: same length, same size on disk.
    let offset = try #require(
      (0..<(bytes.count - 6)).first { Array(bytes[$0..<$0 + 6]) == Array("Lavrov".utf8) })
    bytes[offset + 4] = UInt8(ascii: "a")
    setup.folder.write(name, bytes)
    try setup.expectRebuild(because: "stale")
  }

  @Test func anAddedFileRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    setup.folder.write("corpus/extra/new.md", "Talks resume\n\nLavrov met Kishida in Tokyo.\n")
    try setup.expectRebuild(because: "stale")
  }

  @Test func aRemovedFileRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    unlink(setup.corpus + "/003_bc5782a3297aeda6.txt")
    try setup.expectRebuild(because: "stale")
  }

  @Test func aRenamedFileRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    rename(setup.corpus + "/003_bc5782a3297aeda6.txt", setup.corpus + "/009_renamed.txt")
    try setup.expectRebuild(because: "stale")
  }

  @Test func aChangedGlossaryRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    setup.folder.write(
      "corpus/dossier-glossary.json",
      #"{"entities": [{"name": "Shikotan", "kind": "place", "definition": "An island."}]}"#)
    try setup.expectRebuild(because: "stale")
  }

  @Test func aTruncatedCacheFileRebuildsWithAWarning() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let bytes = try #require(readBytes(setup.cacheFile))
    writeFile(setup.cacheFile, Array(bytes.prefix(bytes.count - 100)))
    try setup.expectRebuild(
      because: "truncated: \(bytes.count - 100) bytes where the header promises \(bytes.count)",
      level: "warning")
  }

  @Test func aCacheFileCutInsideItsHeaderRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let bytes = try #require(readBytes(setup.cacheFile))
    writeFile(setup.cacheFile, Array(bytes.prefix(30)))
    try setup.expectRebuild(
      because: "truncated: 30 bytes where the header promises \(CacheFormat.fixedHeaderSize)",
      level: "warning")
  }

  @Test func aFlippedByteInThePayloadIsCorruptAndRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    var bytes = try #require(readBytes(setup.cacheFile))
    bytes[bytes.count / 2] ^= 0x10
    writeFile(setup.cacheFile, bytes)
    try setup.expectRebuild(
      because: "corrupt: the payload's checksum does not match", level: "warning")
  }

  @Test func aFlippedByteInTheHeaderIsCorruptAndRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    var bytes = try #require(readBytes(setup.cacheFile))
    bytes[44] ^= 0x01  // the document count, which nothing else checks
    writeFile(setup.cacheFile, bytes)
    try setup.expectRebuild(
      because: "corrupt: the header's checksum does not match", level: "warning")
  }

  @Test func bytesAfterThePayloadAreCorruption() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let bytes = try #require(readBytes(setup.cacheFile))
    writeFile(setup.cacheFile, bytes + [0, 0, 0])
    try setup.expectRebuild(because: "corrupt: 3 bytes after the payload", level: "warning")
  }

  @Test func aCacheOfAnotherFormatVersionRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    var bytes = try #require(readBytes(setup.cacheFile))
    bytes[8] = UInt8(truncatingIfNeeded: CacheFormat.version + 1)
    writeFile(setup.cacheFile, bytes)
    try setup.expectRebuild(
      because: "written in cache format \(CacheFormat.version + 1), this Dossier reads format "
        + "\(CacheFormat.version)")
  }

  @Test func aCacheOfAnotherBuildOfDossierRebuilds() throws {
    let setup = try Setup(build: "test build 1")
    defer { setup.remove() }
    let newer = Setup.Rebuilt(setup, build: "test build 2")
    let load = try Load(setup.corpus, cache: newer.cache)
    #expect(load.origin == .build)
    #expect(
      load.lines.contains(
        "info: index cache \(setup.cacheFile) not used: written by another build of Dossier "
          + "(test build 1)"))
  }

  @Test func somethingElseInThePlaceOfTheCacheFileRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    writeFile(setup.cacheFile, Array("not an index at all, but long enough to have a header".utf8))
    try setup.expectRebuild(
      because: "not an index cache (wrong magic number)", level: "warning")
    writeFile(setup.cacheFile, [])
    try setup.expectRebuild(because: "not an index cache (wrong magic number)", level: "warning")
  }

  @Test func aCacheFileThatCannotBeReadRebuilds() throws {
    let setup = try Setup()
    defer { setup.remove() }
    unlink(setup.cacheFile)
    mkdir(setup.cacheFile, 0o755)  // a folder where the file should be
    let load = try Load(setup.corpus, cache: setup.cache)
    #expect(load.origin == .build)
    #expect(load.lines.contains("warning: index cache \(setup.cacheFile) not used: cannot be read"))
    // The write cannot replace a folder either: it says so, and nothing else breaks.
    #expect(load.lines.contains("warning: index cache not written: "))
    let fresh = try Load(setup.corpus, cache: nil)
    expectSameIndex(load.knowledge, fresh.knowledge)
  }

  @Test func anUnwritableCacheFolderStillIndexesAndSaysSo() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    // A file where the cache folder's parent should be: no folder can be made there, whoever
    // runs the test (permissions do not stop root).
    folder.write("in-the-way", "a file")
    let cache = IndexCache(directory: folder.path + "/in-the-way/dossier", build: "test build 1")
    let first = try Load(seedsFolder, cache: cache)
    #expect(first.origin == .build)
    #expect(first.lines.contains("warning: index cache not written: "))
    let second = try Load(seedsFolder, cache: cache)
    #expect(second.origin == .build)
    #expect(second.lines.contains("not used: cannot be read"))
    expectSameIndex(second.knowledge, try Load(seedsFolder, cache: nil).knowledge)
  }

  @Test func flippingAnySampledByteOfTheCacheFileNeverUsesIt() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let original = try #require(readBytes(setup.cacheFile))
    let fresh = try Load(setup.corpus, cache: nil)
    // Every byte of the header, and bytes spread over the whole payload.
    let payloadSamples = stride(from: 64, to: original.count, by: max(1, original.count / 40))
    for offset in Array(0..<64) + Array(payloadSamples) {
      var damaged = original
      damaged[offset] ^= 0x5A
      writeFile(setup.cacheFile, damaged)
      let load = try Load(setup.corpus, cache: setup.cache)
      #expect(load.origin == .build, "byte \(offset) flipped, the cache was used")
      #expect(
        load.knowledge.entities.map(EntityFields.init)
          == fresh.knowledge.entities.map(EntityFields.init))
    }
  }
}

extension InvalidationTests.Setup {
  /// The same corpus and cache folder as seen by another build of Dossier.
  struct Rebuilt {
    let cache: IndexCache

    init(_ setup: InvalidationTests.Setup, build: String) {
      cache = IndexCache(directory: setup.cache.directory, build: build)
    }
  }
}
