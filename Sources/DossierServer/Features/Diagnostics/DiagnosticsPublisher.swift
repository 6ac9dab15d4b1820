import Base
import Dispatch

/// Pushes diagnostics for open documents: a while after the last change (debounced), on a
/// background queue, from the latest text and index; never for a version that is no longer
/// the latest; an empty list when a document closes.
///
/// Each change or refresh takes a ticket. A scheduled run computes only if its ticket is still
/// the document's latest, and publishes only if it still is when the computation ends, so an
/// old version's result can never follow a newer one or a close.
final class DiagnosticsPublisher: Sendable {
  /// The diagnostics of a document, or nil when there is nothing to say yet (the first index
  /// is still being built).
  typealias Compute = @Sendable (OpenDocument) -> [Diagnostic]?
  typealias Publish = @Sendable (PublishDiagnosticsParams) -> Void
  /// Runs `work` after `milliseconds`, off the read loop, one at a time.
  typealias Schedule =
    @Sendable (_ milliseconds: Int, _ work: @escaping @Sendable () -> Void) ->
    Void

  private struct Tracked {
    var document: OpenDocument
    var ticket: Int
  }

  private struct State {
    var tracked: [DocumentURI: Tracked] = [:]
    var nextTicket = 0
  }

  private let delayMilliseconds: Int
  private let compute: Compute
  private let publish: Publish
  private let schedule: Schedule
  private let logger: Logger?
  /// Guards the latest document and ticket of each open document. Publications are sent
  /// under it, so a close's empty list and a run's result can't cross.
  private let state = Lock(State())

  init(
    delayMilliseconds: Int, logger: Logger? = nil, schedule: Schedule? = nil,
    compute: @escaping Compute, publish: @escaping Publish
  ) {
    self.delayMilliseconds = delayMilliseconds
    self.logger = logger
    self.compute = compute
    self.publish = publish
    if let schedule {
      self.schedule = schedule
    } else {
      let queue = DispatchQueue(label: "dossier.diagnostics", qos: .utility)
      self.schedule = { milliseconds, work in
        queue.asyncAfter(deadline: .now() + .milliseconds(milliseconds), execute: work)
      }
    }
  }

  /// A document was opened or changed: its diagnostics follow after the delay, unless it
  /// changes again first.
  func documentChanged(_ document: OpenDocument) {
    let ticket = state.withLock { state in
      state.nextTicket += 1
      state.tracked[document.uri] = Tracked(document: document, ticket: state.nextTicket)
      return state.nextTicket
    }
    schedule(delayMilliseconds) { [self] in run(document.uri, ticket: ticket) }
  }

  /// A document was closed: its diagnostics are cleared, and any run under way is dropped.
  func documentClosed(_ uri: DocumentURI) {
    state.withLock { state in
      state.tracked[uri] = nil
      publish(PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    }
  }

  /// The index changed: every open document is checked again, now.
  func refreshAll() {
    let tickets = state.withLock { state -> [(DocumentURI, Int)] in
      var tickets: [(DocumentURI, Int)] = []
      for uri in state.tracked.keys.sorted(by: { $0.string < $1.string }) {
        state.nextTicket += 1
        state.tracked[uri]?.ticket = state.nextTicket
        tickets.append((uri, state.nextTicket))
      }
      return tickets
    }
    for (uri, ticket) in tickets {
      schedule(0) { [self] in run(uri, ticket: ticket) }
    }
  }

  private func run(_ uri: DocumentURI, ticket: Int) {
    guard
      let document = state.withLock({ state in
        state.tracked[uri].flatMap { $0.ticket == ticket ? $0.document : nil }
      })
    else { return }
    let started = DispatchTime.now().uptimeNanoseconds
    guard let diagnostics = compute(document) else { return }
    let computed = DispatchTime.now().uptimeNanoseconds
    let published = state.withLock { state -> Bool in
      guard state.tracked[uri]?.ticket == ticket else { return false }
      publish(
        PublishDiagnosticsParams(uri: uri, version: document.version, diagnostics: diagnostics))
      return true
    }
    let finished = DispatchTime.now().uptimeNanoseconds
    logger?.debug(
      "diagnostics: \(uri) version \(document.version): \(diagnostics.count) computed in "
        + Self.milliseconds(computed - started)
        + (published
          ? ", published in " + Self.milliseconds(finished - computed)
          : " (superseded, not published)"))
  }

  /// "12.3 ms".
  static func milliseconds(_ nanoseconds: UInt64) -> String {
    let tenths = nanoseconds / 100_000
    return "\(tenths / 10).\(tenths % 10) ms"
  }
}
