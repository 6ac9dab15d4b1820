import Base
import JSONRPC

/// How many samples to take.
struct BenchmarkSettings {
  /// Round trips for hover and definition (enough for a meaningful p99).
  var samples = 2_000
  /// Round trips for references, workspace/symbol and completion.
  var slowSamples = 300
  var pipelined = 1_000
  /// Longest wait for the index to be ready.
  var indexTimeoutSeconds = 1_800.0
}

/// Times one `dossier lsp --corpus DIR` over its real stdio protocol.
struct ServerBenchmark {
  let server: String
  let settings: BenchmarkSettings
  let reportURI = "file:///tmp/dossier-bench/report.md"
  let largeReportURI = "file:///tmp/dossier-bench/report-1mb.md"

  /// The requests timed at mention positions, with the capability that advertises each.
  static let methods = [
    ("textDocument/hover", "hoverProvider"),
    ("textDocument/definition", "definitionProvider"),
    ("textDocument/references", "referencesProvider"),
    ("workspace/symbol", "workspaceSymbolProvider"),
    ("textDocument/completion", "completionProvider"),
  ]

  static let initializeParams: JSONValue = [
    "processId": .int(Int(getpid())), "rootUri": .null,
    "clientInfo": ["name": "dossier-bench"],
    // The diagnostics target counts from when the debounce fires: with no delay, didChange →
    // publishDiagnostics is the computation alone (the server's default delay is 200 ms).
    "initializationOptions": ["diagnostics": ["delayMilliseconds": 0]],
    "capabilities": [
      "general": ["positionEncodings": ["utf-16"]],
      "window": ["workDoneProgress": true],
      "workspace": ["symbol": ["dynamicRegistration": false]],
      "textDocument": [
        "hover": ["contentFormat": ["markdown", "plaintext"]],
        "publishDiagnostics": ["versionSupport": true],
        "synchronization": ["didSave": true],
        "completion": ["completionItem": ["snippetSupport": false]],
      ],
    ],
  ]

  func run(label: String, corpus: String) -> CorpusResult {
    var result = CorpusResult(label: label)
    let files = CorpusFiles(root: corpus)
    result.files = files.paths.count
    _ = files.readAll()  // Warm the page cache, as the server would find it.
    let read = files.readAll()
    result.corpusBytes = read.bytes
    result.catNanoseconds = read.nanoseconds
    let report = Report(from: files.sample(12), targetBytes: 24_000)
    result.reportMentions = report.mentions.count
    // A fresh index cache folder: the first start builds and writes it, the second start
    // (timed on its own) is restored from it. The user's own cache is never touched.
    let cacheFolder = CacheFolder()
    defer { cacheFolder.remove() }
    let arguments = [
      "lsp", "--corpus", corpus, "--log-level", "info", "--cache-dir", cacheFolder.path,
    ]
    do {
      let channel = try BenchChannel(executable: server, arguments: arguments)
      do {
        try measure(channel, report: report, files: files, into: &result)
      } catch {
        result.failure = "\(error)"
      }
      result.peakResidentBytes = channel.peakResidentBytes()
      channel.close()
      // The server's own account of where indexing time went.
      result.serverSummary = channel.logText.split(separator: "\n").last {
        $0.contains("Indexed ")
      }.map(String.init)
    } catch {
      result.failure = "\(error)"
    }
    if result.failure == nil {
      measureCachedStart(arguments: arguments, report: report, into: &result)
    }
    return result
  }

