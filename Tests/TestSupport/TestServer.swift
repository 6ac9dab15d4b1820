import Base
import DossierClient
import JSONRPC

/// A real `dossier lsp` for tests that build their messages in code (too large or too many
/// for a transcript): requests in, responses out, with time limits.
public final class TestServer {
  public let process: ServerProcess
  public let channel: MessageChannel
  /// Notifications and responses received while waiting for something else, in order.
  public private(set) var received: [JSONValue] = []

  public init(corpus: String, arguments: [String] = [], environment: [String: String] = [:]) throws
  {
    process = try ServerProcess(
      executable: dossierExecutable, arguments: ["lsp", "--corpus", corpus] + arguments,
      environment: environment)
    channel = MessageChannel(process: process)
  }

  /// A server that chooses its corpus itself (initializationOptions, the workspace's
  /// `.dossier.json`, the shipped seeds).
  public init(arguments: [String]) throws {
    process = try ServerProcess(executable: dossierExecutable, arguments: ["lsp"] + arguments)
    channel = MessageChannel(process: process)
  }

  /// `initialize` then `initialized`; returns the result of `initialize`.
  @discardableResult
  public func initialize(capabilities: JSONValue = [:]) -> JSONValue? {
    let reply = call("initialize", ["capabilities": capabilities])
    notify("initialized", [:])
    return reply?["result"]
  }

  public func notify(_ method: String, _ params: JSONValue) {
    channel.send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request and waits for the response with its id (nil on timeout).
  public func call(
    _ method: String, _ params: JSONValue? = nil, id: JSONValue = 1, timeout: Double = 60
  )
    -> JSONValue?
  {
    var message: [String: JSONValue] = ["jsonrpc": "2.0", "id": id, "method": .string(method)]
    if let params { message["params"] = params }
    channel.send(.object(message))
    return response(id: id, timeout: timeout)
  }

  /// Waits for the response with `id`; other messages are kept in `received`.
  public func response(id: JSONValue, timeout: Double = 60) -> JSONValue? {
    if let index = received.firstIndex(where: { $0["id"] == id && $0["method"] == nil }) {
      return received.remove(at: index)
    }
    return waitFor(timeout: timeout) { $0["id"] == id && $0["method"] == nil }
  }

  /// Waits for the first message that `matches`, keeping the others in `received`.
  public func waitFor(timeout: Double = 60, _ matches: (JSONValue) -> Bool) -> JSONValue? {
    if let index = received.firstIndex(where: matches) { return received.remove(at: index) }
    let deadline = Deadline(seconds: timeout)
    while !deadline.hasPassed {
      guard let message = channel.receive(timeout: Double(deadline.remainingMilliseconds) / 1000)
      else { return nil }
      // The server's own requests (progress tokens) get an empty answer, as an editor gives.
      if let id = message["id"], message["method"] != nil {
        channel.send(["jsonrpc": "2.0", "id": id, "result": .null])
        continue
      }
      if matches(message) { return message }
      received.append(message)
    }
    return nil
  }

  /// Polls `dossier/status` until indexing has finished; returns the last status.
  public func waitUntilIndexed(timeout: Double = 60) -> JSONValue? {
    let deadline = Deadline(seconds: timeout)
    var id = 1_000_000
    while !deadline.hasPassed {
      id += 1
      guard let status = call("dossier/status", id: .int(id), timeout: 10)?["result"] else {
        return nil
      }
      if status["state"] != "indexing" { return status }
      usleep(20_000)
    }
    return nil
  }

  /// `shutdown` and `exit`; returns the exit status (nil when the server did not exit). When it
  /// is not 0 the server's log is printed: a sanitizer's report is there.
  public func shutDown() -> Int32? {
    _ = call("shutdown", id: "shutdown")
    notify("exit", [:])
    let status = process.waitForExit(timeout: 20)
    if status != 0 {
      channel.drainLog(timeout: 2)
      print("dossier lsp exited with \(status.map(String.init) ?? "nothing"); its log:")
      print(channel.serverLogText)
    }
    return status
  }

  /// A value from `/proc/PID/status` in kB, such as `VmHWM` (peak resident memory).
  public func memoryKilobytes(_ field: String) -> Int? {
    guard let text = readText("/proc/\(process.pid)/status") else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      let value = line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" })
      return value.first.flatMap { Int($0) }
    }
    return nil
  }
}
