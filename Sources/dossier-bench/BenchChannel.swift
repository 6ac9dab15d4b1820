import Base
import DossierClient
import JSONRPC

/// JSON-RPC to a spawned server, built to time round trips.
///
/// Unlike `MessageChannel` (made for transcripts) it reuses one read buffer, keeps responses
/// by id so that pipelined answers can be collected in any order, answers the server's own
/// requests at once (`window/workDoneProgress/create`), timestamps the notifications it keeps,
/// and drains the server's stderr without keeping it all.
final class BenchChannel {
  let process: ServerProcess
  /// When the process was started, on `Clock`.
  let startedAt: UInt64
  private var reader = FrameReader(maxBodyBytes: 1 << 30)
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  private var responses: [Int: (message: JSONValue, at: UInt64)] = [:]
  /// Notifications worth keeping (progress, diagnostics, messages), with arrival time.
  private(set) var notifications: [(message: JSONValue, at: UInt64)] = []
  private var nextID = 1
  private var outputClosed = false
  private var logClosed = false
  /// The end of the server's stderr, for error reports.
  private(set) var logTail: [UInt8] = []

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  init(executable: String, arguments: [String]) throws {
    startedAt = Clocks.monotonicNanoseconds()
    process = try ServerProcess(executable: executable, arguments: arguments)
    _ = fcntl(process.input, F_SETFL, fcntl(process.input, F_GETFL) | O_NONBLOCK)
  }

  var pid: pid_t { process.pid }

  // MARK: - Sending

  /// Sends a request and returns its id without waiting. Null params are left out, as
  /// clients do for requests that take none.
  @discardableResult
  func sendRequest(_ method: String, _ params: JSONValue) throws -> Int {
    let id = nextID
    nextID += 1
    var message: [String: JSONValue] = [
      "jsonrpc": "2.0", "id": .int(id), "method": .string(method),
    ]
    if params != .null { message["params"] = params }
    try send(.object(message))
    return id
  }

