/// Tests on eight bytes at once ("SIMD within a register"), for scans that skip runs of ordinary
/// text a `UInt64` at a time and look at single bytes only where something happens.
///
/// Each test returns a mask that is nonzero exactly when some byte of the word passes. Within the
/// mask, the lowest set bit (0x80 of a byte, the word read little-endian) marks the first byte
/// that passes; bits above it may be false positives, so callers re-examine bytes one by one from
/// there.
enum SWAR {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset`, first byte lowest. The caller guarantees `offset + 8 <= count`.
  @inline(__always)
  static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  /// Some byte of `word` is `byte`.
  @inline(__always)
  static func hasByte(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highBits
  }

  /// Some byte of `word` is below `bound` (at most 0x80).
  @inline(__always)
  static func hasByteBelow(_ word: UInt64, _ bound: UInt8) -> UInt64 {
    (word &- ones &* UInt64(bound)) & ~word & highBits
  }

  /// Index (0–7) of the first byte marked in a nonzero mask.
  @inline(__always)
  static func firstMarked(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
