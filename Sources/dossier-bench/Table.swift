/// The printed table: one row per measure, a column for the echo floor and one per corpus,
/// each figure with its target from issue 6 when one applies to that corpus (✓ met, ✗ missed).
struct Table {
  let echo: EchoResult?
  let results: [CorpusResult]

  /// Which targets apply: the shipped seeds, ~10,000 articles, or ~100,000 articles.
  enum Scale {
    case seeds, tenThousand, hundredThousand, other

    init(_ result: CorpusResult) {
      if result.label == "seeds" {
        self = .seeds
      } else if result.files >= 100_000 {
        self = .hundredThousand
      } else if result.files >= 10_000 {
        self = .tenThousand
      } else {
        self = .other
      }
    }
  }

  struct Row {
    let measure: String
    let target: String
    let echo: String
    let cells: [String]
  }

  func rows() -> [Row] {
    let echoP99 = echo?.roundTrip.p99
    var rows: [Row] = []
    func row(_ measure: String, target: String, echo: String = "", _ cell: (CorpusResult) -> String)
    {
      rows.append(Row(measure: measure, target: target, echo: echo, cells: results.map(cell)))
    }
    row("corpus", target: "") { r in
      "\(r.files) files, \(megabytes(r.corpusBytes))"
    }
    row("read all corpus files (`cat` floor)", target: "") { r in milliseconds(r.catNanoseconds) }
    row(
      "start → initialize answered", target: "seeds ≤ 50 ms",
      echo: echo.map { milliseconds($0.initializeNanoseconds) } ?? ""
    ) { r in
      guard let value = r.initializeNanoseconds else { return "—" }
      return milliseconds(value) + (Scale(r) == .seeds ? mark(Double(value) <= 50e6) : "")
    }
    row("first request after initialize (`dossier/status`)", target: "100k: answers at once") { r in
      guard let value = r.firstRequestNanoseconds else { return "—" }
      let text = "\(milliseconds(value)), \(r.firstRequestState ?? "?")"
      return text + (Scale(r) == .hundredThousand ? mark(Double(value) <= 100e6) : "")
    }
    row(
      "first answer after initialize (a hover sent with `didOpen`; first start / second start)",
      target: "as once ready, never from the empty index"
    ) { r in
      func text(_ answer: FirstAnswer?) -> String {
        guard let answer else { return "—" }
        return seconds(answer.nanoseconds) + (answer.asOnceReady ? "" : " (differs once ready)")
      }
      let both = [r.firstAnswer, r.cachedStart?.firstAnswer].compactMap { $0 }
      let right = !both.isEmpty && both.allSatisfy(\.asOnceReady)
      return "\(text(r.firstAnswer)) / \(text(r.cachedStart?.firstAnswer))" + mark(right)
    }
    row("start → index ready", target: "10k ≤ 2 s; 100k ≤ 20 s") { r in
      guard let value = r.readyNanoseconds else { return "—" }
      let cpu = r.cpuAtReadyNanoseconds.map { ", \(seconds($0)) CPU" } ?? ""
      let text = seconds(value) + cpu + " (\(r.readyVia))"
      switch Scale(r) {
      case .tenThousand: return text + mark(Double(value) <= 2e9)
      case .hundredThousand: return text + mark(Double(value) <= 20e9)
      default: return text
      }
    }
    row("index ready per document", target: "100k ≤ 1.5× 10k of the same mix") { r in
      guard let value = r.readyNanoseconds, r.files > 0 else { return "—" }
      let perDocument = Double(value) / Double(r.files)
      let text = format(perDocument / 1e3, 1) + " µs"
      guard Scale(r) == .hundredThousand, let small = tenThousand(sameMixAs: r),
        let smallValue = small.readyNanoseconds, small.files > 0
      else { return text }
      let ratio = perDocument / (Double(smallValue) / Double(small.files))
      return text + " (\(format(ratio, 2))× \(small.label))" + mark(ratio <= 1.5)
    }
    row("index cache written, after ready", target: "") { r in
      guard let state = r.cacheState else { return "—" }
      guard state == "written", let value = r.cacheWrittenNanoseconds else { return state }
      return seconds(value)
    }
    row("warm-up done (quotation index, hover cards), after ready", target: "") { r in
      r.warmUpDoneNanoseconds.map(seconds) ?? "—"
    }
    row("second start → index ready (from the index cache)", target: "100k ≤ 2 s") { r in
      guard let cached = r.cachedStart, let value = cached.readyNanoseconds else { return "—" }
      let cpu = cached.cpuAtReadyNanoseconds.map { ", \(seconds($0)) CPU" } ?? ""
      let text = seconds(value) + cpu + ", \(cached.cacheState ?? "?") (\(cached.readyVia))"
      return text + (Scale(r) == .hundredThousand ? mark(Double(value) <= 2e9) : "")
    }
    row("work-done progress while indexing", target: "100k: reported") { r in
      guard !r.progressPercentages.isEmpty else { return "none" }
      let text =
        "\(r.progressReports) reports, \(r.progressPercentages.first!)→\(r.progressPercentages.last!) %"
      return text + (Scale(r) == .hundredThousand ? mark(r.progressReports >= 2) : "")
    }
    let echoRoundTrip = echo.map { percentiles($0.roundTrip) } ?? ""
    row(
      "hover p50 / p99 (answers with content)", target: "seeds p99 ≤ 2× echo; 10k p99 ≤ 1 ms",
      echo: echoRoundTrip
    ) { r in
      requestCell(r, "textDocument/hover", echoP99: echoP99, tenThousandP99: 1e6)
    }
    row(
      "definition p50 / p99", target: "seeds p99 ≤ 2× echo", echo: echoRoundTrip
    ) { r in
      requestCell(r, "textDocument/definition", echoP99: echoP99, tenThousandP99: nil)
    }
    row("references p50 / p99", target: "") { r in
      requestCell(r, "textDocument/references", echoP99: nil, tenThousandP99: nil)
    }
    row("references on the most mentioned entity, p50 / max", target: "10k ≤ 20 ms (p50)") { r in
      guard let most = r.mostMentioned else {
        return r.requests["textDocument/references"] == nil ? "n/a" : "—"
      }
      let text =
        "\(milliseconds(most.samples.p50)) / \(milliseconds(most.samples.max)) (\(most.word): \(most.locations))"
      return text + (Scale(r) == .tenThousand ? mark((most.samples.p50 ?? .infinity) <= 20e6) : "")
    }
    row("workspace/symbol p50 / p99", target: "10k ≤ 5 ms (p50)") { r in
      guard let samples = r.requests["workspace/symbol"] else { return "n/a" }
      let text = percentiles(samples) + " (\(samples.hitPercent) %)"
      return text + (Scale(r) == .tenThousand ? mark((samples.p50 ?? .infinity) <= 5e6) : "")
    }
    row("completion p50 / p99", target: "") { r in
      requestCell(r, "textDocument/completion", echoP99: nil, tenThousandP99: nil)
    }
    row(
      "1,000 pipelined hovers: total (per second)", target: "",
      echo: echo.map { pipeline($0.pipelinedNanoseconds, $0.pipelinedCount) } ?? ""
    ) { r in
      guard let value = r.pipelinedNanoseconds else { return "n/a" }
      return pipeline(value, r.pipelinedCount)
    }
    row(
      "didChange → publishDiagnostics, 1 MB report, no debounce, p50 / max", target: "≤ 50 ms (p50)"
    ) { r in
      guard let samples = r.diagnostics, samples.count > 0 else {
        return r.diagnosticsNote.isEmpty ? "n/a" : "n/a (\(r.diagnosticsNote))"
      }
      return "\(milliseconds(samples.p50)) / \(milliseconds(samples.max))"
        + mark((samples.p50 ?? .infinity) <= 50e6)
    }
    row("peak RSS of the server (VmHWM)", target: "10k ≤ 6× corpus; 100k ≤ 4 GiB and ≤ 5× corpus") {
      r in
      guard let bytes = r.peakResidentBytes else { return "—" }
      let ratio = r.corpusBytes > 0 ? Double(bytes) / Double(r.corpusBytes) : 0
      let text = "\(megabytes(bytes)) (\(format(ratio, 1))× corpus)"
      switch Scale(r) {
      case .tenThousand: return text + mark(ratio <= 6)
      case .hundredThousand: return text + mark(bytes <= 4 << 30 && ratio <= 5)
      default: return text
      }
    }
    return rows
  }

