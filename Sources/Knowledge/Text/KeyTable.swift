/// A hash table from token keys to small values, with open addressing.
///
/// Slots come from one multiplication (Fibonacci hashing), not Swift's `Hasher`, whose
/// SipHash costs more than the whole tokenizer per word on the matcher's hot path. Zero marks
/// an empty slot; the rare key 0 is kept apart.
struct KeyTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private var shift: UInt64
  private(set) var count = 0
  private var zeroValue: Int32?

  init(minimumCapacity: Int = 16) {
    var size = 16
    while size < minimumCapacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  subscript(key: UInt64) -> Int32? {
    get {
      if key == 0 { return zeroValue }
      var slot = self.slot(key)
      while true {
        let found = keys[slot]
        if found == key { return values[slot] }
        if found == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
    set {
      guard let newValue else { return }  // Removal is never needed.
      if key == 0 {
        if zeroValue == nil { count += 1 }
        zeroValue = newValue
        return
      }
      if (count + 1) * 2 > keys.count { grow() }
      var slot = self.slot(key)
      while true {
        let found = keys[slot]
        if found == key {
          values[slot] = newValue
          return
        }
        if found == 0 {
          keys[slot] = key
          values[slot] = newValue
          count += 1
          return
        }
        slot = (slot + 1) & mask
      }
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Int32](repeating: 0, count: oldKeys.count * 2)
    mask = keys.count - 1
    shift = UInt64(64 - keys.count.trailingZeroBitCount)
    let zero = zeroValue
    count = 0
    zeroValue = nil
    for (index, key) in oldKeys.enumerated() where key != 0 { self[key] = oldValues[index] }
    if let zero { self[0] = zero }
  }
}

/// A set of token keys (see `KeyTable`), for the word lists: small, built once, read on every
/// token.
struct KeySet: Sendable {
  private var table: KeyTable
  /// The keys, for unions.
  private(set) var members: [UInt64] = []

  init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
    table = KeyTable(minimumCapacity: keys.underestimatedCount)
    for key in keys { insert(key) }
  }

  init() { table = KeyTable() }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { table[key] != nil }

  @discardableResult
  mutating func insert(_ key: UInt64) -> Bool {
    if table[key] != nil { return false }
    table[key] = 1
    members.append(key)
    return true
  }

  func union<S: Sequence>(_ other: S) -> KeySet where S.Element == UInt64 {
    var copy = self
    for key in other { copy.insert(key) }
    return copy
  }

  func union(_ other: KeySet) -> KeySet { union(other.members) }

  mutating func formUnion(_ other: KeySet) {
    for key in other.members { insert(key) }
  }

  var count: Int { members.count }
}
