import Base
import Corpus
import Knowledge

/// Where indexing stands.
enum IndexStatus: Sendable, Equatable {
  /// No corpus yet (before `initialize`, or while the first one is read).
  case indexing(documentsDone: Int, documentsTotal: Int)
  case ready
  /// The corpus could not be read; the server answers from an empty index.
  case failed(String)
}

/// One consistent view of the corpus and what was learnt from it. Requests read a snapshot;
/// a re-index builds a new one and swaps it in whole, so no request sees half an index.
struct IndexSnapshot: Sendable {
  let knowledge: KnowledgeBase
  let status: IndexStatus
  /// Increases with every swap, so caches can tell which index they were built from.
  let generation: Int
  /// Where this index stands with the index cache (restored from it, being written, …).
  var cache: IndexCacheState = .none

  var corpus: Corpus { knowledge.corpus }

  static let empty = IndexSnapshot(
    knowledge: KnowledgeBase.build(corpus: .empty, log: { _ in }),
    status: .indexing(documentsDone: 0, documentsTotal: 0), generation: 0)
}

/// Where an index stands with the index cache, as `dossier/status` reports it.
enum IndexCacheState: String, Sendable {
  /// No index yet, or none that the cache concerns (no corpus).
  case none
  /// The cache is switched off.
  case off
  /// The index came from the cache.
  case restored
  /// The index was built; the cache is being written.
  case writing
  case written
  /// The cache could not be written (the log says why).
  case failed
}

/// Holds the current snapshot; read from the request thread, replaced from the indexing thread.
final class IndexStore: Sendable {
  /// Guards only the reference swap; snapshots themselves are immutable.
  private let current = Lock(IndexSnapshot.empty)

  init() {}

  var snapshot: IndexSnapshot { current.withLock { $0 } }

  /// Installs a new snapshot with the next generation number and returns it.
  @discardableResult
  func install(
    knowledge: KnowledgeBase, status: IndexStatus, cache: IndexCacheState = .none
  ) -> IndexSnapshot {
    current.withLock { snapshot in
      snapshot = IndexSnapshot(
        knowledge: knowledge, status: status, generation: snapshot.generation + 1, cache: cache)
      return snapshot
    }
  }

  /// Updates only the progress of an index being built.
  func setStatus(_ status: IndexStatus) {
    current.withLock { snapshot in
      snapshot = IndexSnapshot(
        knowledge: snapshot.knowledge, status: status, generation: snapshot.generation,
        cache: snapshot.cache)
    }
  }

  /// Updates the cache state of the snapshot of `generation`, if it is still the current one.
  func setCache(_ cache: IndexCacheState, generation: Int) {
    current.withLock { snapshot in
      guard snapshot.generation == generation else { return }
      snapshot.cache = cache
    }
  }
}
