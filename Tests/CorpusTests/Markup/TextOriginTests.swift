import Testing

@testable import Corpus

/// The map from a document's text back to its file: verbatim runs byte for byte, anything
/// else (a reference, an escape, collapsed whitespace, an implied break) as a whole.
@Suite struct TextOriginTests {
  /// "AT&amp;T said" → "AT&T said", built as a reader builds it.
  func referenceText() -> (text: [UInt8], origin: TextOrigin) {
    let file = SourceText("<p>AT&amp;T said</p>")
    var builder = TextOriginBuilder()
    file.bytes.withUnsafeBufferPointer { bytes in
      builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[3..<5]), fileStart: 3)
      builder.appendScalar(0x26, for: 5..<10)
      builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[10..<16]), fileStart: 10)
    }
    return builder.finish(file: file)
  }

  @Test func aRangeMapsFromItsFirstBytesSourceToItsLastBytes() {
    let (text, origin) = referenceText()
    #expect(String(decoding: text, as: UTF8.self) == "AT&T said")
    let file = origin.file
    // The whole name covers the reference; a verbatim piece maps byte for byte.
    #expect(file[origin.fileRange(of: 0..<4)] == "AT&amp;T")
    #expect(file[origin.fileRange(of: 5..<9)] == "said")
    #expect(file[origin.fileRange(of: 2..<3)] == "&amp;")
    #expect(file[origin.fileRange(of: 1..<2)] == "T")
    // An empty range sits where its offset's source starts; the text's end is the last run's.
    #expect(origin.fileRange(of: 3..<3) == 10..<10)
    #expect(origin.fileRange(of: 9..<9) == 16..<16)
    #expect(origin.fileOffset(ofTextOffset: 2) == 5)
  }

  @Test func offsetsOutsideTheTextAreClamped() {
    let (_, origin) = referenceText()
    #expect(origin.fileRange(of: -5..<2) == 3..<5)
    #expect(origin.fileRange(of: 7..<1000) == 14..<16)
    #expect(origin.fileOffset(ofTextOffset: Int.max) == 16)
    #expect(origin.fileOffset(ofTextOffset: Int.min) == 3)
  }

  @Test func manyRangesMapAsEachDoesAloneInAnyOrder() {
    let (_, origin) = referenceText()
    let ranges = [0..<4, 2..<3, 5..<9, 0..<9, 9..<9, 3..<3, 8..<9, 0..<1]
    #expect(origin.fileRanges(of: ranges) == ranges.map { origin.fileRange(of: $0) })
    let sorted = [0..<1, 1..<2, 2..<3, 3..<4, 5..<6, 8..<9]
    #expect(origin.fileRanges(of: sorted) == sorted.map { origin.fileRange(of: $0) })
  }

  @Test func contiguousVerbatimPiecesAreOneRun() {
    let file = SourceText("abcdef")
    var builder = TextOriginBuilder()
    file.bytes.withUnsafeBufferPointer { bytes in
      builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[0..<2]), fileStart: 0)
      builder.appendVerbatim(byte: bytes[2], fileOffset: 2)
      builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[3..<6]), fileStart: 3)
    }
    let (_, origin) = builder.finish(file: file)
    #expect(origin.runCount == 1)
  }

  @Test func anInsertedBreakMapsToAnEmptyRangeAtItsPlace() {
    let file = SourceText("<p>One</p><p>Two</p>")
    var builder = TextOriginBuilder()
    file.bytes.withUnsafeBufferPointer { bytes in
      builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[3..<6]), fileStart: 3)
      builder.appendReplacement([0x0A, 0x0A], for: 13..<13)
      builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[13..<16]), fileStart: 13)
    }
    let (text, origin) = builder.finish(file: file)
    #expect(String(decoding: text, as: UTF8.self) == "One\n\nTwo")
    #expect(origin.fileRange(of: 3..<5) == 13..<13)
    #expect(file[origin.fileRange(of: 0..<8)] == "One</p><p>Two")
  }

  @Test func aTextFileIsItsOwnFile() {
    let document = page("Talks resume\n\nThe ministers met in Vienna.\n")
    #expect(document.origin == nil)
    #expect(document.fileText.bytes == document.text.bytes)
    #expect(document.fileRange(of: 3..<9) == 3..<9)
    #expect(document.fileLine(of: 15) == 2)
  }
}
