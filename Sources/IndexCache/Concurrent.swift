import Dispatch

/// Independent work items on every core, results kept in order.
enum Concurrent {
  static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      slots.deinitialize()
      slots.deallocate()
    }
    // Safe to share: item `index` writes only `slots[index]`, and `concurrentPerform` returns
    // only after every item has finished, before the slots are read.
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { index in
      shared[index] = transform(index)
    }
    // Every slot was filled: `concurrentPerform` ran every index.
    return slots.map { $0! }
  }

  /// `transform` of every index on every core; the first error in index order, if any.
  static func map<T: Sendable, E: Error>(
    _ count: Int, throwing transform: @Sendable (Int) throws(E) -> T
  ) throws(E) -> [T] {
    let results = map(count) { index -> Result<T, E> in
      do throws(E) {
        return .success(try transform(index))
      } catch {
        return .failure(error)
      }
    }
    var values: [T] = []
    values.reserveCapacity(count)
    for result in results { values.append(try result.get()) }
    return values
  }
}
