/// A set of short lowercase words, each packed into a `UInt64` (up to eight bytes), in a small
/// open-addressing table: a lookup is a multiply, a shift and a compare or two, with no string
/// built and no hashing of strings. Used for the closed word lists the page reader checks on
/// every line (function words, abbreviations, control words).
struct PackedWordSet: Sendable {
  private var slots: [UInt64]

  init(_ words: [String]) {
    slots = [UInt64](repeating: 0, count: 512)
    for word in words where word.utf8.count <= 8 {
      let packed = word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      var slot = Self.slot(packed)
      while slots[slot] != 0 && slots[slot] != packed { slot = (slot + 1) & 511 }
      slots[slot] = packed
    }
  }

  /// The bytes of `range`, ASCII letters lowercased, packed; nil when longer than eight bytes.
  @inline(__always)
  static func pack(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !range.isEmpty, range.count <= 8 else { return nil }
    var packed: UInt64 = 0
    for offset in range { packed = packed << 8 | UInt64(TextBytes.lowercased(bytes[offset])) }
    return packed
  }

  @inline(__always)
  private static func slot(_ packed: UInt64) -> Int {
    Int((packed &* 0x9E37_79B9_7F4A_7C15) >> 55)
  }

  @inline(__always)
  func contains(_ packed: UInt64) -> Bool {
    var slot = Self.slot(packed)
    // Most lookups end at their first slot (the table is mostly empty): decided there without
    // entering the loop.
    let first = slots[slot]
    if first == packed { return true }
    if first == 0 { return false }
    while true {
      slot = (slot + 1) & 511
      let stored = slots[slot]
      if stored == packed { return true }
      if stored == 0 { return false }
    }
  }

  /// True when the word at `range` (any ASCII case) is in the set.
  @inline(__always)
  func contains(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let packed = Self.pack(range, in: bytes) else { return false }
    return contains(packed)
  }
}
