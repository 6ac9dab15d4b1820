/// A match in a corpus document, kept for the life of the index: 12 bytes where a `RawMatch`
/// is 24. A corpus holds millions of them; corpus files are at most 64 MiB
/// (`FileReading.maximumByteCount`), so their offsets fit in 32 bits.
struct StoredMatch: Sendable, Hashable {
  private let start32: Int32
  private let end32: Int32
  private let entity32: Int32

  init(_ match: NameMatcher.RawMatch) {
    start32 = Int32(clamping: match.byteRange.lowerBound)
    end32 = Int32(clamping: match.byteRange.upperBound)
    entity32 = Int32(clamping: match.entityID)
  }

  var byteRange: Range<Int> { Int(start32)..<max(Int(start32), Int(end32)) }
  var entityID: Int { Int(entity32) }
}
