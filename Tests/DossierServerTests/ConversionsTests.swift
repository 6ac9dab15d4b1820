import Corpus
import Testing

@testable import DossierServer

@Suite struct ConversionsTests {
  /// Curly quotes, a dash, emoji (one of them two scalars), a combining accent, CRLF, a lone
  /// CR, an empty line and no final line end.
  let text = SourceText("“Japan’s” — 🎌 talks\r\nLavrov 🇫🇰 said\rKo\u{0301}no\n\nend")

  /// Long ASCII runs between multi-byte characters, as in news paragraphs.
  let paragraph = SourceText(
    "The Foreign Minister said on Thursday that “the islands” — all four — were Japan’s; "
      + "🎌 Moscow disagreed, and the talks ended early.\r\nA second line, also long enough.")

  @Test func convertingManyOffsetsAgreesWithConvertingEachInEveryOrder() {
    for text in [text, paragraph] { checkAgreement(text) }
  }

  func checkAgreement(_ text: SourceText) {
    func single(_ offsets: [Int], _ encoding: PositionEncoding) -> [LineColumn] {
      offsets.map { text.position(ofByteOffset: $0, encoding: encoding) }
    }
    func batch(_ offsets: [Int], _ encoding: PositionEncoding) -> [LineColumn] {
      text.bytes.withUnsafeBufferPointer {
        text.lineIndex.positions(ofByteOffsets: offsets, encoding: encoding, in: $0)
      }
    }
    let ascending = Array(-2...(text.bytes.count + 2))
    var shuffled = ascending
    var generator = SystemRandomNumberGenerator()
    shuffled.shuffle(using: &generator)
    for encoding in PositionEncoding.allCases {
      #expect(batch(ascending, encoding) == single(ascending, encoding), "\(encoding)")
      #expect(batch(ascending.reversed(), encoding) == single(ascending.reversed(), encoding))
      #expect(batch(shuffled, encoding) == single(shuffled, encoding), "\(encoding) \(shuffled)")
      // Far apart, so counting runs over long stretches of a line at once.
      for step in [7, 11, 26] {
        let sparse = Array(stride(from: 1, through: text.bytes.count, by: step))
        #expect(batch(sparse, encoding) == single(sparse, encoding), "\(encoding) by \(step)")
      }
      // Repeats and offsets inside a character, as overlapping ranges would give.
      let repeats = [3, 3, 4, 2, 30, 31, 29, 29]
      #expect(batch(repeats, encoding) == single(repeats, encoding))
    }
  }

  @Test func rangesInBulkMatchRangesOneByOne() {
    // "Japan" after the three-byte “; "Lavrov" opens line 1; "Ko\u{301}no" (six bytes, five
    // UTF-16 units) line 2; the empty line 3; "end" line 4.
    let ranges = [3..<8, 32..<38, 53..<59, 60..<60, 61..<64]
    for encoding in PositionEncoding.allCases {
      #expect(
        text.lspRanges(ofBytes: ranges, encoding)
          == ranges.map { text.lspRange(ofBytes: $0, encoding) })
    }
    #expect(text.lspRanges(ofBytes: [], .utf16).isEmpty)
    #expect(
      text.lspRanges(ofBytes: ranges, .utf16).map(span) == [
        "0:1-0:6", "1:0-1:6", "2:0-2:5", "3:0-3:0", "4:0-4:3",
      ])
  }
}
