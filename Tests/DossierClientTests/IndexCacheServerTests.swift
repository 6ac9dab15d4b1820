import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// The index cache seen from an editor: a second start of `dossier lsp` on the same corpus is
/// restored from the cache and answers exactly as the first, and `--no-cache` or
/// `initializationOptions.cache: false` neither read nor write it.
@Suite struct IndexCacheServerTests {
  let seeds = repositoryRoot + "/seeds"

  /// The files in `folder` (none when it does not exist).
  func names(in folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) {
        String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Polls `dossier/status` until the cache state is not `writing`; returns it.
  func settledCacheState(_ server: TestServer) -> String? {
    for attempt in 0..<1000 {
      let state = server.call("dossier/status", id: .int(5000 + attempt))?["result"]?["cache"]
      if state != "writing" { return state?.stringValue }
      usleep(20_000)
    }
    return nil
  }

  /// What the server answers about a few names and a hover on the first article.
  func answers(_ server: TestServer) -> [JSONValue?] {
    ["Lavrov", "Kurils", "Japan"].enumerated().map { index, query in
      server.call("dossier/lookup", ["query": .string(query)], id: .int(100 + index))?["result"]
    }
  }

  @Test func aSecondStartIsRestoredFromTheCacheAndAnswersAsTheFirst() throws {
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    let cacheFolder = folder.path + "/cache"
    let first = try TestServer(corpus: seeds, arguments: ["--cache-dir", cacheFolder])
    first.initialize()
    #expect(first.waitUntilIndexed()?["cache"] != "restored")
    #expect(settledCacheState(first) == "written")
    let built = answers(first)
    #expect(first.shutDown() == 0)
    #expect(names(in: cacheFolder).filter { $0.hasSuffix(".dossier-index") }.count == 1)

    let second = try TestServer(corpus: seeds, arguments: ["--cache-dir", cacheFolder])
    second.initialize()
    #expect(second.waitUntilIndexed()?["cache"] == "restored")
    let restored = answers(second)
    #expect(second.shutDown() == 0)
    #expect(built.allSatisfy { $0?["entities"]?.arrayValue?.isEmpty == false })
    #expect(restored == built)
  }

  @Test func aServerShutDownAsSoonAsItIsReadyStillLeavesItsCache() throws {
    // What a one-shot `dossier lookup` does: ask once the index is ready, then shut down.
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    let cacheFolder = folder.path + "/cache"
    let first = try TestServer(corpus: seeds, arguments: ["--cache-dir", cacheFolder])
    first.initialize()
    #expect(first.waitUntilIndexed()?["state"] == "ready")
    #expect(first.shutDown() == 0)
    let second = try TestServer(corpus: seeds, arguments: ["--cache-dir", cacheFolder])
    second.initialize()
    #expect(second.waitUntilIndexed()?["cache"] == "restored")
    #expect(second.shutDown() == 0)
  }

  @Test func noCacheNeitherReadsNorWritesTheCache() throws {
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    let cacheFolder = folder.path + "/cache"
    let server = try TestServer(
      corpus: seeds, arguments: ["--cache-dir", cacheFolder, "--no-cache"])
    server.initialize()
    #expect(server.waitUntilIndexed()?["cache"] == "off")
    #expect(server.shutDown() == 0)
    #expect(names(in: cacheFolder).isEmpty)
  }

  @Test func initializationOptionsCanTurnTheCacheOff() throws {
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    let cacheFolder = folder.path + "/cache"
    let server = try TestServer(corpus: seeds, arguments: ["--cache-dir", cacheFolder])
    _ = server.call(
      "initialize", ["capabilities": [:], "initializationOptions": ["cache": false]])
    server.notify("initialized", [:])
    #expect(server.waitUntilIndexed()?["cache"] == "off")
    #expect(server.shutDown() == 0)
    #expect(names(in: cacheFolder).isEmpty)
  }

  @Test func withoutACacheFolderTheCacheGoesUnderXDGCacheHome() throws {
    // The tests' servers run with XDG_CACHE_HOME set to `testCacheHome`.
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    folder.write("001_talks.txt", "Talks\n\nForeign Minister Ada Vance spoke in Oslo on Monday.\n")
    let server = try TestServer(corpus: folder.path)
    server.initialize()
    _ = server.waitUntilIndexed()
    #expect(settledCacheState(server) == "written")
    #expect(server.shutDown() == 0)
    #expect(names(in: testCacheHome + "/dossier").contains { $0.hasSuffix(".dossier-index") })
    #expect(names(in: folder.path) == ["001_talks.txt"], "nothing is written into the corpus")
  }
}
