import Base
import Corpus
import Dispatch
import IndexCache
import Knowledge
import Synchronization

/// Builds the index in the background and swaps it into the store when complete.
///
/// `IndexLoader` does the work: with the index cache on, every corpus file is read and hashed
/// on every core, and the index is restored from the cache when the cache holds exactly this
/// content; otherwise (or with the cache off) the files are parsed and the knowledge base is
/// built from them, on every core, and the cache is written afterwards on a queue of its own,
/// so writing never delays the index. Work-done progress and `dossier/status` follow every
/// phase with real percentages. Until the new snapshot is installed, requests are answered
/// from the previous one (empty at start-up) and `dossier/status` says "indexing", so the
/// server answers from the moment `initialize` returns.
///
/// Runs are serialised on one queue; a run that is overtaken by a newer request is abandoned
/// before it installs anything, so the newest corpus always wins.
final class Indexer: Sendable {
  private let store: IndexStore
  private let logger: Logger
  private let queue = DispatchQueue(label: "dossier.indexer")
  /// Cache writes, one at a time, apart from the runs.
  private let cacheQueue = DispatchQueue(label: "dossier.index-cache", qos: .utility)
  /// Entered before an index that still has its cache to write is installed, left when the
  /// write is over: shutdown waits on it.
  private let cacheWrites = DispatchGroup()
  private let latestRun = Atomic<Int>(0)
  /// The index cache, set at `initialize`; nil when it is off.
  private let cache = Lock<IndexCache?>(nil)
  /// Whether links out of the corpus are followed, set at `initialize` (`CorpusBoundary`).
  private let linksOutside = Atomic<Bool>(false)

  /// The part of the progress bar given to reading files; the rest is building knowledge.
  /// Set from profiles of 10,000 synthetic articles, where reading is about a third of the wall
  /// time (see README, "Performance").
  static let readingShare = 25

  /// A test hook: how long the first run waits before it starts, in seconds (0 in use).
  private let firstRunDelay: Double

  init(store: IndexStore, logger: Logger, firstRunDelay: Double = 0) {
    self.store = store
    self.logger = logger
    self.firstRunDelay = firstRunDelay
  }

  /// Uses `cache` (nil: none) for the runs that start from now on.
  func useCache(_ cache: IndexCache?) {
    self.cache.withLock { $0 = cache }
  }

  /// Follows (or not) the corpus's links that lead outside it, in the runs from now on.
  func followLinksOutside(_ follow: Bool) {
    linksOutside.store(follow, ordering: .relaxed)
  }

  /// Waits for a cache write under way (at most `seconds`), so that a server shut down soon
  /// after indexing (a one-shot `dossier lookup`) still leaves its cache for the next start. A
  /// write cut short by exit leaves only a temporary file, which a later write removes.
  func finishCacheWrite(seconds: Double = 30) {
    if cacheWrites.wait(timeout: .now() + seconds) == .timedOut {
      logger.info("index cache: still writing at shutdown; not waiting longer")
    }
  }

