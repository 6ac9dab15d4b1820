/// Reads what `ByteWriter` wrote, checking every read against the end of the bytes and every
/// number against the range its caller allows: a malformed payload is an error, never a trap.
struct ByteReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var offset: Int

  /// Reads `bytes` from `offset`. The caller keeps the memory alive while the reader is used.
  init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset >= bytes.count }

  /// How many bytes are left to read.
  var remainingByteCount: Int { max(0, bytes.count - offset) }

  mutating func byte() throws(CacheProblem) -> UInt8 {
    guard offset < bytes.count else { throw .malformed("the payload ends early") }
    let value = bytes[offset]
    offset += 1
    return value
  }

  mutating func uint32() throws(CacheProblem) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw .malformed("the payload ends early") }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
    offset += 4
    return UInt32(littleEndian: value)
  }

  mutating func uint64() throws(CacheProblem) -> UInt64 {
    guard offset + 8 <= bytes.count else { throw .malformed("the payload ends early") }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    offset += 8
    return UInt64(littleEndian: value)
  }

  @inline(__always)
  mutating func varint() throws(CacheProblem) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count else { throw .malformed("the payload ends early") }
      let byte = bytes[offset]
      offset += 1
      guard shift < 64 else { throw .malformed("a number is too long") }
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
    }
  }

  /// A non-negative number, at most `limit`.
  @inline(__always)
  mutating func count(atMost limit: Int = Int(Int32.max)) throws(CacheProblem) -> Int {
    let value = try varint()
    guard value <= UInt64(limit) else { throw .malformed("a number is out of range") }
    return Int(value)
  }

  /// A zig-zag encoded number within ±`limit`.
  @inline(__always)
  mutating func signed(within limit: Int = Int(Int32.max)) throws(CacheProblem) -> Int {
    let raw = try varint()
    let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    guard value >= -Int64(limit), value <= Int64(limit) else {
      throw .malformed("a number is out of range")
    }
    return Int(value)
  }

  mutating func bool() throws(CacheProblem) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw .malformed("a flag is neither 0 nor 1")
    }
  }

  /// The next `count` bytes.
  mutating func bytes(_ count: Int) throws(CacheProblem) -> UnsafeRawBufferPointer {
    guard count >= 0, offset + count <= bytes.count else {
      throw .malformed("the payload ends early")
    }
    let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    offset += count
    return slice
  }
}

extension Array where Element == UInt8 {
  /// `withUnsafeBytes` with a typed error.
  func withBytes<T, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> T) throws(E) -> T {
    let result: Result<T, E> = withUnsafeBytes { bytes in
      do throws(E) {
        return .success(try body(bytes))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}
