import Corpus

/// Independent work items on every core, results kept in order.
enum Concurrent {
  static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    Concurrently.map(count, transform)
  }

  /// `transform` of every index on every core; the first error in index order, if any.
  static func map<T: Sendable, E: Error>(
    _ count: Int, throwing transform: @Sendable (Int) throws(E) -> T
  ) throws(E) -> [T] {
    let outcomes = map(count) { index -> (value: T?, failure: E?) in
      do throws(E) {
        return (try transform(index), nil)
      } catch {
        return (nil, error)
      }
    }
    if let failure = outcomes.lazy.compactMap(\.failure).first { throw failure }
    // The values are moved out, not copied: a copy retains every reference a value holds.
    var slots = outcomes
    return slots.withUnsafeMutableBufferPointer { slots in
      [T](unsafeUninitializedCapacity: count) { values, initialized in
        for index in 0..<count {
          let slot = slots.baseAddress! + index
          // No failure, so every slot holds a value. The slot is left holding nothing.
          (values.baseAddress! + index).initialize(to: slot.move().value!)
          slot.initialize(to: (nil, nil))
        }
        initialized = count
      }
    }
  }
}
