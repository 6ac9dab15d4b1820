import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Indexing as an editor sees it: answers from the moment `initialize` returns, and a
/// work-done progress bar that only moves forward and ends once.
@Suite struct IndexingProgressTests {
  func article(_ index: Int) -> String {
    """
    Talks resume on the harbour dispute

    Foreign Minister Arlo Venn met his counterpart Dara Quell in Moss Bay on day \(index).
    "We will settle this step by step," Venn said. The islands, called the Gray Isles in \
    Tarnia and the Ash Islands in Quellia, were the subject of talks for the \(index)th time.
    """
  }

  @Test func progressBeginsOnceOnlyMovesForwardAndEndsWithTheDocumentCount() throws {
    let folder = TemporaryFolder()
    for index in 0..<120 { folder.write("articles/\(1000 + index).txt", article(index)) }
    let server = try TestServer(corpus: folder.path)
    server.initialize(capabilities: ["window": ["workDoneProgress": true]])
    var values: [JSONValue] = []
    while let message = server.waitFor(timeout: 120, { $0["method"] == "$/progress" }) {
      let value = message["params"]?["value"] ?? .null
      values.append(value)
      if value["kind"] == "end" { break }
    }
    #expect(values.first?["kind"] == "begin")
    #expect(values.last?["kind"] == "end")
    #expect(values.filter { $0["kind"] == "begin" }.count == 1)
    #expect(values.filter { $0["kind"] == "end" }.count == 1)
    let percentages = values.compactMap { $0["percentage"]?.intValue }
    #expect(percentages == percentages.sorted())
    #expect(percentages.allSatisfy { (0...100).contains($0) })
    #expect(values.last?["message"] == "Indexed 120 documents")
    let status = server.call("dossier/status", id: 2)?["result"]
    #expect(status?["state"] == "ready")
    #expect(status?["documents"] == 120)
    #expect(server.shutDown() == 0)
  }

  /// A request sent together with `initialize` is answered before indexing can have finished,
  /// from the empty index, and `dossier/status` says so.
  @Test func statusRightAfterInitializeSaysIndexing() throws {
    let folder = TemporaryFolder()
    for index in 0..<400 { folder.write("\(1000 + index).txt", article(index)) }
    let server = try TestServer(corpus: folder.path)
    var batch = MessageChannel.frame([
      "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]],
    ])
    batch += MessageChannel.frame(["jsonrpc": "2.0", "id": 2, "method": "dossier/status"])
    #expect(server.channel.sendRaw(batch))
    #expect(server.response(id: 1)?["result"]?["capabilities"] != nil)
    let status = server.response(id: 2)?["result"]
    #expect(status?["state"] == "indexing")
    #expect(status?["documents"] == 0)
    let ready = server.waitUntilIndexed(timeout: 120)
    #expect(ready?["state"] == "ready")
    #expect(ready?["documents"] == 400)
    #expect(server.shutDown() == 0)
  }
}
