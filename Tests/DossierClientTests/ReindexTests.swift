import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Re-indexing against a real server: a corpus file added on disk is read after the editor
/// reports it (or after `dossier.reindex`), with work-done progress, and the open drafts'
/// diagnostics are checked again against the new index.
@Suite struct ReindexTests {
  static let firstArticle = """
    Talks stall over islands

    Foreign Minister Sergei Lavrov said on Friday that the talks would continue in Moscow next month.

    """
  static let secondArticle = """
    Treaty hopes fade

    Prime Minister Fumio Kishida said that “both countries must sign a peace treaty before any islands change hands,” officials said.

    """
  static let draft =
    "Kishida insisted that “both countries must sign a peace treaty before any islands change hands.”\n"

  /// Waits for the `$/progress` end of `token`.
  func waitForEnd(_ server: TestServer, token: String) -> JSONValue? {
    server.waitFor(timeout: 30) {
      $0["method"] == "$/progress" && $0["params"]?["token"] == .string(token)
        && $0["params"]?["value"]?["kind"] == "end"
    }
  }

  func diagnostics(_ server: TestServer, uri: String) -> [JSONValue]? {
    server.waitFor(timeout: 30) {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
    }?["params"]?["diagnostics"]?.arrayValue
  }

  @Test func aCorpusFileAddedOnDiskIsIndexedAndDraftsAreCheckedAgain() throws {
    let folder = TemporaryFolder()
    folder.write("001_talks.txt", Array(Self.firstArticle.utf8))
    let server = try TestServer(corpus: folder.path)
    let reply = server.call(
      "initialize",
      [
        "capabilities": [
          "window": ["workDoneProgress": true],
          "workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]],
        ],
        "initializationOptions": ["diagnostics": ["delayMilliseconds": 0]],
      ])
    #expect(
      reply?["result"]?["capabilities"]?["executeCommandProvider"] == [
        "commands": ["dossier.reindex", "dossier.applyEdit"]
      ])
    server.notify("initialized", [:])
    // The server asks the editor to watch the corpus folder.
    var registration: JSONValue?
    let deadline = Deadline(seconds: 30)
    while registration == nil, !deadline.hasPassed,
      let message = server.channel.receive(timeout: Double(deadline.remainingMilliseconds) / 1000)
    {
      if message["method"] == "client/registerCapability" { registration = message }
      if let id = message["id"], message["method"] != nil {
        server.channel.send(["jsonrpc": "2.0", "id": id, "result": .null])
      }
    }
    let watcher = registration?["params"]?["registrations"]?.arrayValue?.first
    #expect(watcher?["method"] == "workspace/didChangeWatchedFiles")
    #expect(
      watcher?["registerOptions"]?["watchers"]?.arrayValue?.first?["globPattern"]
        == .string(folder.path + "/**/*"))
    #expect(server.waitUntilIndexed() != nil)

    // A quotation from an article the corpus does not have yet.
    let uri = "untitled:draft.md"
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(Self.draft),
        ]
      ])
    let before = diagnostics(server, uri: uri)
    #expect(before?.compactMap { $0["code"]?.stringValue } == ["misquotation"])

    // The article arrives on disk; the editor reports it.
    let added = folder.write("002_treaty.txt", Array(Self.secondArticle.utf8))
    server.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string("file://" + added), "type": 1]]])
    #expect(waitForEnd(server, token: "dossier/indexing/2") != nil)
    let after = diagnostics(server, uri: uri)
    #expect(after == [])
    let documents = server.call("dossier/documents", id: 2)?["result"]?["documents"]?.arrayValue
    #expect(
      documents?.compactMap { $0["path"]?.stringValue } == ["001_talks.txt", "002_treaty.txt"])

    // A file outside the corpus changes nothing.
    server.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": "file:///elsewhere/notes.txt", "type": 2]]])
    // The command re-indexes too, and answers at once.
    let command = server.call(
      "workspace/executeCommand", ["command": "dossier.reindex", "arguments": []], id: 3)
    #expect(command?["result"] == .null)
    #expect(command?["error"] == nil)
    #expect(waitForEnd(server, token: "dossier/indexing/3") != nil)
    #expect(server.received.contains { $0["params"]?["token"] == "dossier/indexing/4" } == false)
    #expect(server.shutDown() == 0)
  }

  @Test func anUnknownCommandIsRefusedByName() throws {
    let server = try TestServer(corpus: repositoryRoot + "/seeds")
    server.initialize()
    let reply = server.call("workspace/executeCommand", ["command": "dossier.explode"], id: 2)
    #expect(reply?["error"]?["code"] == -32602)
    #expect(
      reply?["error"]?["message"]
        == "invalid params: command: unknown command \"dossier.explode\" (Dossier has dossier.reindex, dossier.applyEdit)"
    )
    #expect(server.shutDown() == 0)
  }
}
