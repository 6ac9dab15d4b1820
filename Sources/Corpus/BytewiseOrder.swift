import Base

/// The bytewise order of UTF-8 texts, by `memcmp`: how a corpus's file paths are sorted (so ids
/// are stable from load to load) and how a name index sorts its keys. The generic comparison of
/// two byte sequences is several times slower: sorting 100,000 paths with it was 3 % of a
/// restore from the index cache, in `perf`.
public enum BytewiseOrder {
  /// True when `left` sorts before `right`: at the first byte that differs, or, when one is a
  /// prefix of the other, when `left` is the shorter.
  public static func precedes(
    _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let common = min(left.count, right.count)
    let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
    return order != 0 ? order < 0 : left.count < right.count
  }

  public static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    left.withUnsafeBufferPointer { left in
      right.withUnsafeBufferPointer { right in precedes(left, right) }
    }
  }

  /// Compares the strings' own UTF-8 storage where they have it (native strings do).
  public static func precedes(_ left: String, _ right: String) -> Bool {
    let compared = left.utf8.withContiguousStorageIfAvailable { left in
      right.utf8.withContiguousStorageIfAvailable { right in precedes(left, right) }
    }
    return (compared ?? nil) ?? left.utf8.lexicographicallyPrecedes(right.utf8)
  }
}
