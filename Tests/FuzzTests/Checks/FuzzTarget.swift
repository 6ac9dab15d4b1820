/// A property that must hold for every input, checked both by a libFuzzer executable
/// (`scripts/fuzz.sh`) and by `FuzzRegressionTests`, which replays the saved inputs under
/// `Tests/FuzzRegressions/<name>/`.
///
/// A check never traps on a broken property: it returns what went wrong, so the test can report
/// it and the fuzzer can abort with it. A crash or hang inside the code under test is found by
/// the fuzzer itself (and AddressSanitizer).
struct FuzzTarget: Sendable {
  let name: String
  let summary: String
  let check: @Sendable ([UInt8]) -> [String]

  /// Every target, by the name of its executable and of its regression folder.
  static let all: [FuzzTarget] = [
    .framing, .json, .params, .document, .positions, .entities, .html, .jsonl,
  ]

  static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// Collects the properties an input broke, with enough context to reproduce by hand.
struct Violations {
  private(set) var list: [String] = []

  mutating func expect(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String
  ) {
    if !condition() { list.append(message()) }
  }

  mutating func add(_ message: String) { list.append(message) }
}

/// A deterministic cursor over the fuzz input, for targets that need numbers as well as text.
struct FuzzInput {
  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { offset >= bytes.count }

  mutating func byte() -> UInt8 {
    guard offset < bytes.count else { return 0 }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// A small or extreme integer: the extremes are where clamping bugs live.
  mutating func integer() -> Int {
    switch byte() % 8 {
    case 0: return Int.min
    case 1: return Int.max
    case 2: return -Int(byte())
    case 3: return Int(byte()) << 8 | Int(byte())
    default: return Int(byte())
    }
  }

  /// Everything not read yet.
  mutating func rest() -> [UInt8] {
    defer { offset = bytes.count }
    return offset < bytes.count ? Array(bytes[offset...]) : []
  }
}
