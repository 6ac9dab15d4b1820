import Dispatch
import Synchronization

/// Independent work items on every core, results kept in order: the one way any layer runs
/// work in parallel (reading a corpus, building its knowledge, restoring it from a cache).
public enum Parallel {
  /// `transform` of every index in `0..<count` on all cores, in index order. `progress` hears
  /// how many items have finished, from any thread.
  public static func map<T: Sendable>(
    _ count: Int, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    _ transform: @Sendable (Int) -> T
  ) -> [T] {
    guard count > 1 || progress != nil else { return (0..<count).map(transform) }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deallocate() }
    // Safe to share: iteration `index` writes only `slots[index]`, and `concurrentPerform`
    // returns only after every iteration has finished, before the slots are read.
    nonisolated(unsafe) let shared = slots
    let done = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      shared[index] = transform(index)
      let finished = done.add(1, ordering: .relaxed).newValue
      progress?(finished, count)
    }
    // Every slot was filled: `concurrentPerform` ran every index. The results are moved out,
    // not copied: a copy retains every reference a result holds, and freeing the slots then
    // releases them all again (retain and release were a fifth of a restore's time in `perf`).
    return [T](unsafeUninitializedCapacity: count) { results, initialized in
      for index in 0..<count {
        (results.baseAddress! + index).initialize(to: (slots.baseAddress! + index).move()!)
      }
      initialized = count
    }
  }

  /// Starts `work` on a thread of its own and returns at once; `Pending.value` waits for its
  /// result. For work that runs on one core and needs nothing of what its caller does next,
  /// so that it need not wait for its turn while the other core sits idle.
  public static func start<T: Sendable>(_ work: @escaping @Sendable () -> T) -> Pending<T> {
    let pending = Pending<T>()
    pending.group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      pending.result = work()
      pending.group.leave()
    }
    return pending
  }

  /// Lets go of `value` on a thread of its own: freeing a large tree of arrays keeps one core
  /// busy for a while, and nothing needs to wait for it. The caller keeps no other reference.
  public static func discard<T: Sendable>(_ value: consuming T) {
    let held = value
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
  }

  /// The cores this process may run on (at least 1, at most 64).
  public static let coreCount: Int = {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
      return max(1, min(64, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    #else
      return 1
    #endif
  }()

  /// Runs items `0..<count` on one worker per core, each worker claiming the next unclaimed
  /// item, and returns each item's result in order and each worker's state.
  ///
  /// A worker's `State` accumulates what its items share (a vocabulary, an intern table) so
  /// that nothing per item has to be merged: only one state per core is, at the end.
  public static func workers<State: Sendable, Result: Sendable>(
    _ count: Int, state makeState: @Sendable (_ worker: Int) -> State,
    _ body: @Sendable (_ state: inout State, _ item: Int, _ worker: Int) -> Result
  ) -> (results: [Result], states: [State]) {
    let workerCount = max(1, min(coreCount, count))
    if workerCount == 1 {
      var state = makeState(0)
      let results = (0..<count).map { body(&state, $0, 0) }
      return (results, [state])
    }
    let results = Slots<Result>(count: count)
    let states = Slots<State>(count: workerCount)
    defer {
      results.deallocate()
      states.deallocate()
    }
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
      var state = makeState(worker)
      while true {
        let item = next.add(1, ordering: .relaxed).oldValue
        guard item < count else { break }
        results.set(item, body(&state, item, worker))
      }
      states.set(worker, state)
    }
    return (results.values(), states.values())
  }

  /// Updates every element of `array` in place, on every core, and returns `body`'s results in
  /// order. Nothing is copied: each element is reached through the array's own buffer.
  public static func updateEach<Element: Sendable, Result: Sendable>(
    _ array: inout [Element], _ body: @Sendable (inout Element) -> Result
  ) -> [Result] {
    array.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedBuffer(buffer)
      return map(buffer.count) { index in body(&shared.buffer[index]) }
    }
  }

  /// Hands `array` to `body` in contiguous chunks (about four per core) to update in place, on
  /// every core, and returns each chunk's result in order.
  public static func updateChunks<Element: Sendable, Result: Sendable>(
    _ array: inout [Element], _ body: @Sendable (UnsafeMutableBufferPointer<Element>) -> Result
  ) -> [Result] {
    array.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedBuffer(buffer)
      let ranges = chunks(buffer.count, parts: coreCount * 4)
      return map(ranges.count) { part in
        body(UnsafeMutableBufferPointer(rebasing: shared.buffer[ranges[part]]))
      }
    }
  }

  /// Hands `array` to `body` in `parts` contiguous ranges (one per core by default) to update
  /// in place, on every core: `body` gets the range of indices and that part of the buffer.
  public static func updateRanges<Element: Sendable>(
    _ array: inout [Element], parts: Int = coreCount,
    _ body: @Sendable (_ range: Range<Int>, _ elements: UnsafeMutableBufferPointer<Element>) -> Void
  ) {
    array.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedBuffer(buffer)
      let ranges = chunks(buffer.count, parts: parts)
      _ = map(ranges.count) { part in
        body(ranges[part], UnsafeMutableBufferPointer(rebasing: shared.buffer[ranges[part]]))
      }
    }
  }

  /// An array of `count` plain values made in contiguous chunks on every core: `body` is
  /// given a range of indices and the uninitialised elements of that range, and must write
  /// every one. The pages of a large array are first touched (and zeroed by the kernel) on
  /// every core, not on one.
  public static func fill<Element: BitwiseCopyable & Sendable>(
    _ count: Int,
    _ body: @Sendable (_ range: Range<Int>, _ elements: UnsafeMutableBufferPointer<Element>) -> Void
  ) -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      let shared = SharedBuffer(buffer)
      let ranges = chunks(count, parts: coreCount * 4)
      _ = map(ranges.count) { part in
        body(ranges[part], UnsafeMutableBufferPointer(rebasing: shared.buffer[ranges[part]]))
      }
      initializedCount = count
    }
  }

  /// Splits `0..<count` into about `parts` contiguous ranges of equal size (none empty).
  public static func chunks(_ count: Int, parts: Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let parts = max(1, min(parts, count))
    return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
  }
}

/// The result of work begun by `Parallel.start`.
///
/// `@unchecked Sendable` is safe: `result` is written once, by the work, before it leaves
/// `group`, and read only after `value` has waited for it to leave.
public final class Pending<T: Sendable>: @unchecked Sendable {
  fileprivate let group = DispatchGroup()
  fileprivate var result: T?

  fileprivate init() {}

  /// Waits for the work to finish and gives its result.
  public var value: T {
    group.wait()
    return result!
  }
}

/// An array's buffer handed to the tasks of `Parallel`.
///
/// `@unchecked Sendable` is safe because each task reaches only its own elements (one index,
/// or one chunk), and the buffer outlives the tasks (they end before `withUnsafeMutable…`
/// returns).
private struct SharedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Result slots written concurrently, one writer per slot.
///
/// `@unchecked Sendable` is safe because each index is written by exactly one iteration of
/// `concurrentPerform`, and the slots are read only after it returns.
private final class Slots<Value>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  func set(_ index: Int, _ value: Value) { buffer[index] = value }

  /// The values, each moved out of its slot (the slots are left empty).
  func values() -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(buffer.count)
    for index in buffer.indices {
      values.append(buffer[index].take()!)
    }
    return values
  }

  func deallocate() {
    _ = buffer.deinitialize()
    buffer.deallocate()
  }
}
