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

extension SWAR {
  /// Marks the bytes of `word` that are ASCII letters.
  @inline(__always)
  static func asciiLetters(_ word: UInt64) -> UInt64 {
    // Folded to lower case and without the high bit, a letter is 0x61–0x7A; adding never carries
    // into the next byte. Bytes with the high bit are not ASCII.
    let folded = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
    let pastZ = folded &+ 0x0505_0505_0505_0505
    return atLeastA & ~pastZ & ~word & highBits
  }

  /// Marks the bytes of `word` that are ASCII digits.
  @inline(__always)
  static func asciiDigits(_ word: UInt64) -> UInt64 {
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastZero = low &+ 0x5050_5050_5050_5050  // 0x30 + 0x50 = 0x80
    let pastNine = low &+ 0x4646_4646_4646_4646  // 0x3A + 0x46 = 0x80
    return atLeastZero & ~pastNine & ~word & highBits
  }

  /// Marks the bytes of `word` that are ASCII letters or digits.
  @inline(__always)
  static func asciiAlphanumerics(_ word: UInt64) -> UInt64 {
    asciiLetters(word) | asciiDigits(word)
  }
}

extension SWAR {
  /// Marks exactly the bytes of `word` equal to `byte` (no false positives, unlike `hasByte`).
  @inline(__always)
  static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return ~(((difference & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | difference)
      & highBits
  }
}

extension SWAR {
  /// How many bytes a mask marks (a multiply adds the eight flags into the top byte; cheaper
  /// than a population count on x86-64 without POPCNT, the baseline Swift compiles for).
  @inline(__always)
  static func markedCount(_ mask: UInt64) -> Int {
    Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
  }
}
