import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Corpus folders that are missing, empty, unreadable, binary or looping, given to the real
/// server: each is reported or skipped, indexing finishes, and the server keeps answering.
@Suite struct HostileCorpusTests {
  static let article = """
    Talks resume in Tokyo

    Foreign Minister Taro Kono met his counterpart in Tokyo on Monday. The talks lasted an hour.
    """

  /// Starts a server on `corpus`, waits for the index, and returns the server and its status.
  func indexed(_ corpus: String) throws -> (TestServer, JSONValue) {
    let server = try TestServer(corpus: corpus)
    server.initialize()
    let status = try #require(server.waitUntilIndexed())
    return (server, status)
  }

  @Test func missingCorpusFolderIsReportedAndTheServerKeepsAnswering() throws {
    let folder = TemporaryFolder()
    let (server, status) = try indexed(folder.path + "/no-such-folder")
    #expect(status["state"] == "failed")
    #expect(status["message"]?.stringValue?.contains("No such file or directory") == true)
    let shown = server.waitFor(timeout: 10) { $0["method"] == "window/showMessage" }
    #expect(shown?["params"]?["type"] == 1)
    #expect(
      shown?["params"]?["message"]?.stringValue?.hasPrefix("Dossier cannot read its corpus") == true
    )
    #expect(server.call("dossier/documents", id: 2)?["result"] == ["documents": []])
    #expect(server.shutDown() == 0)
  }

  @Test func corpusPathThatIsAFileIsReported() throws {
    let folder = TemporaryFolder()
    let file = folder.write("article.txt", Self.article)
    let (server, status) = try indexed(file)
    #expect(status["state"] == "failed")
    #expect(status["message"]?.stringValue?.hasSuffix("not a folder") == true)
    #expect(server.shutDown() == 0)
  }

  @Test func emptyCorpusFolderGivesAnEmptyIndex() throws {
    let folder = TemporaryFolder()
    folder.makeFolder("empty-subfolder")
    folder.write("blank.txt", "  \n\t\r\n")
    let (server, status) = try indexed(folder.path)
    #expect(status["state"] == "ready")
    #expect(status["documents"] == 0)
    #expect(status["skipped"] == 1)
    #expect(server.call("dossier/documents", id: 2)?["result"] == ["documents": []])
    #expect(server.shutDown() == 0)
  }

  @Test func unreadableEntriesAreSkippedAndTheRestIsRead() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", Self.article)
    folder.link("dangling.txt", to: folder.path + "/nowhere.txt")
    #expect(mkfifo(folder.path + "/pipe.txt", 0o600) == 0)
    folder.makeFolder("folder.txt")
    folder.write("locked/inner.txt", Self.article)
    chmod(folder.path + "/locked", 0)
    let (server, status) = try indexed(folder.path)
    #expect(status["state"] == "ready")
    // Mode 000 stops every user but root, who reads the locked folder all the same.
    #expect(status["documents"] == (geteuid() == 0 ? 2 : 1))
    let documents = server.call("dossier/documents", id: 2)?["result"]?["documents"]?.arrayValue
    #expect(documents?.first?["path"] == "good.txt")
    #expect(server.shutDown() == 0)
  }

  @Test func folderFullOfBinaryFilesIsSkippedFileByFile() throws {
    let folder = TemporaryFolder()
    var random = SplitMix64(seed: 7)
    for index in 0..<12 {
      let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      folder.write("random-\(index).txt", bytes)
    }
    folder.write("zeros.txt", [UInt8](repeating: 0, count: 65536))
    folder.write(
      "elf.md", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 512))
    folder.write("controls.txt", (0..<2000).map { UInt8($0 % 8 + 1) })
    folder.write("good.txt", Self.article)
    let (server, status) = try indexed(folder.path)
    #expect(status["state"] == "ready")
    #expect(status["documents"] == 1)
    #expect(status["skipped"] == 15)
    #expect(server.shutDown() == 0)
  }

  @Test func aHundredThousandEmptyFilesBesideTheSeedsAreSkippedAndSummedUp() throws {
    let folder = TemporaryFolder()
    for name in try #require(listFolder(repositoryRoot + "/seeds")) {
      folder.write(name, try #require(readText(repositoryRoot + "/seeds/" + name)))
    }
    for number in 0..<100_000 {
      let descriptor = open(folder.path + "/empty-\(number).txt", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
      close(descriptor)
    }
    let server = try TestServer(corpus: folder.path, arguments: ["--no-cache"])
    server.initialize()
    let status = try #require(server.waitUntilIndexed(timeout: 300))
    #expect(status["state"] == "ready")
    #expect(status["documents"] == 5)
    #expect(status["skipped"] == 100_000)
    // Twenty skips by name, then one line for the rest: the editor is not sent 100,000.
    let skips = server.received.filter {
      $0["method"] == "window/logMessage"
        && $0["params"]?["message"]?.stringValue?.hasPrefix("corpus: skipped") == true
    }.compactMap { $0["params"]?["message"]?.stringValue }
    #expect(skips.count == 21)
    #expect(skips.last == "corpus: skipped 99980 more files: empty (99980)")
    #expect(server.shutDown() == 0)
  }

  @Test func symlinkLoopIsEnteredOnce() throws {
    let folder = TemporaryFolder()
    folder.write("article.txt", Self.article)
    folder.write("sub/inner.txt", Self.article)
    folder.link("loop", to: ".")
    folder.link("sub/back", to: "..")
    folder.link("sub/self", to: "../sub")
    folder.link("absolute", to: folder.path)
    let (server, status) = try indexed(folder.path)
    #expect(status["state"] == "ready")
    #expect(status["documents"] == 2)
    let paths = server.call("dossier/documents", id: 2)?["result"]?["documents"]?.arrayValue?.map {
      $0["path"]
    }
    #expect(paths == ["article.txt", "sub/inner.txt"])
    #expect(server.shutDown() == 0)
  }
}

/// A small deterministic generator (SplitMix64), so random inputs are the same on every run.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
