import Testing

@testable import IndexCache

/// The key's hash changes with any change to the bytes: a flipped bit anywhere, a byte more or
/// less, bytes in another order.
@Suite struct ContentHashTests {
  let text = Array(
    "Foreign Minister Sergei Lavrov said on Monday that the talks on the islands would go on. "
      .utf8)

  @Test func everySingleBitFlipChangesTheHash() {
    let original = ContentHash.hash(text)
    var unchanged: [Int] = []
    for bit in 0..<(text.count * 8) {
      var flipped = text
      flipped[bit / 8] ^= 1 << UInt8(bit % 8)
      if ContentHash.hash(flipped) == original { unchanged.append(bit) }
    }
    #expect(unchanged.isEmpty)
  }

  @Test func zeroBytesAtTheEndCount() {
    let hashes = (0...80).map { ContentHash.hash([UInt8](repeating: 0, count: $0)) }
    #expect(Set(hashes).count == hashes.count)
  }

  @Test func wordsInAnotherOrderHashDifferently() {
    let swapped = Array(text[8..<16]) + Array(text[0..<8]) + Array(text[16...])
    #expect(ContentHash.hash(swapped) != ContentHash.hash(text))
    // Every length from 0 to the whole text: each prefix has its own hash.
    let prefixes = (0...text.count).map { ContentHash.hash(Array(text.prefix($0))) }
    #expect(Set(prefixes).count == prefixes.count)
  }

  @Test func theSeedChangesTheHashAndCombiningIsOrdered() {
    #expect(ContentHash.hash(text, seed: 1) != ContentHash.hash(text, seed: 2))
    let a = ContentHash.hash("a")
    let b = ContentHash.hash("b")
    #expect(
      ContentHash.combine(ContentHash.combine(0, a), b)
        != ContentHash.combine(ContentHash.combine(0, b), a))
  }

  @Test func hexadecimalIsSixteenDigits() {
    #expect(ContentHash.hex(0) == "0000000000000000")
    #expect(ContentHash.hex(0xDEAD_BEEF) == "00000000deadbeef")
    #expect(ContentHash.hex(.max) == "ffffffffffffffff")
  }
}
