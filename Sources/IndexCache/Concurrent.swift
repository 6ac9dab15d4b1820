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
