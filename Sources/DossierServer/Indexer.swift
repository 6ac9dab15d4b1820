import Corpus
import Dispatch
import Knowledge
import Synchronization

/// Builds the index in the background and swaps it into the store when complete.
///
/// Two phases, each on every core: the corpus files are read and segmented in parallel
/// (`CorpusLoader.loadConcurrently`), then the knowledge base is built from them. Work-done
/// progress and `dossier/status` follow both with real percentages. Until the new snapshot is
/// installed, requests are answered from the previous one (empty at start-up) and
/// `dossier/status` says "indexing", so the server answers from the moment `initialize` returns.
///
/// Runs are serialised on one queue; a run that is overtaken by a newer request is abandoned
/// before it installs anything, so the newest corpus always wins.
final class Indexer: Sendable {
  private let store: IndexStore
  private let logger: Logger
  private let queue = DispatchQueue(label: "dossier.indexer")
  private let latestRun = Atomic<Int>(0)

  /// The part of the progress bar given to reading files; the rest is building knowledge.
  /// Set from profiles of 10,000 synthetic articles, where reading is about a third of the wall
  /// time (see README, "Performance").
  static let readingShare = 25

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
      let tracker = PhaseTracker(store: store, progress: progress)
      let corpus: Corpus
      do {
        corpus = try CorpusLoader.loadConcurrently(
          root: root, progress: { done, total in tracker.documentsRead(done, of: total) },
          log: { [logger] line in logger.warning(line) })
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
      let read = MonotonicClock.millisecondsSince(started)
      tracker.buildingKnowledge(documents: corpus.documents.count)
      let knowledge = KnowledgeBase.build(
        corpus: corpus, progress: { fraction, stage in tracker.knowledgeBuilt(fraction, stage) },
        log: { [logger] line in logger.debug(line) })
      guard run == latestRun.load(ordering: .relaxed) else { return }
      let snapshot = store.install(knowledge: knowledge, status: .ready)
      let elapsed = MonotonicClock.millisecondsSince(started)
      logger.info(
        "Indexed \(corpus.documents.count) documents (\(corpus.skipped.count) skipped, "
          + "\(knowledge.entityCount) entities) from \(root) in \(elapsed) ms "
          + "(reading \(read) ms, knowledge \(elapsed - read) ms)")
      progress?.finish(message: "Indexed \(corpus.documents.count) documents")
      onReady(snapshot)
    }
  }
}

/// Turns the phases of one indexing run into one percentage, for work-done progress and for
/// `dossier/status`. Called from worker threads; sends only when the percentage moves.
private final class PhaseTracker: Sendable {
  private let store: IndexStore
  private let progress: IndexProgress?
  /// The last percentage published, so thousands of per-file callbacks send ~100 updates.
  private let lastPercentage = Atomic<Int>(-1)

  init(store: IndexStore, progress: IndexProgress?) {
    self.store = store
    self.progress = progress
  }

  func documentsRead(_ done: Int, of total: Int) {
    let percentage = total > 0 ? done * Indexer.readingShare / total : 0
    guard advance(to: percentage) else { return }
    store.setStatus(.indexing(documentsDone: done, documentsTotal: total))
    progress?.report(percentage: percentage, message: "Reading \(done) of \(total) documents")
  }

  func buildingKnowledge(documents: Int) {
    store.setStatus(.indexing(documentsDone: documents, documentsTotal: documents))
    _ = advance(to: Indexer.readingShare)
    progress?.report(
      percentage: Indexer.readingShare, message: "Learning entities from \(documents) documents")
  }

  /// Knowledge reports each stage's start once, then its progress at most once per percent.
  func knowledgeBuilt(_ fraction: Double, _ stage: String) {
    let share = Double(100 - Indexer.readingShare)
    let percentage = Indexer.readingShare + Int(share * min(1, max(0, fraction)))
    _ = advance(to: percentage)
    progress?.report(percentage: percentage, message: stage)
  }

  /// Moves the published percentage forward; false when it would not move.
  private func advance(to percentage: Int) -> Bool {
    var current = lastPercentage.load(ordering: .relaxed)
    while percentage > current {
      let (exchanged, original) = lastPercentage.compareExchange(
        expected: current, desired: percentage, ordering: .relaxed)
      if exchanged { return true }
      current = original
    }
    return false
  }
}

/// Monotonic time for durations in logs.
enum MonotonicClock {
  static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

  static func millisecondsSince(_ start: UInt64) -> Int {
    Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }
}
