import Base
import Synchronization

public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
  case error, warning, info, debug, trace

  public init?(name: String) {
    switch name.lowercased() {
    case "error": self = .error
    case "warning", "warn": self = .warning
    case "info": self = .info
    case "debug": self = .debug
    case "trace": self = .trace
    default: return nil
    }
  }

  var name: String { String(describing: self) }

  public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Log lines for the human: to stderr, and the important ones to the client as
/// `window/logMessage`. Never to stdout, which carries protocol bytes only.
public final class Logger: Sendable {
  typealias ClientSink = @Sendable (LogLevel, String) -> Void

  private let threshold: Atomic<Int>
  /// Set once the client may receive notifications (after `initialize`). Boxed: a closure
  /// kept directly in the `Mutex` came out of every `withLock` wrapped in one more
  /// reabstraction thunk, so the n-th log line ran through 2n thunks (100,000 skipped files
  /// took 100 s to log).
  private let clientSink = Lock<SinkBox?>(nil)

  private final class SinkBox: Sendable {
    let send: ClientSink
    init(_ send: @escaping ClientSink) { self.send = send }
  }
  /// Serialises stderr writes so lines from the indexing thread never interleave.
  private let stderrLock = Lock(())

  public init(level: LogLevel = .info) {
    threshold = Atomic(level.rawValue)
  }

  var level: LogLevel {
    get { LogLevel(rawValue: threshold.load(ordering: .relaxed)) ?? .info }
    set { threshold.store(newValue.rawValue, ordering: .relaxed) }
  }

  func connectClient(_ sink: @escaping ClientSink) {
    clientSink.withLock { $0 = SinkBox(sink) }
  }

  func log(_ level: LogLevel, _ message: @autoclosure () -> String) {
    guard level <= self.level else { return }
    let text = message()
    let line = Array("dossier [\(level.name)] \(text)\n".utf8)
    stderrLock.withLock { _ in
      _ = line.withUnsafeBytes { write(2, $0.baseAddress!, $0.count) }
    }
    // Debug and trace lines stay on stderr: forwarding them would flood the client's log.
    if level <= .info, let sink = clientSink.withLock({ $0 }) { sink.send(level, text) }
  }

  public func error(_ message: @autoclosure () -> String) { log(.error, message()) }
  public func warning(_ message: @autoclosure () -> String) { log(.warning, message()) }
  public func info(_ message: @autoclosure () -> String) { log(.info, message()) }
  public func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }
}
