import DossierClient
import JSONRPC
import Testing

@Suite struct PipelinedServerTests {
  /// 10,000 requests written in one go to the real server: each gets exactly one answer with
  /// its own id, in order, and the server still shuts down cleanly.
  @Test func tenThousandPipelinedRequestsAreEachAnsweredOnce() throws {
    let process = try ServerProcess(
      executable: dossierExecutable, arguments: ["lsp", "--corpus", repositoryRoot + "/seeds"])
    let channel = MessageChannel(process: process)
    var batch = MessageChannel.frame([
      "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["capabilities": [:]],
    ])
    for id in 1...10_000 {
      let method = id % 3 == 0 ? "dossier/documents" : "dossier/status"
      batch += MessageChannel.frame([
        "jsonrpc": "2.0", "id": id % 2 == 0 ? .int(id) : .string("r\(id)"),
        "method": .string(method),
      ])
    }
    batch += MessageChannel.frame(["jsonrpc": "2.0", "id": 10_001, "method": "shutdown"])
    batch += MessageChannel.frame(["jsonrpc": "2.0", "method": "exit"])
    #expect(channel.sendRaw(batch))
    var answered: [JSONValue] = []
    while let message = channel.receive(timeout: 60) {
      if message["method"] == nil { answered.append(message["id"] ?? .null) }
    }
    let expected: [JSONValue] =
      [.int(0)] + (1...10_000).map { $0 % 2 == 0 ? .int($0) : .string("r\($0)") } + [.int(10_001)]
    #expect(answered.count == expected.count)
    #expect(answered == expected)
    #expect(process.waitForExit(timeout: 10) == 0)
  }
}
