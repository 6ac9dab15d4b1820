import Base
import Dispatch
import JSONRPC

/// Requests that arrived before the first index was in service, held until it is.
///
/// Until the first index is installed, the snapshot in service is empty: its `null` hover looks
/// exactly like "the corpus knows nothing of this name". So a request that reads the index waits
/// for the first one instead, off the read loop (which goes on applying edits and answering
/// `dossier/status`), for at most `firstIndexWait` seconds. Each is answered once: when the
/// index is installed, when its wait is over (from what is in service, logged), when it is
/// cancelled (-32800), or at shutdown (from what is in service, before shutdown's own answer).
/// A waiting request is answered against the open documents as they were when it arrived.
final class FirstIndexWait: Sendable {
  /// A held request: what answers it, given the index to answer from.
  struct Waiting: Sendable {
    let method: String
    let answer: @Sendable (IndexSnapshot) -> Result<EncodedJSON, ResponseError>
  }

  private struct State {
    var waiting: [RequestID: Waiting] = [:]
    /// Arrival order, so that the held requests are answered in the order they came.
    var order: [RequestID] = []
    /// Set once the first index is in service: nothing waits after that.
    var isOver = false
  }

  private let state = Lock(State())
  private let store: IndexStore
  private let connection: Connection
  private let logger: Logger
  /// Where held requests are answered, one at a time, away from the read loop and the indexer.
  private let queue = DispatchQueue(label: "dossier.first-index-wait")

  init(store: IndexStore, connection: Connection, logger: Logger) {
    self.store = store
    self.connection = connection
    self.logger = logger
  }

  /// Holds request `id` until the first index is in service, for at most `seconds`. Returns
  /// false when the index is in service already: the caller answers at once.
  func hold(_ id: RequestID, _ waiting: Waiting, seconds: Double) -> Bool {
    let held = state.withLock { state -> Bool in
      guard !state.isOver, store.snapshot.generation == 0 else { return false }
      state.waiting[id] = waiting
      state.order.append(id)
      return true
    }
    guard held else { return false }
    queue.asyncAfter(deadline: .now() + seconds) { [self] in
      guard let late = take(id) else { return }
      logger.info(
        "\(late.method) waited \(seconds) s for the first index (firstIndexWait) and was "
          + "answered from what is in service")
      respond(id, late)
    }
    return true
  }

  /// The first index is in service: every held request is answered from it, in arrival order.
  func indexInService() {
    let held = takeAll()
    guard !held.isEmpty else { return }
    queue.async { [self] in
      for (id, waiting) in held { respond(id, waiting) }
    }
  }

  /// Ends the wait of request `id` with -32800, if it is held; true when it was.
  func cancel(_ id: RequestID) -> Bool {
    guard take(id) != nil else { return false }
    connection.respond(to: id, with: .failure(.cancelled))
    return true
  }

  /// Answers every held request now, from what is in service, on the calling thread: shutdown
  /// answers them before its own answer.
  func answerAllNow() {
    for (id, waiting) in takeAll() { respond(id, waiting) }
    // And any answer under way on the queue is written before this returns.
    queue.sync {}
  }

  // MARK: - Private

  private func respond(_ id: RequestID, _ waiting: Waiting) {
    connection.respond(to: id, with: waiting.answer(store.snapshot))
  }

  private func take(_ id: RequestID) -> Waiting? {
    state.withLock { state in
      guard let waiting = state.waiting.removeValue(forKey: id) else { return nil }
      state.order.removeAll { $0 == id }
      return waiting
    }
  }

  /// Takes every held request and ends the wait: nothing is held after this.
  private func takeAll() -> [(RequestID, Waiting)] {
    state.withLock { state in
      state.isOver = true
      let held = state.order.compactMap { id in state.waiting[id].map { (id, $0) } }
      state.waiting = [:]
      state.order = []
      return held
    }
  }
}
