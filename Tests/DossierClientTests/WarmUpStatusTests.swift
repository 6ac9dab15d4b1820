import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// `dossier/status` tells a script when the work that follows indexing (the quotation index,
/// hover cards) is over, so requests can be timed without it.
@Suite struct WarmUpStatusTests {
  @Test func statusSaysWhenTheWarmUpAfterIndexingIsDone() throws {
    let server = try TestServer(corpus: repositoryRoot + "/seeds", arguments: ["--no-cache"])
    server.initialize()
    let ready = server.waitUntilIndexed(timeout: 120)
    let first = try #require(ready?["warmUp"]?.stringValue)
    #expect(["running", "done"].contains(first))
    // Generous: the suite runs many servers at once, and CI runs it under the sanitizers.
    let deadline = Deadline(seconds: 120)
    var states: [String] = [first]
    var id = 7000
    while states.last != "done" && !deadline.hasPassed {
      usleep(20_000)
      id += 1
      let status = server.call("dossier/status", id: .int(id), timeout: 30)?["result"]
      states.append(status?["warmUp"]?.stringValue ?? "missing")
    }
    #expect(states.last == "done", "warm-up states seen: \(Set(states))")
    // Nothing starts again by itself once it is done.
    let later = server.call("dossier/status", id: .int(8000))?["result"]?["warmUp"]
    #expect(later == "done")
    #expect(server.shutDown() == 0)
  }
}
