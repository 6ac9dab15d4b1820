import Base
import JSONRPC

/// Runs every index of the session, the first one and each re-index (the `dossier.reindex`
/// command, corpus files changed on disk), one at a time, each with its own work-done
/// progress.
///
/// A request that arrives while an index is being built is remembered, and one more run
/// follows the current one: a burst of file events costs at most two runs, and no run is
/// abandoned half-way with its progress left open. Requests go on answering from the
/// installed snapshot until the new one is swapped in (`IndexStore`).
final class Reindexer: Sendable {
  private struct State {
    var root: String?
    var isRunning = false
    var isRequestedAgain = false
    var runs = 0
    /// Set once the client has said `initialized` (progress tokens can be created).
    var clientProgress: Bool?
    var progress: IndexProgress?
  }

  private let indexer: Indexer
  private let store: IndexStore
  private let connection: Connection
  private let logger: Logger
  /// Hears each snapshot installed (diagnostics refresh, caches warm up).
  private let onInstalled: @Sendable (IndexSnapshot) -> Void
  private let onFailure: @Sendable (IndexFailure) -> Void
  /// Guards the run bookkeeping; indexing itself runs on the indexer's queue.
  private let state = Lock(State())

  init(
    indexer: Indexer, store: IndexStore, connection: Connection, logger: Logger,
    onFailure: @escaping @Sendable (IndexFailure) -> Void,
    onInstalled: @escaping @Sendable (IndexSnapshot) -> Void
  ) {
    self.indexer = indexer
    self.store = store
    self.connection = connection
    self.logger = logger
    self.onFailure = onFailure
    self.onInstalled = onInstalled
  }

  /// The corpus folder, nil when none was found.
  var root: String? { state.withLock { $0.root } }

  /// Builds the index of `root` (nil: no corpus; an empty index is installed).
  func start(root: String?) {
    state.withLock { $0.root = root }
    request()
  }

  /// Builds the index again, now or right after the run under way.
  func request() {
    let startNow = state.withLock { state -> Bool in
      if state.isRunning {
        state.isRequestedAgain = true
        return false
      }
      state.isRunning = true
      return true
    }
    if startNow { run() }
  }

  /// After `initialized`: progress can be shown from now on.
  func clientIsReady(supportsProgress: Bool) {
    let progress = state.withLock { state -> IndexProgress? in
      state.clientProgress = supportsProgress
      return state.progress
    }
    progress?.clientIsReady(supportsProgress: supportsProgress)
  }

  private func run() {
    let (root, progress, clientProgress) = state.withLock {
      state -> (String?, IndexProgress, Bool?) in
      state.runs += 1
      let progress = IndexProgress(
        connection: connection, tokenID: "dossier/indexing/\(state.runs)",
        title: state.runs == 1 ? "Indexing corpus" : "Re-indexing corpus")
      state.progress = progress
      return (state.root, progress, state.clientProgress)
    }
    if let clientProgress { progress.clientIsReady(supportsProgress: clientProgress) }
    guard let root else {
      let snapshot = store.install(
        knowledge: .build(corpus: .empty, log: { _ in }), status: .failed("no corpus configured"))
      progress.finish(message: "No corpus")
      finished(snapshot)
      return
    }
    indexer.index(
      root: root, progress: progress,
      onFailure: { [self] failure in
        onFailure(failure)
        // The previous index stays: nothing new to hear of, but the run is over.
        if failure.kept != nil { runEnded() }
      },
      onReady: { [self] snapshot in finished(snapshot) })
  }

  private func finished(_ snapshot: IndexSnapshot) {
    onInstalled(snapshot)
    runEnded()
  }

  /// Starts the run requested meanwhile, if any.
  private func runEnded() {
    let again = state.withLock { state -> Bool in
      if state.isRequestedAgain {
        state.isRequestedAgain = false
        return true
      }
      state.isRunning = false
      return false
    }
    if again {
      logger.info("the corpus changed while it was being indexed; indexing it again")
      run()
    }
  }
}
