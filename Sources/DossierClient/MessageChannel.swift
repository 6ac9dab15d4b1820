import Base
import JSONRPC

/// Messages to and from a spawned server: framing on the way out, framing and parsing on the
/// way in, with time limits so a silent server can't hang a client.
public final class MessageChannel {
  public let process: ServerProcess
  private var reader = FrameReader()
  private var pending: [JSONValue] = []
  /// Everything the server wrote to stderr so far (its log), kept for error reports.
  public private(set) var serverLog: [UInt8] = []
  public private(set) var reachedEndOfOutput = false
  private var logClosed = false

  public init(process: ServerProcess) {
    self.process = process
    // Writes never block: while a large batch goes out, the server's answers are read in
    // between, or both sides could wait on full pipes forever.
    if process.input >= 0 {
      _ = fcntl(process.input, F_SETFL, fcntl(process.input, F_GETFL) | O_NONBLOCK)
    }
  }

  public static func frame(_ message: JSONValue) -> [UInt8] {
    let body = JSONWriter.encode(message)
    return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }

  @discardableResult
  public func send(_ message: JSONValue) -> Bool { sendRaw(Self.frame(message)) }

  /// Writes all of `bytes`, reading the server's output meanwhile. False when the server has
  /// closed its input.
  @discardableResult
  public func sendRaw(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      guard process.input >= 0 else { return false }
      let written = bytes.withUnsafeBytes { raw in
        write(process.input, raw.baseAddress! + offset, raw.count - offset)
      }
      if written > 0 {
        offset += written
        continue
      }
      if written < 0, errno != EAGAIN, errno != EINTR { return false }
      pump(timeoutMilliseconds: 50, waitingToWrite: true)
    }
    return true
  }

  /// The next message from the server, or nil at end of output or when `timeout` passes.
  /// A body that is not JSON is returned as a string value describing it.
  public func receive(timeout: Double) -> JSONValue? {
    let deadline = Deadline(seconds: timeout)
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      while let event = reader.next() {
        switch event {
        case .body(let bytes):
          do {
            pending.append(try JSONParser.parse(bytes, maxDepth: 10_000))
          } catch {
            pending.append(.string("<not JSON: \(error)>"))
          }
        case .error(let error):
          pending.append(.string("<bad framing: \(error)>"))
        }
      }
      if !pending.isEmpty { return pending.removeFirst() }
      if reachedEndOfOutput || deadline.hasPassed { return nil }
      pump(timeoutMilliseconds: deadline.remainingMilliseconds)
    }
  }

  /// Reads whatever the server has written (stdout and stderr) within the time given.
  private func pump(timeoutMilliseconds: Int32, waitingToWrite: Bool = false) {
    var descriptors = [
      // A negative descriptor is skipped by poll: closed streams must not wake it forever.
      pollfd(fd: reachedEndOfOutput ? -1 : process.output, events: Int16(POLLIN), revents: 0),
      pollfd(fd: logClosed ? -1 : process.errors, events: Int16(POLLIN), revents: 0),
    ]
    if waitingToWrite {
      descriptors.append(pollfd(fd: process.input, events: Int16(POLLOUT), revents: 0))
    }
    let ready = poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds)
    guard ready > 0 else { return }
    var chunk = [UInt8](repeating: 0, count: 65536)
    if descriptors[1].revents != 0 {
      let count = chunk.withUnsafeMutableBytes { read(process.errors, $0.baseAddress!, $0.count) }
      if count > 0 {
        serverLog.append(contentsOf: chunk[0..<count])
      } else if count == 0 {
        logClosed = true
      }
    }
    if descriptors[0].revents != 0, !reachedEndOfOutput {
      let count = chunk.withUnsafeMutableBytes { read(process.output, $0.baseAddress!, $0.count) }
      if count > 0 {
        reader.append(chunk[0..<count])
      } else if count == 0 {
        reachedEndOfOutput = true
      }
    }
  }

  /// Reads the rest of the server's stderr until it closes or `timeout` passes.
  public func drainLog(timeout: Double) {
    let deadline = Deadline(seconds: timeout)
    var chunk = [UInt8](repeating: 0, count: 65536)
    while !deadline.hasPassed, !logClosed {
      var descriptor = pollfd(fd: process.errors, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, deadline.remainingMilliseconds) > 0 else { return }
      let count = chunk.withUnsafeMutableBytes { read(process.errors, $0.baseAddress!, $0.count) }
      if count <= 0 {
        logClosed = true
        return
      }
      serverLog.append(contentsOf: chunk[0..<count])
    }
  }

  public var serverLogText: String { String(decoding: serverLog, as: UTF8.self) }
}
