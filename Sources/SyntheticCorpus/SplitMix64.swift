/// A small, fast, deterministic pseudo-random generator (SplitMix64).
///
/// The synthetic corpus must be byte-identical for one seed on every machine and every run, so
/// it never uses the system generator. Streams are derived from (seed, purpose, index), so that
/// article 7 is the same whether 10 or 100,000 articles are generated.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// A generator for one purpose and index, independent of every other stream.
  public init(seed: UInt64, stream: Stream, index: Int, subindex: Int = 0) {
    var mixer = SplitMix64(seed: seed ^ (stream.rawValue &* 0x9E37_79B9_7F4A_7C15))
    var value = mixer.next() ^ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9
    value ^= UInt64(truncatingIfNeeded: subindex) &* 0x94D0_49BB_1331_11EB
    state = value
    _ = next()
  }

  /// What a stream of numbers is for; each purpose gets its own sequence.
  public enum Stream: UInt64, Sendable {
    case country = 1
    case person = 2
    case territory = 3
    case place = 4
    case organization = 5
    case outlet = 6
    case article = 7
    case reporter = 8
    case surname = 9
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number in `0..<count` (0 when `count` is not positive).
  public mutating func below(_ count: Int) -> Int {
    guard count > 0 else { return 0 }
    return Int(next() % UInt64(count))
  }

  /// True with the given probability in percent.
  public mutating func percent(_ chance: Int) -> Bool { below(100) < chance }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }

  /// A number in `0..<count` skewed towards 0, so a few entities are mentioned very often and
  /// most rarely, as in real news.
  public mutating func skewed(below count: Int) -> Int {
    guard count > 1 else { return 0 }
    let unit = Double(next() >> 11) / Double(1 << 53)
    return min(count - 1, Int(Double(count) * unit * unit * unit))
  }
}
