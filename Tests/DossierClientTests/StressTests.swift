import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Load with nothing lost: many pipelined requests of mixed methods, interleaved with edits of
/// the document they ask about and with cancellations, against the real server.
@Suite struct StressTests {
  static let uri = "file:///tmp/dossier-stress/report.md"
  /// Requests about a place in the report, with the capability that advertises each: the test
  /// sends those the server advertises, so it grows as features land. Hover is weighted three.
  static let candidates: [(method: String, capability: String)] = [
    ("textDocument/hover", "hoverProvider"), ("textDocument/hover", "hoverProvider"),
    ("textDocument/hover", "hoverProvider"),
    ("textDocument/documentHighlight", "documentHighlightProvider"),
    ("textDocument/definition", "definitionProvider"),
    ("textDocument/references", "referencesProvider"),
    ("textDocument/documentSymbol", "documentSymbolProvider"),
    ("textDocument/semanticTokens/full", "semanticTokensProvider"),
    ("textDocument/completion", "completionProvider"),
    ("textDocument/inlayHint", "inlayHintProvider"),
    ("textDocument/codeAction", "codeActionProvider"),
    ("textDocument/diagnostic", "diagnosticProvider"),
    ("textDocument/foldingRange", "foldingRangeProvider"),
    ("dossier/lookup", "experimental.dossier/lookup"),
    ("dossier/status", "experimental.dossier/status"),
  ]

  /// The report as the client has it: `indent` spaces, then a name that is an entity of the
  /// seeds or a word that is not, then the same sentence every time.
  struct Report {
    var indent = 0
    var named = true
    var word: String { named ? "Lavrov" : "nobody" }
    var firstLine: String { String(repeating: " ", count: indent) + word + " spoke in Tokyo." }
    var text: String { firstLine + "\nSecond line, unchanged.\n" }
  }

