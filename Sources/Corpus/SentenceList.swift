/// The sentences of a document, kept compact: twelve bytes a sentence (start, end and block as
/// 32-bit numbers) instead of a `Sentence` of three `Int`s.
///
/// Reads as a random-access collection of `Sentence`. Offsets are 32-bit: a document's text is
/// under 4 GiB (the loader reads files of at most 64 MiB); larger ones are clamped.
public struct SentenceList: RandomAccessCollection, Sendable, Hashable {
  struct Packed: Sendable, Hashable, PackedRange {
    let start: UInt32
    let end: UInt32
    let block: UInt32
  }

  private(set) var packed: [Packed]

  public init() { packed = [] }

  public init(_ sentences: some Sequence<Sentence>) {
    packed = []
    packed.reserveCapacity(sentences.underestimatedCount)
    for sentence in sentences {
      append(sentence.byteRange, blockIndex: sentence.blockIndex)
    }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { packed.count }

  public subscript(index: Int) -> Sentence {
    let sentence = packed[index]
    return Sentence(
      byteRange: Int(sentence.start)..<Int(sentence.end), blockIndex: Int(sentence.block))
  }

  /// The byte range of sentence `index`.
  public func byteRange(at index: Int) -> Range<Int> {
    let sentence = packed[index]
    return Int(sentence.start)..<Int(sentence.end)
  }

  /// Appends a sentence (the page reader's path, and what a saved index is read back with).
  public mutating func append(_ range: Range<Int>, blockIndex: Int) {
    packed.append(
      Packed(
        start: UInt32(clamping: range.lowerBound), end: UInt32(clamping: range.upperBound),
        block: UInt32(clamping: blockIndex)))
  }

  public mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

  /// Gives back capacity reserved beyond the count (a corpus keeps every list for its lifetime).
  mutating func shrinkToFit() {
    guard packed.capacity > packed.count else { return }
    packed = packed.withUnsafeBufferPointer { Array($0) }
  }
}