  func notify(_ method: String, _ params: JSONValue) throws {
    try send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  func send(_ message: JSONValue) throws {
    try sendRaw(Self.frame(message))
  }

  static func frame(_ message: JSONValue) -> [UInt8] {
    let body = JSONWriter.encode(message)
    var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    bytes.append(contentsOf: body)
    return bytes
  }

  /// Frames for `count` requests, with the ids they will get, to write in one go.
  func frames(count: Int, _ method: String, _ params: (Int) -> JSONValue) -> (
    bytes: [UInt8], ids: Range<Int>
  ) {
    var bytes: [UInt8] = []
    let first = nextID
    for index in 0..<count {
      bytes += Self.frame([
        "jsonrpc": "2.0", "id": .int(nextID), "method": .string(method), "params": params(index),
      ])
      nextID += 1
    }
    return (bytes, first..<nextID)
  }

  /// Writes everything, reading the server's output whenever the pipe is full so that
  /// neither side can block the other.
  func sendRaw(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        write(process.input, raw.baseAddress! + offset, raw.count - offset)
      }
      if written > 0 {
        offset += written
        continue
      }
      if written < 0, errno != EAGAIN, errno != EINTR {
        throw Failure(
          description: "the server closed its input: \(String(cString: strerror(errno)))")
      }
      try pump(timeoutMilliseconds: 100, waitingToWrite: true)
    }
  }

  // MARK: - Receiving

  /// The response to request `id` and the time it arrived, waiting at most `timeout` seconds.
  func response(to id: Int, timeout: Double) throws -> (message: JSONValue, at: UInt64) {
    let deadline = Clocks.monotonicNanoseconds() + UInt64(timeout * 1e9)
    while true {
      if let found = responses.removeValue(forKey: id) { return found }
      if outputClosed {
        throw Failure(description: "the server closed its output; its log ends:\n\(logText)")
      }
      let now = Clocks.monotonicNanoseconds()
      guard now < deadline else {
        throw Failure(description: "no answer to request \(id) within \(timeout) s")
      }
      try pump(timeoutMilliseconds: Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
    }
  }

  /// Sends a request and waits for its answer: the answer and the round trip in nanoseconds.
  func call(_ method: String, _ params: JSONValue, timeout: Double = 120) throws -> (
    message: JSONValue, nanoseconds: UInt64
  ) {
    let sent = Clocks.monotonicNanoseconds()
    let id = try sendRequest(method, params)
    let answer = try response(to: id, timeout: timeout)
    return (answer.message, answer.at - sent)
  }

  /// Waits until a kept notification after position `from` satisfies `predicate`; returns
  /// its index, or nil when `timeout` passes.
  func waitForNotification(
    from: Int, timeout: Double, where predicate: (JSONValue) -> Bool
  ) throws -> Int? {
    let deadline = Clocks.monotonicNanoseconds() + UInt64(timeout * 1e9)
    var checked = from
    while true {
      while checked < notifications.count {
        if predicate(notifications[checked].message) { return checked }
        checked += 1
      }
      let now = Clocks.monotonicNanoseconds()
      guard now < deadline, !outputClosed else { return nil }
      try pump(timeoutMilliseconds: Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
    }
  }

  /// Reads whatever the server has written within the time given.
  private func pump(timeoutMilliseconds: Int32, waitingToWrite: Bool = false) throws {
    var descriptors = [
      pollfd(fd: outputClosed ? -1 : process.output, events: Int16(POLLIN), revents: 0),
      pollfd(fd: logClosed ? -1 : process.errors, events: Int16(POLLIN), revents: 0),
      pollfd(fd: waitingToWrite ? process.input : -1, events: Int16(POLLOUT), revents: 0),
    ]
    let ready = poll(&descriptors, 3, timeoutMilliseconds)
    guard ready > 0 else { return }
    if descriptors[1].revents != 0 {
      let count = chunk.withUnsafeMutableBytes { read(process.errors, $0.baseAddress!, $0.count) }
      if count > 0 {
        logTail.append(contentsOf: chunk[0..<count])
        if logTail.count > 1 << 16 { logTail.removeFirst(logTail.count - (1 << 15)) }
      } else if count == 0 {
        logClosed = true
      }
    }
    if descriptors[0].revents != 0 {
      let count = chunk.withUnsafeMutableBytes { read(process.output, $0.baseAddress!, $0.count) }
      if count > 0 {
        reader.append(chunk[0..<count])
        try drainFrames()
      } else if count == 0 {
        outputClosed = true
      }
    }
  }

  private func drainFrames() throws {
    let now = Clocks.monotonicNanoseconds()
    while let event = reader.next() {
      guard case .body(let bytes) = event else { continue }
      let message: JSONValue
      do {
        message = try JSONParser.parse(bytes, maxDepth: 10_000)
      } catch {
        throw Failure(description: "the server sent a body that is not JSON: \(error)")
      }
      if let method = message["method"]?.stringValue {
        if let id = message["id"] {
          // A request from the server: accept it (progress tokens, configuration).
          try send(["jsonrpc": "2.0", "id": id, "result": .null])
        }
        if method != "window/logMessage" { notifications.append((message, now)) }
      } else if let id = message["id"]?.intValue {
        responses[id] = (message, now)
      }
    }
  }

  var logText: String { String(decoding: logTail, as: UTF8.self) }

  /// Peak resident memory of the server so far (VmHWM), in bytes.
  func peakResidentBytes() -> Int? {
    guard let file = fopen("/proc/\(process.pid)/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard text.hasPrefix("VmHWM:") else { continue }
      let digits = text.filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }

  /// CPU time the server has used so far (user + system), in nanoseconds.
  func cpuNanoseconds() -> UInt64? {
    guard let file = fopen("/proc/\(process.pid)/stat", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 1024)
    guard fgets(&line, Int32(line.count), file) != nil else { return nil }
    let text = String(
      decoding: line.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // Fields after the command name (which may hold spaces) start after the last ')'.
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    guard fields.count > 12, let user = UInt64(fields[11]), let system = UInt64(fields[12]) else {
      return nil
    }
    let ticksPerSecond = UInt64(max(1, sysconf(Int32(_SC_CLK_TCK))))
    return (user + system) * 1_000_000_000 / ticksPerSecond
  }

  /// Sends shutdown and exit and waits for the process to end.
  func close() {
    if let id = try? sendRequest("shutdown", .null) { _ = try? response(to: id, timeout: 10) }
    try? notify("exit", .null)
    process.closeInput()
    if process.waitForExit(timeout: 10) == nil { process.terminate() }
    // The rest of the log, now that nothing more can be written to it.
    while !logClosed {
      let count = chunk.withUnsafeMutableBytes { read(process.errors, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      logTail.append(contentsOf: chunk[0..<count])
    }
    logClosed = true
  }
}
