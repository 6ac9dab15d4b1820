import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// The corpus is the folder the user named and nothing its links, or a cloned workspace's
/// config, point at: proved on the real server, with the kernel's record of file events
/// (inotify) on the folder outside.
@Suite struct CorpusLinksTests {
  static let canary = "root:x:0:0:CANARY-51c2 Foreign Minister Boris Quellmann said"

  /// A corpus of the seeds beside a secret folder, with every kind of way out of the corpus:
  /// a link to a file outside (standing for /etc/passwd), a link to a folder outside, a link
  /// to /proc, a FIFO named like an article, a link loop, and a second name for a seed.
  struct Layout {
    let root = TemporaryFolder()
    var corpus: String { root.path + "/corpus" }
    var secret: String { root.path + "/secret" }

    init() throws {
      for name in try #require(listFolder(repositoryRoot + "/seeds")) {
        root.write("corpus/" + name, try #require(readText(repositoryRoot + "/seeds/" + name)))
      }
      root.write("secret/passwd.txt", CorpusLinksTests.canary + "\n")
      root.write("secret/folder/notes.md", CorpusLinksTests.canary + "\n")
      root.link("corpus/leak.txt", to: secret + "/passwd.txt")
      root.link("corpus/outside", to: "../secret/folder")
      root.link("corpus/proc", to: "/proc")
      root.makeFolder("corpus/sub")
      root.link("corpus/sub/up", to: "..")
      root.link("corpus/again.txt", to: "000_bac31468cee974c5.txt")
      mkfifo(corpus + "/pipe.txt", 0o600)
    }
  }

  func documentPaths(_ server: TestServer) -> [String] {
    let documents = server.call("dossier/documents", id: "documents")?["result"]?["documents"]
    return (documents?.arrayValue ?? []).compactMap { $0["path"]?.stringValue }.sorted()
  }

  func logLines(_ server: TestServer) -> [String] {
    server.received.filter { $0["method"] == "window/logMessage" }.compactMap {
      $0["params"]?["message"]?.stringValue
    }
  }

  @Test func linksOutTheCorpusAreNotFollowedAndNothingOutsideIsOpened() throws {
    let layout = try Layout()
    let watch = try #require(FileWatch())
    #expect(watch.watch(layout.secret) && watch.watch(layout.secret + "/folder"))
    let server = try TestServer(corpus: layout.corpus, arguments: ["--no-cache"])
    server.initialize()
    #expect(server.waitUntilIndexed(timeout: 30)?["state"] == "ready")
    // The five seeds, each once: no link's target, no second name, no FIFO.
    #expect(documentPaths(server) == (try #require(listFolder(repositoryRoot + "/seeds"))))
    let lookup = server.call("dossier/lookup", ["query": "Quellmann"], id: "lookup")
    #expect(lookup?["result"]?["entities"]?.arrayValue?.isEmpty == true)
    let symbols = server.call("workspace/symbol", ["query": ""], id: "symbols")
    #expect(!(symbols?.description.contains("Quellmann") ?? true))
    let lines = logLines(server)
    #expect(
      lines.contains {
        $0.contains("not following leak.txt: a link to \(layout.secret)/passwd.txt")
      })
    #expect(lines.contains { $0.contains("not following outside: a link to") })
    #expect(lines.contains { $0.contains("not following proc: a link to /proc") })
    #expect(lines.contains { $0.contains("not reading pipe.txt: a FIFO") })
    #expect(server.shutDown() == 0)
    watch.collect()
    #expect(watch.events.isEmpty, "the server opened files outside the corpus: \(watch.events)")
  }

  @Test func followLinksOutsideIsTheUsersToTurnOn() throws {
    let layout = try Layout()
    let server = try TestServer(
      corpus: layout.corpus, arguments: ["--no-cache", "--follow-links-outside"])
    server.initialize()
    #expect(server.waitUntilIndexed(timeout: 30)?["state"] == "ready")
    let paths = documentPaths(server)
    #expect(paths.contains("leak.txt") && paths.contains("outside/notes.md"))
    // /proc stays out even then: a pseudo-filesystem is never walked.
    #expect(!paths.contains { $0.hasPrefix("proc/") })
    #expect(
      logLines(server).contains { $0.contains("not entering proc: a pseudo-filesystem (proc)") })
    #expect(server.shutDown() == 0)
  }

  @Test func aWorkspaceConfigCannotPointTheServerOutsideTheWorkspace() throws {
    let root = TemporaryFolder()
    root.write("outside/secret.txt", Self.canary + "\n")
    root.write("workspace/.dossier.json", #"{"corpus": "../outside"}"#)
    let workspace = root.path + "/workspace"
    let watch = try #require(FileWatch())
    #expect(watch.watch(root.path + "/outside"))
    let server = try TestServer(arguments: ["--no-cache"])
    _ = server.call(
      "initialize",
      ["capabilities": [:], "rootUri": .string("file://" + workspace)])
    server.notify("initialized", [:])
    let status = server.waitUntilIndexed(timeout: 30)
    let shown = server.received.filter { $0["method"] == "window/showMessage" }
    #expect(
      shown.contains {
        $0["params"]?["message"]?.stringValue?.contains(
          "names the corpus \(root.path)/outside, which is not used: it resolves to") == true
      }, "\(shown)")
    // The default instead: the shipped seeds.
    #expect(status?["corpus"]?.stringValue?.hasSuffix("/seeds") == true, "\(status ?? .null)")
    #expect(server.shutDown() == 0)
    watch.collect()
    #expect(watch.events.isEmpty, "\(watch.events)")
  }

  @Test func theFilesystemRootAndProcAreRefusedAsCorpora() throws {
    for (folder, reason) in [
      ("/", "the filesystem root is not a folder of articles"),
      ("/proc", "is on a pseudo-filesystem (proc)"),
      ("/sys/kernel", "is on a pseudo-filesystem (sysfs)"),
    ] {
      let server = try TestServer(arguments: ["--no-cache"])
      _ = server.call(
        "initialize", ["capabilities": [:], "initializationOptions": ["corpus": .string(folder)]])
      server.notify("initialized", [:])
      let shown = server.waitFor(timeout: 30) { $0["method"] == "window/showMessage" }
      #expect(
        shown?["params"]?["message"]?.stringValue?.contains(reason) == true,
        "\(folder): \(shown ?? .null)")
      #expect(server.call("dossier/status", id: 2)?["result"]?["documents"] == 0)
      #expect(server.shutDown() == 0)
    }
  }
}
