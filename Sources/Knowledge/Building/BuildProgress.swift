import Synchronization

/// Reports how far `KnowledgeBase.build` has come, as one fraction over its stages.
///
/// Each stage owns a slice of 0…1 sized by its share of the build's wall time on 10,000
/// synthetic articles (the per-document stages run on every core, the others on one). The
/// per-document stages report as documents finish, from any thread, at most once per percent.
final class BuildProgress: Sendable {
  enum Stage: String, Sendable {
    case extracting = "Reading names and statements"
    case grouping = "Grouping names into entities"
    case profiling = "Choosing names and definitions"
    case matching = "Finding mentions"
    case assembling = "Assembling entities"

    /// Where the stage starts and ends on the 0…1 scale.
    var slice: (start: Double, end: Double) {
      switch self {
      case .extracting: return (0.0, 0.3)
      case .grouping: return (0.3, 0.55)
      case .profiling: return (0.55, 0.65)
      case .matching: return (0.65, 0.75)
      case .assembling: return (0.75, 1.0)
      }
    }
  }

  typealias Report = @Sendable (_ fraction: Double, _ stage: String) -> Void

  private let report: Report?
  private let documents: Int
  /// Items the current stage reports as it goes (documents, groups, entities…).
  private let items = Atomic<Int>(0)
  private let done = Atomic<Int>(0)
  /// The last whole percent reported, so per-item calls send about a hundred reports.
  private let lastPercent = Atomic<Int>(-1)

  init(documents: Int, report: Report?) {
    self.documents = documents
    self.report = report
  }

  /// A stage begins: always reported, so every stage is named even when it starts at the
  /// percent where the previous one ended. `items`: how many `step` calls the stage will make
  /// (one per document when nil).
  func begin(_ stage: Stage, items count: Int? = nil) {
    done.store(0, ordering: .relaxed)
    items.store(count ?? documents, ordering: .relaxed)
    guard let report else { return }
    lastPercent.store(Int(stage.slice.start * 100), ordering: .relaxed)
    report(stage.slice.start, stage.rawValue)
  }

  /// One more document of a per-document stage is finished.
  func documentDone(_ stage: Stage) { step(stage) }

  /// One more item of the current stage is finished.
  func step(_ stage: Stage) {
    let total = items.load(ordering: .relaxed)
    guard report != nil, total > 0 else { return }
    let finished = done.add(1, ordering: .relaxed).newValue
    let (start, end) = stage.slice
    send(start + (end - start) * min(1, Double(finished) / Double(total)), stage)
  }

  /// `steps` more items of the current stage are finished.
  func steps(_ stage: Stage, _ count: Int) {
    let total = items.load(ordering: .relaxed)
    guard report != nil, total > 0, count > 0 else { return }
    let finished = done.add(count, ordering: .relaxed).newValue
    let (start, end) = stage.slice
    send(start + (end - start) * min(1, Double(finished) / Double(total)), stage)
  }

  private func send(_ fraction: Double, _ stage: Stage) {
    guard let report else { return }
    let percent = Int(fraction * 100)
    var last = lastPercent.load(ordering: .relaxed)
    while percent > last {
      let (exchanged, original) = lastPercent.compareExchange(
        expected: last, desired: percent, ordering: .relaxed)
      if exchanged {
        report(fraction, stage.rawValue)
        return
      }
      last = original
    }
  }
}
