/// Appends little-endian numbers and variable-length integers to a byte buffer.
///
/// Most numbers in an index are small (a delta between offsets, a length, a count), so they go
/// as LEB128 variable-length integers: seven bits a byte, the high bit set on all but the last.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  var count: Int { bytes.count }

  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  mutating func append(contentsOf other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

  /// A number in exactly four bytes, least significant first.
  mutating func appendUInt32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A number in exactly eight bytes, least significant first.
  mutating func appendUInt64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A non-negative number in as few bytes as it needs (negative numbers are written as 0:
  /// callers pass counts, lengths and offsets).
  mutating func appendCount(_ value: Int) { appendVarint(UInt64(max(value, 0))) }

  /// A number that may be negative (a delta), zig-zag encoded so small magnitudes stay short.
  mutating func appendSigned(_ value: Int) {
    let wide = Int64(value)
    appendVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  mutating func appendVarint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func appendBool(_ value: Bool) { bytes.append(value ? 1 : 0) }
}
