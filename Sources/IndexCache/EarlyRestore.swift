import Corpus
import Dispatch
import Knowledge

/// The part of a restore that needs only the cache file, run on a thread of its own while the
/// corpus's files are read: the file opened and checked (all but its key), the documents'
/// parts and the entities decoded, and the knowledge base's matcher and mentions made (its
/// lookup index is made once it is ready, beside the first requests). Whether any of it is used is decided afterwards, by the key.
///
/// The documents' parts are handed over as soon as they are decoded (`waitForParts`), so the
/// documents can be made from them while the entities are still being decoded and prepared.
final class EarlyRestore: @unchecked Sendable {
  /// The documents' parts, the first thing the cache file gives.
  struct Parts: Sendable {
    let key: UInt64
    let outcomes: [StoredFileOutcome]
  }

  /// What the cache file gave.
  struct Prepared: Sendable {
    let key: UInt64
    let knowledge: PreparedRestore
  }

  /// Why it gave nothing, and its key when its header could be read.
  struct Problem: Error {
    let headerKey: UInt64?
    let problem: CacheProblem
  }

  // `@unchecked Sendable` is safe: `parts` is written once, by the work item, before it leaves
  // `partsGroup`, and read only after `waitForParts()` has seen it leave; `result` and
  // `milliseconds` likewise with `group` and `wait()`.
  private var parts: Result<Parts, Problem> = .failure(Problem(headerKey: nil, problem: .missing))
  private var result: Result<Prepared, Problem> = .failure(
    Problem(headerKey: nil, problem: .missing))
  private var milliseconds = 0
  private let partsGroup = DispatchGroup()
  private let group = DispatchGroup()

  private init() {}

  /// Starts reading the cache file at `path`.
  static func start(cache: IndexCache, path: String) -> EarlyRestore {
    let early = EarlyRestore()
    early.partsGroup.enter()
    early.group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      let started = DispatchTime.now().uptimeNanoseconds
      early.result = early.prepare(cache: cache, path: path)
      early.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
      early.group.leave()
    }
    return early
  }

  /// Waits for the documents' parts (or the problem that ended the work before them).
  func waitForParts() -> Result<Parts, Problem> {
    partsGroup.wait()
    return parts
  }

  /// Waits for the work to end; returns what it made and how long it took.
  @discardableResult
  func wait() -> (result: Result<Prepared, Problem>, milliseconds: Int) {
    group.wait()
    return (result, milliseconds)
  }

  /// Publishes the parts (or the problem) once: later calls do nothing.
  private var partsPublished = false
  private func publish(_ made: Result<Parts, Problem>) {
    guard !partsPublished else { return }
    partsPublished = true
    parts = made
    partsGroup.leave()
  }

  private func prepare(cache: IndexCache, path: String) -> Result<Prepared, Problem> {
    let (headerKey, opened) = cache.openFile(path: path)
    let made: Result<Prepared, Problem>
    do throws(CacheProblem) {
      let decoder = try opened.get()
      let outcomes = try decoder.files()
      var byteCounts: [Int] = []
      byteCounts.reserveCapacity(outcomes.count)
      for outcome in outcomes {
        let documents: [DocumentParts]
        switch outcome {
        case .document(let parts, _): documents = [parts]
        case .extracted(let parts): documents = parts
        case .skipped: documents = []
        }
        for parts in documents {
          guard let lineIndex = parts.lineIndex else {
            throw .malformed("a document has no line index")
          }
          byteCounts.append(lineIndex.byteCount)
        }
      }
      publish(.success(Parts(key: headerKey ?? 0, outcomes: outcomes)))
      let (entities, surnames) = try decoder.entities()
      let knowledge: PreparedRestore
      do {
        knowledge = try KnowledgeBase.prepareRestore(
          entities: entities, sharedSurnames: surnames, documentByteCounts: byteCounts)
      } catch {
        throw .malformed(error.description)
      }
      made = .success(Prepared(key: headerKey ?? 0, knowledge: knowledge))
    } catch {
      made = .failure(Problem(headerKey: headerKey, problem: error))
    }
    if case .failure(let problem) = made { publish(.failure(problem)) }
    return made
  }
}
