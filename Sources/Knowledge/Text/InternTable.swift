/// Distinct byte strings, each numbered 0, 1, 2… in order of first insertion, stored end to end
/// in one buffer.
///
/// A corpus repeats its names very many times: extraction and grouping keep a name as its number
/// here, never as a `String` per occurrence. Strings are found by their FNV-1a hash through a
/// `KeyTable`; two strings whose hashes collide are told apart byte by byte (the later one is
/// filed under the next free hash).
struct InternTable: Sendable {
  private var bytes: [UInt8] = []
  /// Where each string starts in `bytes`; one more entry marks the end of the last.
  private var starts: [Int32] = [0]
  private var slots = KeyTable()

  init() {}

  var count: Int { starts.count - 1 }

  /// The number of `text`, inserting it when new.
  @discardableResult
  mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> Int32 {
    var hash = NameKey.hash(text)
    while true {
      guard let found = slots[hash] else {
        let id = Int32(count)
        bytes.append(contentsOf: text)
        starts.append(Int32(bytes.count))
        slots[hash] = id
        return id
      }
      if equals(found, text) { return found }
      hash &+= 0x9E37_79B9_7F4A_7C15  // A collision: the next candidate slot for this text.
    }
  }

  mutating func intern(_ text: [UInt8]) -> Int32 {
    text.withUnsafeBufferPointer { intern($0) }
  }

  mutating func intern(_ text: String) -> Int32 {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  /// The number of `text`, nil when it was never interned.
  func find(_ text: UnsafeBufferPointer<UInt8>) -> Int32? {
    var hash = NameKey.hash(text)
    while let found = slots[hash] {
      if equals(found, text) { return found }
      hash &+= 0x9E37_79B9_7F4A_7C15
    }
    return nil
  }

  func find(_ text: String) -> Int32? {
    var text = text
    return text.withUTF8 { find($0) }
  }

  /// The string numbered `id`.
  func string(_ id: Int32) -> String {
    let range = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
    return bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
  }

  /// Calls `body` with the bytes of string `id`.
  func withBytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let start = Int(starts[Int(id)])
    let end = Int(starts[Int(id) + 1])
    return bytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
  }

  /// Every string, in order.
  var strings: [String] { (0..<count).map { string(Int32($0)) } }

  private func equals(_ id: Int32, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[Int(id)])
    let end = Int(starts[Int(id) + 1])
    guard end - start == text.count else { return false }
    return bytes.withUnsafeBufferPointer { stored in
      var offset = 0
      while offset < text.count {
        if stored[start + offset] != text[offset] { return false }
        offset += 1
      }
      return true
    }
  }
}
