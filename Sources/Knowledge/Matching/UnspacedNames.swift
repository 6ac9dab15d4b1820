/// Names in scripts written without spaces (Han, kana, Hangul, Thai), found anywhere inside a
/// run of such letters ("中国称藏南为…"), the longest first at each place.
///
/// At each place of a run only the names that could start there are read: the place's first
/// letter must open some name, and then one lookup per distinct name length, longest first,
/// says which. The work per letter does not grow with the number of names (a corpus of Chinese
/// news gives thousands).
struct UnspacedNames: Sendable {
  private var entityOfName: [[UInt8]: Int] = [:]
  /// The first three bytes of every name (each name's first letter takes at least three).
  private var openings: Set<UInt32> = []
  /// The byte lengths of the names, longest first.
  private var lengths: [Int] = []

  var isEmpty: Bool { entityOfName.isEmpty }

  private static func opening(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
    UInt32(bytes[offset]) << 16 | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2])
  }

  /// Adds a name of `entityID`; the first entity to claim a name keeps it.
  mutating func add(_ name: [UInt8], entityID: Int) {
    guard name.count >= 3, entityOfName[name] == nil else { return }
    entityOfName[name] = entityID
    openings.insert(name.withUnsafeBufferPointer { Self.opening($0, at: 0) })
    if !lengths.contains(name.count) {
      lengths.append(name.count)
      lengths.sort(by: >)
    }
  }

  /// The longest name at `offset` that ends by `end`, with its entity.
  func longest(
    in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int
  ) -> (length: Int, entityID: Int)? {
    guard offset + 3 <= end, openings.contains(Self.opening(bytes, at: offset)) else {
      return nil
    }
    for length in lengths where offset + length <= end {
      if let entityID = entityOfName[Array(bytes[offset..<offset + length])] {
        return (length, entityID)
      }
    }
    return nil
  }
}
