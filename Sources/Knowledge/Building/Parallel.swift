import Dispatch

/// Runs independent work items on every core and keeps their results in order.
enum Parallel {
  static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    guard count > 1 else { return (0..<count).map(body) }
    let slots = Slots<Result>(count: count)
    defer { slots.deallocate() }
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.set(index, body(index))
    }
    return slots.values()
  }
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

  func values() -> [Value] { buffer.map { $0! } }

  func deallocate() {
    _ = buffer.deinitialize()
    buffer.deallocate()
  }
}
