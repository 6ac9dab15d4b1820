import Corpus
import Testing

/// Corpus files are numbered in the bytewise order of their paths, so that ids (and with them
/// every stored position) are the same from one load to the next, whatever the locale.
@Suite struct BytewiseOrderTests {
  /// Short strings (kept inline), long ones, prefixes, non-ASCII, bytes either side of "/".
  let texts = [
    "", "a", "a.txt", "a/b.txt", "a-b/c.txt", "a0", "B.txt", "b.txt", "é.txt", "e\u{301}.txt",
    "2024/05/10 article on the disputed islands.md", "2024/05/10 article on the disputed island.md",
    "zz", "Ω/日本.txt",
  ]

  @Test func stringsSortByTheirUTF8BytesAsAGenericComparisonDoes() {
    for left in texts {
      for right in texts {
        #expect(
          BytewiseOrder.precedes(left, right) == left.utf8.lexicographicallyPrecedes(right.utf8),
          "\(left) before \(right)")
      }
    }
  }

  @Test func byteArraysSortAsTheirStringsDo() {
    for left in texts {
      for right in texts {
        #expect(
          BytewiseOrder.precedes(Array(left.utf8), Array(right.utf8))
            == BytewiseOrder.precedes(left, right))
      }
    }
  }

  @Test func pathsSortInBytewiseOrderNotInUnicodeOrder() throws {
    // "é" as one scalar (C3 A9) sorts after "e" + combining accent (65 CC 81) by bytes, though
    // Swift's String comparison calls the two equal; uppercase sorts before lowercase.
    let names = ["é.txt", "e\u{301}.txt", "b.txt", "B.txt", "a-b.txt", "a.txt"]
    let sorted = names.sorted(by: BytewiseOrder.precedes)
    #expect(sorted == ["B.txt", "a-b.txt", "a.txt", "b.txt", "e\u{301}.txt", "é.txt"])
  }
}
