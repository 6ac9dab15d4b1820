/// A fast 64-bit hash of bytes, for the cache's key (a corpus's content) and its checksum.
///
/// Multiply-and-fold mixing in the manner of wyhash: 32 bytes a round in two independent lanes,
/// each a 64 × 64 → 128-bit multiplication folded to 64 bits, so a text is hashed at several
/// gigabytes a second on one core. The length is mixed into the result, so zero bytes at the end
/// count. It detects changes, not attacks: a corpus crafted to collide could, at about one chance
/// in 2⁶⁴ for changes made without that intent.
public enum ContentHash {
  static let primes: (UInt64, UInt64, UInt64, UInt64) = (
    0xa076_1d64_78bd_642f, 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3, 0x5899_65cc_7537_4cc3
  )

  /// The hash of `bytes`, starting from `seed`.
  public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    let count = bytes.count
    var left = seed ^ primes.0
    var right = seed ^ primes.1 ^ UInt64(truncatingIfNeeded: count)
    var offset = 0
    while offset + 32 <= count {
      left = mix(
        word(bytes, offset) ^ primes.1, word(bytes, offset + 8) ^ left)
      right = mix(
        word(bytes, offset + 16) ^ primes.2, word(bytes, offset + 24) ^ right)
      offset += 32
    }
    while offset + 8 <= count {
      left = mix(word(bytes, offset) ^ primes.2, left ^ primes.3)
      swap(&left, &right)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    left = mix(tail ^ primes.3, left ^ primes.2)
    // The length goes in by a multiplication of its own: XORed into a lane it could cancel
    // the one it was seeded with (eight zero bytes and nine hashed alike).
    let lanes = mix(left ^ primes.0, right ^ primes.2)
    return mix(lanes ^ primes.3, UInt64(truncatingIfNeeded: count) ^ primes.1)
  }

  /// The hash of `bytes`, starting from `seed`.
  public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
    bytes.withUnsafeBytes { hash($0, seed: seed) }
  }

  /// The hash of a string's UTF-8 bytes.
  public static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
    // The string's own bytes where it has them (no array is made for every path of a corpus).
    var string = string
    return string.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
  }

  /// A hash that depends on `value` and on everything combined into `state` before.
  public static func combine(_ state: UInt64, _ value: UInt64) -> UInt64 {
    mix(state ^ primes.0, value ^ primes.1)
  }

  /// `value` in 16 hexadecimal digits.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  @inline(__always)
  static func mix(_ lhs: UInt64, _ rhs: UInt64) -> UInt64 {
    let product = lhs.multipliedFullWidth(by: rhs)
    return product.high ^ product.low
  }

  @inline(__always)
  static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }
}
