import DossierClient
import JSONRPC
import Testing
import TestSupport

/// A request sent before the first index is in service waits for it, instead of answering from
/// the empty index as if the corpus knew nothing; bounded, cancellable, and never in the way of
/// `dossier/status`, edits or shutdown.
@Suite struct FirstIndexWaitTests {
  let seeds = repositoryRoot + "/seeds"
  let uri = "file:///tmp/dossier-first-index/draft.md"
  /// "Southern" starts at character 4 of line 0.
  let draft = "The Southern Kurils are disputed.\n"

  static func frame(_ message: JSONValue) -> [UInt8] {
    let body = JSONWriter.encode(message)
    return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }

  func open(_ text: String, version: Int = 1) -> JSONValue {
    [
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": [
          "uri": .string(uri), "languageId": "markdown", "version": .int(version),
          "text": .string(text),
        ]
      ],
    ]
  }

  func hover(id: Int, line: Int = 0, character: Int = 6) -> JSONValue {
    [
      "jsonrpc": "2.0", "id": .int(id), "method": "textDocument/hover",
      "params": [
        "textDocument": ["uri": .string(uri)],
        "position": ["line": .int(line), "character": .int(character)],
      ],
    ]
  }

  func hoverText(_ response: JSONValue?) -> String {
    response?["result"]?["contents"]?["value"]?.stringValue ?? ""
  }

  /// A server on the seeds whose first index run starts only after `milliseconds`.
  func serverWithSlowFirstIndex(milliseconds: Int) throws -> TestServer {
    try TestServer(
      corpus: seeds, arguments: ["--no-cache"],
      environment: ["DOSSIER_TEST_FIRST_INDEX_DELAY_MS": String(milliseconds)])
  }

  /// initialize, initialized, didOpen and a hover, written in one go: nothing waits for
  /// anything, as a replayed transcript or a scripted client sends them.
  func sendAllAtOnce(_ server: TestServer, options: JSONValue = [:], hoverID: Int = 2) -> Bool {
    let initialize: JSONValue = [
      "jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": ["capabilities": [:], "initializationOptions": options],
    ]
    let initialized: JSONValue = ["jsonrpc": "2.0", "method": "initialized", "params": [:]]
    return server.channel.sendRaw(
      [initialize, initialized, open(draft), hover(id: hoverID)].flatMap(Self.frame))
  }

  @Test func aHoverRightAfterInitializedGetsTheCardEveryTime() throws {
    for run in 0..<50 {
      // Half of them build the index, half restore it from a cache of their own.
      let cache = TemporaryFolder()
      let arguments = run % 2 == 0 ? ["--no-cache"] : ["--cache-dir", cache.path]
      let server = try TestServer(corpus: seeds, arguments: arguments)
      #expect(sendAllAtOnce(server))
      let answer = server.response(id: 2, timeout: 60)
      #expect(hoverText(answer).contains("Northern Territories"), "run \(run): \(answer ?? .null)")
      #expect(server.shutDown() == 0)
    }
  }

  @Test func aWaitingHoverIsAnsweredOnceTheIndexIsInServiceAndStatusAnswersMeanwhile() throws {
    let server = try serverWithSlowFirstIndex(milliseconds: 3000)
    #expect(sendAllAtOnce(server))
    let status = server.call("dossier/status", id: 3, timeout: 2)
    #expect(
      status?["result"]?["state"] == "indexing", "status answers at once, while the hover waits")
    #expect(
      !server.received.contains { $0["id"] == 2 }, "the hover is not answered from the empty index")
    let answer = server.response(id: 2, timeout: 60)
    #expect(hoverText(answer).contains("Northern Territories"), "\(answer ?? .null)")
    #expect(server.shutDown() == 0)
  }

  @Test func cancellingAWaitingRequestAnswersMinus32800AtOnce() throws {
    let server = try serverWithSlowFirstIndex(milliseconds: 5000)
    #expect(sendAllAtOnce(server))
    // In a read of its own, so the connection has handed the hover over already.
    _ = server.call("dossier/status", id: 3, timeout: 2)
    server.notify("$/cancelRequest", ["id": 2])
    let answer = server.response(id: 2, timeout: 2)
    #expect(answer?["error"]?["code"] == -32800, "\(answer ?? .null)")
    #expect(server.call("dossier/status", id: 4, timeout: 2)?["result"]?["state"] == "indexing")
    #expect(server.shutDown() == 0)
  }

  @Test func anEditDuringTheWaitDoesNotShiftTheAnswer() throws {
    let server = try serverWithSlowFirstIndex(milliseconds: 2000)
    #expect(sendAllAtOnce(server))
    // Five words typed before the name while the hover waits.
    server.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [
          [
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
            "text": "Some say that now ",
          ]
        ],
      ])
    let answer = server.response(id: 2, timeout: 60)
    #expect(hoverText(answer).contains("Northern Territories"))
    // The name where it was when the hover was asked: characters 4..<19 of version 1.
    #expect(
      answer?["result"]?["range"]
        == ["start": ["line": 0, "character": 4], "end": ["line": 0, "character": 19]])
    // Asked again, the hover sees the edited text.
    let again = server.call(
      "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 24]], id: 5)
    #expect(
      again?["result"]?["range"]
        == ["start": ["line": 0, "character": 22], "end": ["line": 0, "character": 37]])
    #expect(server.shutDown() == 0)
  }

  @Test func firstIndexWaitZeroAnswersAtOnceAsBefore() throws {
    let server = try serverWithSlowFirstIndex(milliseconds: 5000)
    #expect(sendAllAtOnce(server, options: ["firstIndexWait": 0]))
    let answer = server.response(id: 2, timeout: 2)
    #expect(answer?["result"] == .null, "\(answer ?? .null)")
    #expect(server.shutDown() == 0)
  }

  @Test func theWaitIsBoundedAndSaysSoInTheLog() throws {
    let server = try serverWithSlowFirstIndex(milliseconds: 8000)
    #expect(sendAllAtOnce(server, options: ["firstIndexWait": 1]))
    let answer = server.response(id: 2, timeout: 5)
    #expect(answer?["result"] == .null, "answered from what is in service: \(answer ?? .null)")
    let logged = server.waitFor(timeout: 5) {
      $0["method"] == "window/logMessage"
        && $0["params"]?["message"]?.stringValue?.contains("waited 1.0 s for the first index")
          == true
    }
    #expect(logged != nil)
    #expect(server.shutDown() == 0)
  }

  @Test func shutdownAnswersTheWaitingRequestsFirst() throws {
    let server = try serverWithSlowFirstIndex(milliseconds: 8000)
    #expect(sendAllAtOnce(server))
    _ = server.call("dossier/status", id: 3, timeout: 2)
    #expect(server.channel.send(["jsonrpc": "2.0", "id": "bye", "method": "shutdown"]))
    // The hover's answer comes first, then shutdown's.
    let first = server.waitFor(timeout: 5) {
      ($0["id"] == 2 || $0["id"] == "bye") && $0["method"] == nil
    }
    #expect(first?["id"] == 2 && first?["result"] == .null, "\(first ?? .null)")
    let second = server.response(id: "bye", timeout: 5)
    #expect(second?["result"] == .null)
    server.notify("exit", [:])
    #expect(server.process.waitForExit(timeout: 20) == 0)
  }
}
