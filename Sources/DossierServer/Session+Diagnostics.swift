import Base
import JSONRPC

/// Where the session keeps its publisher: set at `initialize`, read from the indexing thread
/// when a new snapshot is installed.
final class DiagnosticsSlot: Sendable {
  /// Guards the reference only; set once, at `initialize`.
  private let current = Lock<DiagnosticsPublisher?>(nil)

  var publisher: DiagnosticsPublisher? {
    get { current.withLock { $0 } }
    set { current.withLock { $0 = newValue } }
  }
}

extension Session {
  /// Creates the publisher with what `initialize` negotiated, unless diagnostics are off.
  func startDiagnostics(_ problems: inout [String]) {
    let writing = WritingSettings(settings, problems: &problems)
    guard settings.isEnabled(.diagnostics) else {
      diagnostics.publisher = nil
      return
    }
    let (store, analysis, encoding, client, settings, logger) = (
      store, analysis, encoding, client, settings, logger
    )
    diagnostics.publisher = DiagnosticsPublisher(
      delayMilliseconds: writing.delayMilliseconds, logger: logger,
      compute: { document in
        let index = store.snapshot
        // Nothing to check against before the first index is installed; during a re-index
        // the previous one answers.
        guard index.generation > 0 else { return nil }
        if case .failed = index.status { return [] }
        let context = RequestContext(
          index: index, documents: [document.uri: document], encoding: encoding, client: client,
          settings: settings, analysis: analysis)
        var times = StageTimes()
        guard let analyzed = times.measure("matching", { try? context.document(document.uri) })
        else { return [] }
        let diagnostics = DiagnosticsFeature.diagnostics(
          for: analyzed, context, checks: writing.checks, times: &times)
        logger.debug("diagnostics: \(document.uri) version \(document.version): \(times)")
        return diagnostics
      },
      publish: { [connection] params in
        guard let value = try? JSONValueEncoder().encode(params) else { return }
        connection.send(Notification(method: "textDocument/publishDiagnostics", params: value))
      })
  }
}