  /// A second start on the same corpus and cache folder: start → index ready, restored from
  /// the index cache the first start wrote.
  private func measureCachedStart(
    arguments: [String], report: Report, into result: inout CorpusResult
  ) {
    var cached = CachedStart()
    do {
      let channel = try BenchChannel(executable: server, arguments: arguments)
      do {
        let id = try channel.sendRequest("initialize", Self.initializeParams)
        let initialized = try channel.response(to: id, timeout: 60).at
        cached.initializeNanoseconds = initialized - channel.startedAt
        try channel.notify("initialized", [:])
        let hover = try openReportAndHover(channel, report)
        var ready = CorpusResult(label: result.label)
        try waitForIndex(channel, into: &ready)
        cached.firstAnswer = try firstAnswer(channel, hover, report, since: initialized)
        cached.readyNanoseconds = ready.readyNanoseconds
        cached.readyVia = ready.readyVia
        cached.cpuAtReadyNanoseconds = ready.cpuAtReadyNanoseconds
        cached.documentsIndexed = ready.documentsIndexed
        cached.failure = ready.failure
        let status = try channel.call("dossier/status", .null)
        cached.cacheState = status.message["result"]?["cache"]?.stringValue
      } catch {
        cached.failure = "\(error)"
      }
      cached.peakResidentBytes = channel.peakResidentBytes()
      channel.close()
      cached.serverSummary = channel.logText.split(separator: "\n").last {
        $0.contains("Indexed ")
      }.map(String.init)
    } catch {
      cached.failure = "\(error)"
    }
    if cached.failure == nil, cached.documentsIndexed != result.documentsIndexed {
      cached.failure =
        "\(cached.documentsIndexed ?? 0) documents, the first start had \(result.documentsIndexed ?? 0)"
    }
    if let failure = cached.failure { result.failure = "second (cached) start: \(failure)" }
    result.cachedStart = cached
  }

  /// Waits until the first start's cache write is over (so that request timings do not share
  /// the cores with it and the second start finds it); notes how long that took after ready.
  private func waitForCacheWrite(_ channel: BenchChannel, into result: inout CorpusResult) throws {
    let started = Clocks.monotonicNanoseconds()
    while true {
      let status = try channel.call("dossier/status", .null)
      let state = status.message["result"]?["cache"]?.stringValue ?? "none"
      if state != "writing" || Clocks.monotonicNanoseconds() - started > 600_000_000_000 {
        result.cacheState = state
        let sinceStart = Clocks.monotonicNanoseconds() - channel.startedAt
        result.cacheWrittenNanoseconds = sinceStart - min(sinceStart, result.readyNanoseconds ?? 0)
        return
      }
      usleep(10_000)
    }
  }

  /// Waits until the server's background work after indexing (the quotation index, hover
  /// cards) is over, so request timings measure the requests, not the cores they share with
  /// it; notes how long after ready that was.
  private func waitForWarmUp(_ channel: BenchChannel, into result: inout CorpusResult) throws {
    let started = Clocks.monotonicNanoseconds()
    while true {
      let status = try channel.call("dossier/status", .null)
      let state = status.message["result"]?["warmUp"]?.stringValue ?? "n/a"
      if state != "running" || Clocks.monotonicNanoseconds() - started > 600_000_000_000 {
        let sinceStart = Clocks.monotonicNanoseconds() - channel.startedAt
        result.warmUpDoneNanoseconds = sinceStart - min(sinceStart, result.readyNanoseconds ?? 0)
        return
      }
      usleep(10_000)
    }
  }

  private func measure(
    _ channel: BenchChannel, report: Report, files: CorpusFiles, into result: inout CorpusResult
  ) throws {
    let initializeID = try channel.sendRequest("initialize", Self.initializeParams)
    let initialized = try channel.response(to: initializeID, timeout: 60)
    result.initializeNanoseconds = initialized.at - channel.startedAt
    let capabilities = initialized.message["result"]?["capabilities"] ?? .object([:])
    try channel.notify("initialized", [:])

    // The server must answer from the moment initialize returns.
    let status = try channel.call("dossier/status", .null)
    result.firstRequestNanoseconds = status.nanoseconds
    result.firstRequestState = status.message["result"]?["state"]?.stringValue ?? "n/a"

    let hover = try openReportAndHover(channel, report)
    try waitForIndex(channel, into: &result)
    result.firstAnswer = try firstAnswer(channel, hover, report, since: initialized.at)
    try waitForCacheWrite(channel, into: &result)
    try waitForWarmUp(channel, into: &result)
    guard !report.mentions.isEmpty else {
      result.failure = "the report has no mentions to ask about"
      return
    }

    // Warm-up: first touches of code and data are not what a user sees on the next hover.
    for index in 0..<20 { _ = try channel.call("textDocument/hover", hoverParams(report, index)) }

    for (method, capability) in Self.methods {
      result.requests[method] = try time(
        method, capability: capabilities[capability], channel, report, into: &result)
    }
    try timeMostMentioned(channel, report, into: &result)
    try timePipeline(channel, report, into: &result)
    try timeDiagnostics(channel, report, files: files, into: &result)
  }

