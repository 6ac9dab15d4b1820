import Corpus
import Dispatch
import Knowledge

/// The part of a restore that needs only the cache file, run on a thread of its own while the
/// corpus's files are read: the file opened and checked (all but its key), the documents'
/// parts and the entities decoded, and the knowledge base's matcher, lookup index and
/// mentions made. Whether any of it is used is decided afterwards, by the key.
final class EarlyRestore: @unchecked Sendable {
  /// What the cache file gave.
  struct Prepared: Sendable {
    let key: UInt64
    let outcomes: [StoredFileOutcome]
    let knowledge: PreparedRestore
  }

  /// Why it gave nothing, and its key when its header could be read.
  struct Problem: Error {
    let headerKey: UInt64?
    let problem: CacheProblem
  }

  // `@unchecked Sendable` is safe: `result` and `milliseconds` are written once, by the work
  // item, before it leaves `group`; they are read only after `wait()` has seen it leave.
  private var result: Result<Prepared, Problem> = .failure(
    Problem(headerKey: nil, problem: .missing))
  private var milliseconds = 0
  private let group = DispatchGroup()

  private init() {}

  /// Starts reading the cache file at `path`.
  static func start(cache: IndexCache, path: String) -> EarlyRestore {
    let early = EarlyRestore()
    early.group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      let started = DispatchTime.now().uptimeNanoseconds
      early.result = prepare(cache: cache, path: path)
      early.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
      early.group.leave()
    }
    return early
  }

  /// Waits for the work to end; returns what it made and how long it took.
  @discardableResult
  func wait() -> (result: Result<Prepared, Problem>, milliseconds: Int) {
    group.wait()
    return (result, milliseconds)
  }

  private static func prepare(cache: IndexCache, path: String) -> Result<Prepared, Problem> {
    let (headerKey, opened) = cache.openFile(path: path)
    do throws(CacheProblem) {
      let decoder = try opened.get()
      let outcomes = try decoder.files()
      var byteCounts: [Int] = []
      byteCounts.reserveCapacity(outcomes.count)
      for case .document(let parts, _) in outcomes {
        guard let lineIndex = parts.lineIndex else {
          throw .malformed("a document has no line index")
        }
        byteCounts.append(lineIndex.byteCount)
      }
      let (entities, surnames) = try decoder.entities()
      let knowledge: PreparedRestore
      do {
        knowledge = try KnowledgeBase.prepareRestore(
          entities: entities, sharedSurnames: surnames, documentByteCounts: byteCounts)
      } catch {
        throw .malformed(error.description)
      }
      return .success(Prepared(key: headerKey ?? 0, outcomes: outcomes, knowledge: knowledge))
    } catch {
      return .failure(Problem(headerKey: headerKey, problem: error))
    }
  }
}
