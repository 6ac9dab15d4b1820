import Base
import TestSupport
import Testing

@testable import IndexCache

/// The cache folder: one file per corpus folder, the least recently used removed beyond the
/// limit, nothing half-written left in place.
@Suite struct CacheFolderTests {
  @Test func onlyTheMostRecentlyUsedCorporaKeepTheirCacheFiles() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    for name in ["a", "b", "c"] { folder.copy(folder: falklandsFolder, to: name) }
    var cache = temporaryCache(folder)
    cache.keptCorpora = 2
    let paths = ["a", "b", "c"].map { cache.path(forRoot: folder.path + "/" + $0) }
    _ = try Load(folder.path + "/a", cache: cache)
    _ = try Load(folder.path + "/b", cache: cache)
    // Using a's cache makes it the most recently used; then c's write removes b's.
    let again = try Load(folder.path + "/a", cache: cache)
    #expect(again.origin == .cache)
    let third = try Load(folder.path + "/c", cache: cache)
    #expect(third.lines.contains("info: index cache removed (least recently used): \(paths[1])"))
    #expect(readBytes(paths[0]) != nil)
    #expect(readBytes(paths[1]) == nil)
    #expect(readBytes(paths[2]) != nil)
    #expect(try Load(folder.path + "/a", cache: cache).origin == .cache)
    #expect(try Load(folder.path + "/b", cache: cache).origin == .build)
  }

  @Test func eachCorpusFolderHasItsOwnFileAndNoTemporaryFileStays() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.copy(folder: seedsFolder, to: "one")
    folder.copy(folder: seedsFolder, to: "two")
    let cache = temporaryCache(folder)
    _ = try Load(folder.path + "/one", cache: cache)
    _ = try Load(folder.path + "/two", cache: cache)
    let files = listFolder(cache.directory) ?? []
    #expect(files.count == 2)
    #expect(files.allSatisfy { $0.hasSuffix(".dossier-index") && $0.count == 16 + 14 })
    #expect(cache.path(forRoot: folder.path + "/one") != cache.path(forRoot: folder.path + "/two"))
  }

  @Test func aCacheFolderInsideTheCorpusIsNeitherReadNorWritten() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.copy(folder: seedsFolder, to: "corpus")
    let corpus = folder.path + "/corpus"
    let before = (listFolder(corpus) ?? []).sorted()
    // Straight inside, and inside through a link from outside the corpus.
    symlink(corpus, folder.path + "/link")
    for directory in [corpus + "/.cache/dossier", folder.path + "/link/dossier"] {
      let cache = IndexCache(directory: directory, build: "test build 1")
      #expect(cache.lies(inside: corpus))
      let first = try Load(corpus, cache: cache)
      let second = try Load(corpus, cache: cache)
      #expect(first.origin == .build && second.origin == .build)
      #expect(
        second.lines.contains("warning: index cache not used: its folder \(directory) is inside"))
      #expect((listFolder(corpus) ?? []).sorted() == before, "nothing was written into the corpus")
    }
    let outside = IndexCache(directory: folder.path + "/corpus-cache", build: "test build 1")
    #expect(!outside.lies(inside: corpus))
  }

  @Test func theDefaultFolderFollowsXDGThenHome() {
    func folder(_ variables: [String: String]) -> String? {
      IndexCache.defaultDirectory { variables[$0] }
    }
    #expect(
      folder(["XDG_CACHE_HOME": "/var/cache/someone", "HOME": "/home/someone"])
        == "/var/cache/someone/dossier")
    // XDG says a relative path is to be ignored.
    #expect(
      folder(["XDG_CACHE_HOME": "relative/cache", "HOME": "/home/someone"])
        == "/home/someone/.cache/dossier")
    #expect(folder(["HOME": "/home/someone"]) == "/home/someone/.cache/dossier")
    #expect(folder([:]) == nil)
  }

  @Test func theBuildIdentityNamesTheVersionAndChangesWithTheExecutable() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("dossier", "one build")
    let first = IndexCache.buildIdentity(version: "1.2.3", executablePath: folder.path + "/dossier")
    folder.write("dossier", "another, longer build")
    let second = IndexCache.buildIdentity(
      version: "1.2.3", executablePath: folder.path + "/dossier")
    #expect(first.hasPrefix("Dossier 1.2.3; "))
    #expect(first != second)
    #expect(
      IndexCache.buildIdentity(version: "1.2.3", executablePath: nil).hasPrefix("Dossier 1.2.3"))
  }
}
