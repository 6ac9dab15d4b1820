import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// A re-index that cannot read the corpus (its folder renamed or deleted) keeps the index in
/// service: hovers still answer from it, the user is told why, and the run's progress ends
/// with the reason. Against a real server.
@Suite struct FailedReindexTests {
  static let article = """
    Talks stall over islands

    Foreign Minister Sergei Lavrov said on Friday that the talks would continue in Moscow next month.

    """
  static let draftURI = "untitled:draft.md"

  /// A server on `corpus`, indexed, with a draft open that mentions Lavrov.
  func startedServer(corpus: String) throws -> TestServer {
    let server = try TestServer(corpus: corpus)
    server.initialize(capabilities: ["window": ["workDoneProgress": true]])
    #expect(server.waitUntilIndexed()?["state"] == "ready")
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(Self.draftURI), "languageId": "markdown", "version": 1,
          "text": "Lavrov spoke first.\n",
        ]
      ])
    return server
  }

  func hoverText(_ server: TestServer, id: Int) -> String? {
    server.call(
      "textDocument/hover",
      [
        "textDocument": ["uri": .string(Self.draftURI)],
        "position": ["line": 0, "character": 2],
      ], id: .int(id))?["result"]?["contents"]?["value"]?.stringValue
  }

  /// The `$/progress` end of the second run (the first re-index).
  func reindexEnd(_ server: TestServer) -> JSONValue? {
    server.waitFor(timeout: 30) {
      $0["method"] == "$/progress" && $0["params"]?["token"] == "dossier/indexing/2"
        && $0["params"]?["value"]?["kind"] == "end"
    }
  }

  func shownMessage(_ server: TestServer) -> JSONValue? {
    server.waitFor(timeout: 30) { $0["method"] == "window/showMessage" }?["params"]
  }

  @Test func aRenamedCorpusFolderKeepsThePreviousIndexInService() throws {
    let folder = TemporaryFolder()
    let corpus = folder.path + "/news"
    folder.write("news/001_talks.txt", Self.article)
    let server = try startedServer(corpus: corpus)
    let before = hoverText(server, id: 2)
    #expect(before?.contains("Sergei Lavrov") == true)

    #expect(rename(corpus, folder.path + "/news-moved") == 0)
    let reply = server.call(
      "workspace/executeCommand", ["command": "dossier.reindex", "arguments": []], id: 3)
    #expect(reply?["result"] == .null)
    let end = reindexEnd(server)
    let endMessage = end?["params"]?["value"]?["message"]?.stringValue ?? ""
    #expect(endMessage.hasPrefix("Re-indexing failed: "))
    #expect(endMessage.contains(corpus))
    #expect(endMessage.hasSuffix("; answering from the previous index"))
    let shown = shownMessage(server)
    #expect(shown?["type"] == 2)
    #expect(
      shown?["message"]?.stringValue?.hasSuffix(
        "It keeps answering from the previous index (1 document).") == true)

    // Still the same answers, and still ready.
    #expect(hoverText(server, id: 4) == before)
    let status = server.call("dossier/status", id: 5)?["result"]
    #expect(status?["state"] == "ready")
    #expect(status?["documents"] == 1)
    #expect(server.shutDown() == 0)
  }

  @Test func aDeletedCorpusFolderReportedByTheEditorKeepsThePreviousIndex() throws {
    let folder = TemporaryFolder()
    let corpus = folder.path + "/news"
    let file = folder.write("news/001_talks.txt", Self.article)
    let server = try startedServer(corpus: corpus)
    #expect(hoverText(server, id: 2)?.contains("Sergei Lavrov") == true)

    #expect(unlink(file) == 0)
    #expect(rmdir(corpus) == 0)
    server.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string("file://" + file), "type": 3]]])
    let end = reindexEnd(server)
    #expect(
      end?["params"]?["value"]?["message"]?.stringValue?.hasPrefix("Re-indexing failed: ") == true)
    #expect(hoverText(server, id: 3)?.contains("Sergei Lavrov") == true)

    // Once the folder is back, the next re-index reads it again.
    folder.write("news/001_talks.txt", Self.article)
    _ = server.call(
      "workspace/executeCommand", ["command": "dossier.reindex", "arguments": []], id: 4)
    let next = server.waitFor(timeout: 30) {
      $0["method"] == "$/progress" && $0["params"]?["token"] == "dossier/indexing/3"
        && $0["params"]?["value"]?["kind"] == "end"
    }
    #expect(next?["params"]?["value"]?["message"] == "Indexed 1 documents")
    #expect(server.shutDown() == 0)
  }

  @Test func aCorpusThatCannotBeReadAtStartLeavesAnEmptyIndexAndSaysSo() throws {
    let folder = TemporaryFolder()
    let server = try TestServer(corpus: folder.path + "/missing")
    server.initialize(capabilities: ["window": ["workDoneProgress": true]])
    let shown = shownMessage(server)
    #expect(shown?["type"] == 1)
    #expect(
      shown?["message"]?.stringValue?.hasSuffix("It keeps answering from an empty index.") == true)
    #expect(server.waitUntilIndexed()?["state"] == "failed")
    #expect(server.shutDown() == 0)
  }
}
