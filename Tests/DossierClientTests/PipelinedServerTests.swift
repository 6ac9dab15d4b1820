import DossierClient
import JSONRPC
import Testing
import TestSupport

@Suite struct PipelinedServerTests {
  /// 10,000 requests written in one go to the real server, right after `initialize`: each gets
  /// exactly one answer with its own id; those that need no index (`dossier/status`) in order,
  /// at once; those that read it (`dossier/documents`) from the first index, never from the
  /// empty one in service before it; shutdown's answer last, and the server shuts down cleanly.
  @Test func tenThousandPipelinedRequestsAreEachAnsweredOnce() throws {
    let process = try ServerProcess(
      executable: dossierExecutable, arguments: ["lsp", "--corpus", repositoryRoot + "/seeds"])
    let channel = MessageChannel(process: process)
    var batch = MessageChannel.frame([
      "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["capabilities": [:]],
    ])
    func id(_ number: Int) -> JSONValue { number % 2 == 0 ? .int(number) : .string("r\(number)") }
    for number in 1...10_000 {
      let method = number % 3 == 0 ? "dossier/documents" : "dossier/status"
      batch += MessageChannel.frame([
        "jsonrpc": "2.0", "id": id(number), "method": .string(method),
      ])
    }
    batch += MessageChannel.frame(["jsonrpc": "2.0", "id": 10_001, "method": "shutdown"])
    batch += MessageChannel.frame(["jsonrpc": "2.0", "method": "exit"])
    #expect(channel.sendRaw(batch))
    var answers: [JSONValue] = []
    while let message = channel.receive(timeout: 60) {
      if message["method"] == nil { answers.append(message) }
    }
    let answered = answers.map { $0["id"] ?? .null }
    #expect(answered.count == 10_002)
    #expect(Set(answered) == Set([.int(0), .int(10_001)] + (1...10_000).map(id)))
    let statuses = (1...10_000).filter { $0 % 3 != 0 }.map(id)
    #expect(answered.filter { statuses.contains($0) } == statuses)
    let listings = answers.filter { $0["result"]?["documents"]?.arrayValue != nil }
    #expect(listings.count == 3_333)
    #expect(listings.allSatisfy { $0["result"]?["documents"]?.arrayValue?.count == 5 })
    #expect(answered.first == .int(0) && answered.last == .int(10_001))
    #expect(process.waitForExit(timeout: 10) == 0)
  }
}