  /// Starts indexing `root`. `onFailure` hears why the corpus could not be read; `onReady`
  /// hears each snapshot installed (none when a failed re-index keeps the previous one).
  func index(
    root: String, progress: IndexProgress?,
    onFailure: @escaping @Sendable (IndexFailure) -> Void,
    onReady: @escaping @Sendable (IndexSnapshot) -> Void = { _ in }
  ) {
    let run = latestRun.add(1, ordering: .relaxed).newValue
    queue.async { [self] in
      if run == 1, firstRunDelay > 0 {
        _ = DispatchSemaphore(value: 0).wait(timeout: .now() + min(firstRunDelay, 60))
      }
      guard run == latestRun.load(ordering: .relaxed) else { return }
      let started = MonotonicClock.now
      let tracker = PhaseTracker(store: store, progress: progress)
      let cache = self.cache.withLock { $0 }
      let log = IndexLoader.Log(
        warning: { [logger] line in logger.warning(line) },
        info: { [logger] line in logger.info(line) },
        debug: { [logger] line in logger.debug(line) })
      let loaded: IndexLoader.Loaded
      do {
        loaded = try IndexLoader.load(
          root: root, followLinksOutside: linksOutside.load(ordering: .relaxed), cache: cache,
          progress: tracker.loaderProgress, log: log)
      } catch {
        let reason = "\(error)"
        logger.error(reason)
        // A failed re-index keeps the index in service (see `IndexFailure`): nothing is
        // installed, only the status the run moved to "indexing" goes back to ready.
        if let kept = IndexFailure.keepable(store.snapshot) {
          store.setStatus(.ready)
          let failure = IndexFailure(reason: reason, kept: kept)
          progress?.finish(message: failure.progressMessage)
          onFailure(failure)
          return
        }
        let snapshot = store.install(
          knowledge: KnowledgeBase.build(corpus: .empty, log: { _ in }), status: .failed(reason))
        let failure = IndexFailure(reason: reason, kept: nil)
        progress?.finish(message: failure.progressMessage)
        onFailure(failure)
        onReady(snapshot)
        return
      }
      guard run == latestRun.load(ordering: .relaxed) else { return }
      let knowledge = loaded.knowledge
      let cacheState: IndexCacheState =
        cache == nil ? .off : loaded.origin == .cache ? .restored : .writing
      // Entered before the index shows as ready, so a shutdown that follows at once waits.
      if loaded.cacheWrite != nil { cacheWrites.enter() }
      let snapshot = store.install(knowledge: knowledge, status: .ready, cache: cacheState)
      if let write = loaded.cacheWrite {
        cacheQueue.async { [store, cacheWrites] in
          let written = write.perform(log: log)
          store.setCache(written ? .written : .failed, generation: snapshot.generation)
          cacheWrites.leave()
        }
      }
      let elapsed = MonotonicClock.millisecondsSince(started)
      let documents = knowledge.corpus.documents.count
      let stages = loaded.stages.map(\.description).joined(separator: "; ")
      logger.info(
        "Indexed \(documents) documents (\(knowledge.corpus.skipped.count) skipped, "
          + "\(knowledge.entityCount) entities) from \(root) in \(elapsed) ms, "
          + (loaded.origin == .cache ? "restored from the index cache" : "built")
          + " (\(stages))")
      progress?.finish(message: "Indexed \(documents) documents")
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

  /// The loader's callbacks: reading files is the first part of the reading share, parsing
  /// them the rest; a restore jumps to the end of it.
  var loaderProgress: IndexLoader.Progress {
    IndexLoader.Progress(
      filesRead: { [self] done, total in
        reportReading(done * Indexer.readingShare / 5, done, total, "Reading")
      },
      documentsParsed: { [self] done, total in
        let share = Indexer.readingShare
        reportReading(
          share / 5 + done * (share - share / 5) / max(total, 1), done, total, "Parsing")
      },
      knowledgeBuilt: { [self] fraction, stage in knowledgeBuilt(fraction, stage) },
      restoring: { [self] in
        _ = advance(to: 90)
        progress?.report(percentage: 90, message: "Restoring the index from the cache")
      })
  }

  private func reportReading(_ scaled: Int, _ done: Int, _ total: Int, _ verb: String) {
    let percentage = total > 0 ? scaled / total : 0
    guard advance(to: percentage) else { return }
    store.setStatus(.indexing(documentsDone: done, documentsTotal: total))
    progress?.report(percentage: percentage, message: "\(verb) \(done) of \(total) documents")
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
  static var now: UInt64 { Clocks.monotonicNanoseconds() }

  static func millisecondsSince(_ start: UInt64) -> Int {
    Int((Clocks.monotonicNanoseconds() - start) / 1_000_000)
  }
}