  /// Opens the report and asks for a hover on its first mention at once, as an editor that
  /// restores a session with the cursor on a name does; returns the hover's id.
  private func openReportAndHover(_ channel: BenchChannel, _ report: Report) throws -> Int? {
    try channel.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(reportURI), "languageId": "markdown", "version": 1,
          "text": .string(report.text),
        ]
      ])
    guard !report.mentions.isEmpty else { return nil }
    return try channel.sendRequest("textDocument/hover", hoverParams(report, 0))
  }

  /// The answer to the first hover: how long after `initialize` was answered it came (it waits
  /// for the first index), and whether it is what the same hover answers now that the index is
  /// ready (called once it is).
  private func firstAnswer(
    _ channel: BenchChannel, _ id: Int?, _ report: Report, since initialized: UInt64
  ) throws -> FirstAnswer? {
    guard let id else { return nil }
    let answer = try channel.response(to: id, timeout: settings.indexTimeoutSeconds)
    let again = try channel.call("textDocument/hover", hoverParams(report, 0))
    return FirstAnswer(
      nanoseconds: answer.at - min(answer.at, initialized),
      asOnceReady: answer.message["result"] == again.message["result"])
  }

  // MARK: - Index

  private func waitForIndex(_ channel: BenchChannel, into result: inout CorpusResult) throws {
    let deadline = Clocks.monotonicNanoseconds() + UInt64(settings.indexTimeoutSeconds * 1e9)
    var seen = 0
    var lastStatusPoll = Clocks.monotonicNanoseconds()
    while Clocks.monotonicNanoseconds() < deadline {
      if let found = try channel.waitForNotification(
        from: seen, timeout: 0.05, where: Self.isProgress)
      {
        seen = found + 1
        let value = channel.notifications[found].message["params"]?["value"]
        if let percentage = value?["percentage"]?.intValue {
          result.progressPercentages.append(percentage)
        }
        if value?["kind"]?.stringValue == "report" { result.progressReports += 1 }
        recordStage(
          value?["message"]?.stringValue, at: channel.notifications[found].at,
          since: channel.startedAt, into: &result)
        if value?["kind"]?.stringValue == "end" {
          result.readyNanoseconds = channel.notifications[found].at - channel.startedAt
          result.readyVia = "progress end"
          result.cpuAtReadyNanoseconds = channel.cpuNanoseconds()
          break
        }
        continue
      }
      seen = channel.notifications.count
      // Without progress, poll the status a few times a second.
      if Clocks.monotonicNanoseconds() - lastStatusPoll > 250_000_000 {
        lastStatusPoll = Clocks.monotonicNanoseconds()
        let status = try channel.call("dossier/status", .null)
        if let state = status.message["result"]?["state"]?.stringValue, state != "indexing" {
          result.readyNanoseconds = lastStatusPoll - channel.startedAt
          result.readyVia = "dossier/status"
          result.cpuAtReadyNanoseconds = channel.cpuNanoseconds()
          break
        }
      }
    }
    let status = try channel.call("dossier/status", .null)
    result.documentsIndexed = status.message["result"]?["documents"]?.intValue
    if let state = status.message["result"]?["state"]?.stringValue, state != "ready" {
      result.failure = "index state after waiting: \(state)"
    }
  }

  /// Notes each progress message (digits dropped) with its time since start.
  private func recordStage(
    _ message: String?, at time: UInt64, since start: UInt64, into result: inout CorpusResult
  ) {
    guard let message else { return }
    let name = String(
      String.UnicodeScalarView(message.unicodeScalars.filter { !("0"..."9").contains($0) })
    ).split(separator: " ").joined(separator: " ")
    result.stageMarks.append((name, time - start))
  }

  static func isProgress(_ message: JSONValue) -> Bool {
    message["method"]?.stringValue == "$/progress"
  }

  // MARK: - Requests at mentions

  /// A mention chosen by a fixed stride, so runs ask about the same words.
  func mention(_ report: Report, _ index: Int) -> Report.Mention {
    report.mentions[(index &* 7919) % report.mentions.count]
  }

  func hoverParams(_ report: Report, _ index: Int) -> JSONValue {
    let found = mention(report, index)
    return position(found, column: found.utf16Column + found.utf16Length / 2)
  }

  func position(_ mention: Report.Mention, column: Int) -> JSONValue {
    [
      "textDocument": ["uri": .string(reportURI)],
      "position": ["line": .int(mention.line), "character": .int(column)],
    ]
  }

  func params(_ method: String, _ report: Report, _ index: Int) -> JSONValue {
    let found = mention(report, index)
    switch method {
    case "workspace/symbol":
      return ["query": .string(found.word)]
    case "textDocument/completion":
      var params = position(found, column: found.utf16Column + min(3, found.utf16Length))
      if case .object(var members) = params {
        members["context"] = ["triggerKind": 1]
        params = .object(members)
      }
      return params
    case "textDocument/references":
      var params = hoverParams(report, index)
      if case .object(var members) = params {
        members["context"] = ["includeDeclaration": true]
        params = .object(members)
      }
      return params
    default:
      return hoverParams(report, index)
    }
  }

  /// Times `method` at mention positions; nil when the server does not offer it.
  private func time(
    _ method: String, capability: JSONValue?, _ channel: BenchChannel, _ report: Report,
    into result: inout CorpusResult
  ) throws -> Samples? {
    guard let capability, capability != .bool(false) else { return nil }
    let count =
      method == "textDocument/hover" || method == "textDocument/definition"
      ? settings.samples : settings.slowSamples
    var samples = Samples()
    for index in 0..<count {
      let answer = try channel.call(method, params(method, report, index))
      if index == 0, isMethodNotFound(answer.message) { return nil }
      samples.add(answer.nanoseconds, hit: isHit(answer.message))
      if method == "textDocument/references" {
        let locations = answer.message["result"]?.arrayValue?.count ?? 0
        if locations > (result.mostMentioned?.locations ?? 0) {
          result.mostMentioned = (mention(report, index).word, locations, index, Samples())
        }
      }
    }
    return samples
  }

  // MARK: - References on the most mentioned entity

  private func timeMostMentioned(
    _ channel: BenchChannel, _ report: Report, into result: inout CorpusResult
  ) throws {
    guard var most = result.mostMentioned else { return }
    for _ in 0..<20 {
      let answer = try channel.call(
        "textDocument/references", params("textDocument/references", report, most.index))
      most.samples.add(answer.nanoseconds, hit: isHit(answer.message))
    }
    result.mostMentioned = most
  }

  // MARK: - Pipelined hovers

  private func timePipeline(
    _ channel: BenchChannel, _ report: Report, into result: inout CorpusResult
  ) throws {
    guard result.requests["textDocument/hover"] != nil else { return }
    let batch = channel.frames(count: settings.pipelined, "textDocument/hover") {
      hoverParams(report, $0)
    }
    let started = Clocks.monotonicNanoseconds()
    try channel.sendRaw(batch.bytes)
    var last = started
    for id in batch.ids { last = max(last, try channel.response(to: id, timeout: 120).at) }
    result.pipelinedNanoseconds = last - started
    result.pipelinedCount = settings.pipelined
  }

  // MARK: - Diagnostics on a 1 MB report

  private func timeDiagnostics(
    _ channel: BenchChannel, _ report: Report, files: CorpusFiles, into result: inout CorpusResult
  ) throws {
    let publishes = { (uri: String) in
      { (message: JSONValue) -> Bool in
        message["method"]?.stringValue == "textDocument/publishDiagnostics"
          && message["params"]?["uri"]?.stringValue == uri
      }
    }
    // A server that published nothing for the small report in all this time has no diagnostics.
    guard channel.notifications.contains(where: { publishes(reportURI)($0.message) }) else {
      result.diagnosticsNote = "no diagnostics published"
      return
    }
    let large = Report(from: files.sample(40), targetBytes: 1 << 20)
    let opened = Clocks.monotonicNanoseconds()
    var seen = channel.notifications.count
    try channel.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(largeReportURI), "languageId": "markdown", "version": 1,
          "text": .string(large.text),
        ]
      ])
    guard
      let first = try channel.waitForNotification(
        from: seen, timeout: 120, where: publishes(largeReportURI))
    else {
      result.diagnosticsNote = "no diagnostics for the 1 MB report within 120 s"
      return
    }
    result.diagnosticsNote =
      "first after didOpen: \(format(Double(channel.notifications[first].at - opened) / 1e6, 1)) ms"
    seen = first + 1
    let middleLine = large.text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } / 2
    var samples = Samples()
    for version in 2...6 {
      let sent = Clocks.monotonicNanoseconds()
      try channel.notify(
        "textDocument/didChange",
        [
          "textDocument": ["uri": .string(largeReportURI), "version": .int(version)],
          "contentChanges": [
            [
              "range": [
                "start": ["line": .int(middleLine), "character": 0],
                "end": ["line": .int(middleLine), "character": 0],
              ],
              "text": "“We will settle this step by step,” the minister said.\n",
            ]
          ],
        ])
      let matching = { (message: JSONValue) -> Bool in
        guard publishes(largeReportURI)(message) else { return false }
        let published = message["params"]?["version"]?.intValue
        return published == nil || published == version
      }
      guard let found = try channel.waitForNotification(from: seen, timeout: 60, where: matching)
      else {
        result.diagnosticsNote += "; no diagnostics for version \(version) within 60 s"
        break
      }
      seen = found + 1
      samples.add(channel.notifications[found].at - sent, hit: true)
    }
    result.diagnostics = samples
  }
}