  /// The corpus of about 10,000 articles whose label differs from `result`'s only in its
  /// digits ("10000" for "100000", "varied-10000" for "varied-100000"): the same mix, smaller.
  func tenThousand(sameMixAs result: CorpusResult) -> CorpusResult? {
    func mix(_ label: String) -> String { label.filter { !$0.isNumber } }
    return results.first { Scale($0) == .tenThousand && mix($0.label) == mix(result.label) }
  }

  func requestCell(
    _ r: CorpusResult, _ method: String, echoP99: Double?, tenThousandP99: Double?
  ) -> String {
    guard let samples = r.requests[method] else { return "n/a" }
    let text = percentiles(samples) + " (\(samples.hitPercent) %)"
    let p99 = samples.p99 ?? .infinity
    switch Scale(r) {
    case .seeds:
      if let echoP99 { return text + mark(p99 <= 2 * echoP99) }
    case .tenThousand:
      if let tenThousandP99 { return text + mark(p99 <= tenThousandP99) }
    default: break
    }
    return text
  }

  /// The table in Markdown.
  func render() -> String {
    let header =
      ["measure"] + (echo == nil ? [] : ["echo floor"]) + results.map(\.label) + ["target"]
    var lines = [header]
    for row in rows() {
      lines.append([row.measure] + (echo == nil ? [] : [row.echo]) + row.cells + [row.target])
    }
    var text = ""
    for (index, line) in lines.enumerated() {
      text += "| " + line.joined(separator: " | ") + " |\n"
      if index == 0 { text += "|" + String(repeating: " --- |", count: line.count) + "\n" }
    }
    text += "\n"
    for result in results {
      if let summary = result.serverSummary {
        text += "- \(result.label): server log: \(summary)\n"
      }
      if !result.stages.isEmpty {
        let stages = result.stages.map {
          "\($0.name.isEmpty ? "(before the first message)" : $0.name) \(seconds($0.nanoseconds))"
        }
        text +=
          "- \(result.label): indexing stages (wall): " + stages.joined(separator: "; ") + "\n"
      }
      if let summary = result.cachedStart?.serverSummary {
        text += "- \(result.label), second start: server log: \(summary)\n"
      }
      if let failure = result.failure { text += "- \(result.label): FAILED: \(failure)\n" }
    }
    return text
  }
}

// MARK: - Units

func milliseconds(_ nanoseconds: UInt64) -> String { milliseconds(Double(nanoseconds)) }

func milliseconds(_ nanoseconds: Double?) -> String {
  guard let nanoseconds else { return "—" }
  let value = nanoseconds / 1e6
  let decimals = value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0
  return format(value, decimals) + " ms"
}

func seconds(_ nanoseconds: UInt64) -> String { format(Double(nanoseconds) / 1e9, 2) + " s" }

func megabytes(_ bytes: Int) -> String { format(Double(bytes) / 1_048_576, 1) + " MiB" }

func percentiles(_ samples: Samples) -> String {
  "\(milliseconds(samples.p50)) / \(milliseconds(samples.p99))"
}

func pipeline(_ nanoseconds: UInt64, _ count: Int) -> String {
  let perSecond = nanoseconds > 0 ? Double(count) / (Double(nanoseconds) / 1e9) : 0
  return "\(milliseconds(nanoseconds)) (\(Int(perSecond.rounded()))/s)"
}

func mark(_ met: Bool) -> String { met ? " ✓" : " ✗" }
