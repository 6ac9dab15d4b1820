import Base
import JSONRPC

/// Plays a transcript against a fresh `dossier lsp` and reports every difference.
public struct TranscriptReplayer {
  /// The `dossier` executable to spawn as `dossier lsp`.
  public var executable: String
  /// The corpus when the transcript names none (nil: the server's own default, the seeds).
  public var defaultCorpus: String?
  public var version: String
  /// How long to wait for each group of expected messages.
  public var timeoutSeconds: Double = 20

  public init(executable: String, defaultCorpus: String?, version: String) {
    self.executable = executable
    self.defaultCorpus = defaultCorpus
    self.version = version
  }

  public struct Outcome {
    public var passed: Bool
    /// What differed, readable; empty when the transcript passed.
    public var report: String
    /// The transcript with mismatching expectations replaced by what the server sent.
    public var updatedText: String
  }

  public func replay(_ transcript: Transcript) -> Outcome {
    let folder = parentFolder(of: transcript.path)
    let corpus = (transcript.corpus.map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 } ?? defaultCorpus)
      .map { normalize($0.hasPrefix("/") ? $0 : workingDirectory() + "/" + $0) }
    var arguments = ["lsp"]
    if let corpus { arguments += ["--corpus", corpus] }
    arguments += transcript.arguments
    let process: ServerProcess
    do {
      process = try ServerProcess(executable: executable, arguments: arguments)
    } catch {
      return Outcome(passed: false, report: "\(error)", updatedText: transcript.text)
    }
    let channel = MessageChannel(process: process)
    var placeholders: [(String, String)] = [("${VERSION}", version)]
    if let corpus {
      // The URI first: it contains the path.
      placeholders.insert(("${CORPUS_URI}", fileURI(corpus)), at: 0)
      placeholders.append(("${CORPUS}", corpus))
    }
    var session = ReplaySession(
      channel: channel, placeholders: placeholders, timeoutSeconds: timeoutSeconds,
      transcript: transcript)
    session.run()
    if !session.sawExitExpectation { process.terminate() }
    channel.drainLog(timeout: 0.2)
    var report = session.failures.joined(separator: "\n\n")
    if !session.failures.isEmpty, !channel.serverLog.isEmpty {
      report += "\n\n--- server log (stderr) ---\n" + channel.serverLogText
    }
    return Outcome(
      passed: session.failures.isEmpty, report: report, updatedText: session.updatedText())
  }

  func workingDirectory() -> String {
    guard let cwd = getcwd(nil, 0) else { return "/" }
    defer { free(cwd) }
    return String(cString: cwd)
  }

  func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }

  func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", !parts.isEmpty, parts.last != ".." {
        parts.removeLast()
        continue
      }
      parts.append(part)
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }
}

/// `file://` plus the percent-encoded path, as the server spells corpus URIs.
func fileURI(_ path: String) -> String {
  var encoded = "file://"
  for byte in path.utf8 {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
      encoded.unicodeScalars.append(Unicode.Scalar(byte))
    default:
      let digits = Array("0123456789ABCDEF")
      encoded += "%" + String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
  }
  return encoded
}

/// The state of one replay: expectations still open, messages not yet claimed.
private struct ReplaySession {
  let channel: MessageChannel
  let placeholders: [(String, String)]
  let timeoutSeconds: Double
  let transcript: Transcript
  var failures: [String] = []
  /// Messages received but claimed by no expectation yet (a later group may claim them).
  var backlog: [JSONValue] = []
  /// Replacement lines for expectations that did not match, by entry index.
  var replacements: [Int: String] = [:]
  var sawExitExpectation = false

  init(
    channel: MessageChannel, placeholders: [(String, String)], timeoutSeconds: Double,
    transcript: Transcript
  ) {
    self.channel = channel
    self.placeholders = placeholders
    self.timeoutSeconds = timeoutSeconds
    self.transcript = transcript
  }

  mutating func run() {
    var index = 0
    let entries = transcript.entries
    while index < entries.count {
      var outgoing: [UInt8] = []
      var close = false
      while index < entries.count {
        switch entries[index].step {
        case .send(let message):
          outgoing += MessageChannel.frame(JSONComparison.substitute(placeholders, in: message))
        case .sendRaw(let bytes): outgoing += bytes
        case .closeInput: close = true
        default: break
        }
        if case .expect = entries[index].step { break }
        if case .expectExit = entries[index].step { break }
        index += 1
        if close { break }
      }
      if !outgoing.isEmpty, !channel.sendRaw(outgoing) {
        failures.append(
          "\(location(index - 1)): the server closed its input before the message was sent")
      }
      if close { channel.process.closeInput() }
      var group: [Int] = []
      while index < entries.count {
        if case .expect = entries[index].step {
          group.append(index)
        } else if case .expectExit = entries[index].step {
          group.append(index)
        } else {
          break
        }
        index += 1
      }
      awaitGroup(group)
    }
    for message in backlog where message["method"] == nil {
      failures.append("unexpected message from the server:\n" + PrettyJSON.format(message))
    }
  }

