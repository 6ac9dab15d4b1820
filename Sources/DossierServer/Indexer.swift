import Corpus
import Dispatch
import Knowledge
import Synchronization

/// Builds the index in the background and swaps it into the store when complete.
///
/// Runs are serialised on one queue; a run that is overtaken by a newer request is abandoned
/// before it installs anything, so the newest corpus always wins.
final class Indexer: Sendable {
  private let store: IndexStore
  private let logger: Logger
  private let queue = DispatchQueue(label: "dossier.indexer")
  private let latestRun = Atomic<Int>(0)

  init(store: IndexStore, logger: Logger) {
    self.store = store
    self.logger = logger
  }

  /// Starts indexing `root`. `onFailure` hears why the corpus could not be read.
  func index(
    root: String, progress: IndexProgress?, onFailure: @escaping @Sendable (String) -> Void,
    onReady: @escaping @Sendable (IndexSnapshot) -> Void = { _ in }
  ) {
    let run = latestRun.add(1, ordering: .relaxed).newValue
    queue.async { [self] in
      guard run == latestRun.load(ordering: .relaxed) else { return }
      let started = MonotonicClock.now
      let corpus: Corpus
      do {
        corpus = try CorpusLoader.load(root: root) { [logger] line in logger.warning(line) }
      } catch {
        let reason = "\(error)"
        logger.error(reason)
        let snapshot = store.install(
          knowledge: KnowledgeBase.build(corpus: .empty, log: { _ in }), status: .failed(reason))
        progress?.finish(message: "No corpus: \(reason)")
        onFailure(reason)
        onReady(snapshot)
        return
      }
      progress?.report(
        done: corpus.documents.count, total: corpus.documents.count, message: "Reading entities")
      let knowledge = KnowledgeBase.build(corpus: corpus) { [logger] line in logger.debug(line) }
      guard run == latestRun.load(ordering: .relaxed) else { return }
      let snapshot = store.install(knowledge: knowledge, status: .ready)
      let elapsed = MonotonicClock.millisecondsSince(started)
      let summary =
        "Indexed \(corpus.documents.count) documents (\(corpus.skipped.count) skipped) from \(root) in \(elapsed) ms"
      logger.info(summary)
      progress?.finish(message: "Indexed \(corpus.documents.count) documents")
      onReady(snapshot)
    }
  }
}

/// Monotonic time for durations in logs.
enum MonotonicClock {
  static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

  static func millisecondsSince(_ start: UInt64) -> Int {
    Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }
}