/// Times the echo responder: the floor of a round trip over the same pipes and framing.
struct EchoBenchmark {
  let executable: String
  let settings: BenchmarkSettings

  func run() throws -> EchoResult {
    var result = EchoResult()
    let channel = try BenchChannel(executable: executable, arguments: ["echo"])
    defer { channel.close() }
    let id = try channel.sendRequest("initialize", ServerBenchmark.initializeParams)
    result.initializeNanoseconds = try channel.response(to: id, timeout: 30).at - channel.startedAt
    // Requests shaped like the server's hovers: same method, same params size.
    let params: JSONValue = [
      "textDocument": ["uri": "file:///tmp/dossier-bench/report.md"],
      "position": ["line": 123, "character": 45],
    ]
    for _ in 0..<20 { _ = try channel.call("textDocument/hover", params) }
    for _ in 0..<settings.samples {
      let answer = try channel.call("textDocument/hover", params)
      result.roundTrip.add(answer.nanoseconds, hit: true)
    }
    let batch = channel.frames(count: settings.pipelined, "textDocument/hover") { _ in params }
    let started = Clocks.monotonicNanoseconds()
    try channel.sendRaw(batch.bytes)
    var last = started
    for id in batch.ids { last = max(last, try channel.response(to: id, timeout: 60).at) }
    result.pipelinedNanoseconds = last - started
    result.pipelinedCount = settings.pipelined
    return result
  }
}