  /// 10,000 requests (hover and every other request the server advertises) written in one go, with a didChange after every fifth (full or incremental) and
  /// `$/cancelRequest` for a random tenth. Every request gets exactly one response with its own
  /// id, a result or -32800; every hover that was answered describes the text as it was when
  /// the hover was sent.
  @Test func tenThousandPipelinedRequestsWithEditsAndCancelsLoseNothing() throws {
    let requestCount = 10_000
    var random = SplitMix64(seed: 2026)
    var report = Report()
    var version = 1
    // Hovers answer from the index current when they run; the test asks of the full one.
    let server = try TestServer(corpus: repositoryRoot + "/seeds")
    let capabilities = try #require(server.initialize()?["capabilities"])
    let methods = Self.candidates.filter { candidate in
      let path = candidate.capability.split(separator: ".", maxSplits: 1).map(String.init)
      let value = path.count == 2 ? capabilities[path[0]]?[path[1]] : capabilities[path[0]]
      return value != nil && value != false
    }.map(\.method)
    #expect(methods.filter { $0 == "textDocument/hover" }.count == 3)
    let canReindex =
      capabilities["executeCommandProvider"]?["commands"]?.arrayValue?.contains("dossier.reindex")
      == true
    #expect(server.waitUntilIndexed()?["state"] == "ready")
    var stream = MessageChannel.frame([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": [
          "uri": .string(Self.uri), "languageId": "markdown", "version": 1,
          "text": .string(report.text),
        ]
      ],
    ])
    /// What each hover must answer: the name's range on line 0, or nil for no hover.
    var expectedHover: [Int: Range<Int>?] = [:]
    var cancelled = Set<Int>()
    var pendingCancels: [Int] = []
    var reindexRequests: [Int] = []
    for id in 1...requestCount {
      // Every 1,000th asks for a re-index of the same corpus: requests meanwhile must answer
      // from the previous index, so the hovers stay as exact as before.
      let reindex = id % 1_000 == 500 && canReindex
      let method = reindex ? "workspace/executeCommand" : methods[random.below(methods.count)]
      let column = report.indent + random.below(6)
      var params: JSONValue = [
        "textDocument": ["uri": .string(Self.uri)],
        "position": ["line": 0, "character": .int(column)],
        "context": ["includeDeclaration": true, "diagnostics": [], "triggerKind": 1],
        "range": [
          "start": ["line": 0, "character": 0], "end": ["line": 1, "character": 0],
        ],
      ]
      if method == "dossier/lookup" { params = ["query": "Lav", "limit": 3] }
      if method == "dossier/status" { params = [:] }
      if reindex {
        params = ["command": "dossier.reindex", "arguments": []]
        reindexRequests.append(id)
      }
      if method == "textDocument/hover" {
        expectedHover[id] = report.named ? report.indent..<(report.indent + 6) : nil
      }
      stream += MessageChannel.frame([
        "jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params,
      ])
      // A tenth are cancelled: most at once, some a few messages later.
      if random.below(10) == 0 {
        cancelled.insert(id)
        pendingCancels.append(id)
      }
      if !pendingCancels.isEmpty, random.below(3) == 0 {
        for target in pendingCancels {
          stream += MessageChannel.frame([
            "jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": .int(target)],
          ])
        }
        pendingCancels.removeAll()
      }
      if id % 5 == 0 {
        let before = report
        report.indent = random.below(6)
        report.named = random.below(2) == 0
        version += 1
        let change: JSONValue
        if random.below(2) == 0 {
          change = ["text": .string(report.text)]
        } else {
          // Replace the first line only, leaving its line ending and the rest in place.
          change = [
            "range": [
              "start": ["line": 0, "character": 0],
              "end": ["line": 0, "character": .int(before.firstLine.utf16.count)],
            ],
            "text": .string(report.firstLine),
          ]
        }
        stream += MessageChannel.frame([
          "jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": [
            "textDocument": ["uri": .string(Self.uri), "version": .int(version)],
            "contentChanges": [change],
          ],
        ])
      }
    }
    stream += MessageChannel.frame(["jsonrpc": "2.0", "id": "bye", "method": "shutdown"])
    stream += MessageChannel.frame(["jsonrpc": "2.0", "method": "exit"])

    let channel = server.channel
    let started = ContinuousClock.now
    #expect(channel.sendRaw(stream))
    var answers: [Int: [JSONValue]] = [:]
    var stray: [JSONValue] = []
    let deadline = Deadline(seconds: 300)
    while !deadline.hasPassed,
      let message = channel.receive(timeout: Double(deadline.remainingMilliseconds) / 1000)
    {
      if let id = message["id"], message["method"] != nil {
        channel.send(["jsonrpc": "2.0", "id": id, "result": .null])
      } else if message["method"] != nil {
        continue
      } else if case .int(let id)? = message["id"] {
        answers[id, default: []].append(message)
      } else if message["id"] != "bye" {
        stray.append(message)
      }
    }
    let elapsed = ContinuousClock.now - started
    #expect(server.process.waitForExit(timeout: 10) == 0)
    #expect(stray.isEmpty, "responses with no request's id: \(stray.prefix(3))")
    let missing = (1...requestCount).filter { answers[$0] == nil }
    let twice = answers.filter { $0.value.count > 1 }.keys.sorted()
    let noneMissing = missing.isEmpty
    let noneTwice = twice.isEmpty
    #expect(noneMissing, "\(missing.count) requests never answered, first \(missing.prefix(5))")
    #expect(noneTwice, "\(twice.count) requests answered twice, first \(twice.prefix(5))")
    var cancelledAnswers = 0
    var wrongHovers: [String] = []
    for (id, replies) in answers {
      guard let reply = replies.first else { continue }
      if let error = reply["error"] {
        #expect(error["code"] == -32800, "request \(id) failed: \(error)")
        #expect(cancelled.contains(id), "request \(id) was answered -32800 but never cancelled")
        cancelledAnswers += 1
        continue
      }
      guard let expected = expectedHover[id] else { continue }
      let result = reply["result"]
      let actual: Range<Int>? = result?["range"].flatMap { range in
        guard range["start"]?["line"] == 0, range["end"]?["line"] == 0,
          let start = range["start"]?["character"]?.intValue,
          let end = range["end"]?["character"]?.intValue
        else { return nil }
        return start..<end
      }
      if actual != expected || (expected == nil && result != .null) {
        wrongHovers.append(
          "hover \(id): expected \(String(describing: expected)), got \(result ?? .null)")
      }
    }
    // Each re-index was accepted (answered null at once), unless cancelled first.
    for id in reindexRequests {
      let reply = answers[id]?.first
      #expect(reply?["result"] == .null || reply?["error"]?["code"] == -32800)
    }
    let everyHoverCurrent = wrongHovers.isEmpty
    #expect(everyHoverCurrent, "\(wrongHovers.count) stale hovers: \(wrongHovers.prefix(3))")
    // Some cancellations must have arrived in time, or this test would not test them.
    #expect(cancelledAnswers > 0)
    print(
      "stress: \(requestCount) requests, \(version - 1) changes, \(cancelled.count) cancels "
        + "(\(cancelledAnswers) answered -32800), \(expectedHover.count) hovers checked, "
        + "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000) ms; "
        + "methods: \(Set(methods).sorted().joined(separator: ", "))"
        + (canReindex ? ", and dossier.reindex every 1,000" : ""))
  }
}