  func location(_ entry: Int) -> String {
    let line =
      entry >= 0 && entry < transcript.entries.count
      ? transcript.entries[entry].lines.lowerBound + 1 : 0
    return "\(transcript.path):\(line)"
  }

  /// Waits until every expectation of the group is met, or the time limit passes.
  mutating func awaitGroup(_ group: [Int]) {
    var open: [(entry: Int, expected: JSONValue, subset: Bool)] = []
    var exitEntry: (entry: Int, code: Int32)?
    for entry in group {
      switch transcript.entries[entry].step {
      case .expect(let json, let subset):
        open.append((entry, JSONComparison.substitute(placeholders, in: json), subset))
      case .expectExit(let code): exitEntry = (entry, code)
      default: break
      }
    }
    // Earlier leftovers first: they arrived before anything still to come.
    var unclaimed: [JSONValue] = []
    for message in backlog {
      if let position = open.firstIndex(where: {
        JSONComparison.matches(expected: $0.expected, actual: message, subset: $0.subset)
      }) {
        open.remove(at: position)
      } else {
        unclaimed.append(message)
      }
    }
    backlog = unclaimed
    let deadline = Deadline(seconds: timeoutSeconds)
    while !open.isEmpty, !deadline.hasPassed {
      guard let message = channel.receive(timeout: Double(deadline.remainingMilliseconds) / 1000)
      else { break }
      if let id = message["id"], message["method"] != nil {
        channel.send(["jsonrpc": "2.0", "id": id, "result": .null])
      }
      if let position = open.firstIndex(where: {
        JSONComparison.matches(expected: $0.expected, actual: message, subset: $0.subset)
      }) {
        open.remove(at: position)
      } else {
        backlog.append(message)
      }
    }
    for expectation in open {
      report(expectation.entry, expected: expectation.expected, subset: expectation.subset)
    }
    if let exitEntry {
      sawExitExpectation = true
      let status = channel.process.waitForExit(timeout: timeoutSeconds)
      // Whatever the server said before exiting goes to the backlog.
      while let message = channel.receive(timeout: 0.2) { backlog.append(message) }
      if status != exitEntry.code {
        let actual =
          status.map { "exited with status \($0)" }
          ?? "was still running after \(Int(timeoutSeconds)) s"
        failures.append(
          "\(location(exitEntry.entry)): expected the server to exit with status \(exitEntry.code); it \(actual)"
        )
        if let status { replacements[exitEntry.entry] = "<-- exit \(status)" }
      }
    }
  }

  /// Explains an unmet expectation, against the closest message received.
  mutating func report(_ entry: Int, expected: JSONValue, subset: Bool) {
    let isResponse: (JSONValue) -> Bool = { $0["method"] == nil && $0.objectValue != nil }
    let candidate: Int?
    if let id = expected["id"], expected["method"] == nil {
      candidate =
        backlog.firstIndex { isResponse($0) && $0["id"] == id }
        ?? backlog.firstIndex(where: isResponse)
    } else if let method = expected["method"] {
      candidate = backlog.firstIndex { $0["method"] == method }
    } else if expected.arrayValue != nil {
      candidate = backlog.firstIndex { $0.arrayValue != nil }
    } else {
      candidate = nil
    }
    var text =
      "\(location(entry)): expected\(subset ? " (subset)" : "")\n" + PrettyJSON.format(expected)
    if let candidate {
      let actual = backlog.remove(at: candidate)
      text +=
        "\n\ngot (- expected, + actual):\n"
        + LineDiff.diff(expected: PrettyJSON.format(expected), actual: PrettyJSON.format(actual))
      let marker = subset ? "<~~" : "<--"
      replacements[entry] = marker + " " + unsubstitute(actual).description
    } else if backlog.isEmpty {
      text +=
        "\n\nbut nothing else came from the server\(channel.reachedEndOfOutput ? " (it closed its output)" : "")."
    } else {
      // Log notifications are noise here; show what could have been the answer.
      let shown = backlog.filter {
        $0["method"] != "window/logMessage" && $0["method"] != "$/progress"
      }
      text +=
        "\n\nmessages received that matched nothing"
        + (shown.count < backlog.count
          ? " (besides \(backlog.count - shown.count) log and progress notifications)" : "")
        + ":\n" + shown.map { PrettyJSON.format($0) }.joined(separator: "\n")
    }
    failures.append(text)
  }

  /// Puts placeholders back into a value the server sent, for `--update`.
  func unsubstitute(_ value: JSONValue) -> JSONValue {
    JSONComparison.substitute(placeholders.map { ($0.1, $0.0) }, in: value)
  }

  func updatedText() -> String {
    guard !replacements.isEmpty else { return transcript.text }
    var lines = transcript.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    for (entry, replacement) in replacements.sorted(by: { $0.key > $1.key }) {
      let range = transcript.entries[entry].lines
      lines.replaceSubrange(range, with: [replacement])
    }
    return lines.joined(separator: "\n")
  }
}
