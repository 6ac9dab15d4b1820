import TestSupport
import Testing

@testable import Corpus

@Suite struct LineIndexTests {
  func position(_ text: SourceText, _ offset: Int, _ encoding: PositionEncoding) -> LineColumn {
    text.position(ofByteOffset: offset, encoding: encoding)
  }

  @Test func curlyQuotesAndDashesCountOneUTF16UnitButThreeBytes() {
    let marked = MarkedText("Japan’s “talks” — 1️⃣Lavrov")
    let text = SourceText(marked.text)
    // J a p a n ’ s space “ t a l k s ” space — space: 18 characters, four of them
    // (’ “ ” —) three bytes long, so 26 bytes.
    #expect(position(text, marked["1️⃣"], .utf16) == LineColumn(line: 0, column: 18))
    #expect(position(text, marked["1️⃣"], .utf32) == LineColumn(line: 0, column: 18))
    #expect(position(text, marked["1️⃣"], .utf8) == LineColumn(line: 0, column: 26))
    for encoding in PositionEncoding.allCases {
      let column = position(text, marked["1️⃣"], encoding)
      #expect(text.byteOffset(of: column, encoding: encoding) == marked["1️⃣"])
    }
  }

  @Test func emojiAreTwoUTF16UnitsAndFourBytes() {
    let marked = MarkedText("a🎌1️⃣b")
    let text = SourceText(marked.text)
    #expect(position(text, marked["1️⃣"], .utf16).column == 3)
    #expect(position(text, marked["1️⃣"], .utf32).column == 2)
    #expect(position(text, marked["1️⃣"], .utf8).column == 5)
  }

  @Test func aColumnInsideAnEmojiSnapsToItsStart() {
    let text = SourceText("a🎌b")
    // UTF-16 column 2 is between the two halves of the surrogate pair.
    #expect(text.byteOffset(of: LineColumn(line: 0, column: 2), encoding: .utf16) == 1)
    // UTF-8 column 3 is inside the four bytes.
    #expect(text.byteOffset(of: LineColumn(line: 0, column: 3), encoding: .utf8) == 1)
  }

  @Test func crlfAndLoneCREndLines() {
    let marked = MarkedText("one\r\n1️⃣two\r2️⃣three\n3️⃣four")
    let text = SourceText(marked.text)
    #expect(text.lineIndex.lineCount == 4)
    #expect(position(text, marked["1️⃣"], .utf16) == LineColumn(line: 1, column: 0))
    #expect(position(text, marked["2️⃣"], .utf16) == LineColumn(line: 2, column: 0))
    #expect(position(text, marked["3️⃣"], .utf16) == LineColumn(line: 3, column: 0))
    #expect(text.line(0) == "one")
    #expect(text.line(1) == "two")
    #expect(text.line(2) == "three")
    #expect(text.line(3) == "four")
  }

  @Test func aColumnPastTheEndOfALineIsClampedToThatLine() {
    let text = SourceText("short\r\nnext")
    for encoding in PositionEncoding.allCases {
      // Clamped before the "\r\n", never onto the next line.
      #expect(text.byteOffset(of: LineColumn(line: 0, column: 99), encoding: encoding) == 5)
    }
    #expect(
      SourceText("é\nx").byteOffset(of: LineColumn(line: 0, column: 5), encoding: .utf16) == 2)
  }

  @Test func aLinePastTheEndIsClampedToTheEndOfTheText() {
    let text = SourceText("a\nbc")
    #expect(text.byteOffset(of: LineColumn(line: 7, column: 0), encoding: .utf16) == 4)
    #expect(text.byteOffset(of: LineColumn(line: -1, column: 3), encoding: .utf16) == 0)
    #expect(text.byteOffset(of: LineColumn(line: 1, column: -4), encoding: .utf16) == 2)
    #expect(position(text, 99, .utf16) == LineColumn(line: 1, column: 2))
  }

  @Test func emptyTextAndTrailingNewline() {
    #expect(SourceText("").lineIndex.lineCount == 1)
    let text = SourceText("x\n")
    #expect(text.lineIndex.lineCount == 2)
    #expect(position(text, 2, .utf16) == LineColumn(line: 1, column: 0))
  }

  // rust-analyzer's vectors: an edit before a multi-unit character keeps it whole.
  @Test func insertingBeforeAnEmojiKeepsTheEmoji() {
    let text = SourceText("❤️")
    let offset = text.byteOffset(of: LineColumn(line: 0, column: 0), encoding: .utf16)
    #expect(text.replacing(offset..<offset, with: "a".utf8).string == "a❤️")
    let end = text.byteOffset(of: LineColumn(line: 0, column: 2), encoding: .utf16)
    #expect(text.replacing(end..<end, with: "b".utf8).string == "❤️b")
  }

  @Test func everyOffsetRoundTripsInEveryEncoding() {
    let text = SourceText("Japan’s “talks” —\r\n🎌 flag\rlast line é")
    for encoding in PositionEncoding.allCases {
      var offset = 0
      for scalar in text.string.unicodeScalars {
        // Between the "\r" and "\n" of one line end is no position a client can name.
        let insideLineEnd = scalar == "\n" && offset > 0 && text.bytes[offset - 1] == 0x0D
        if !insideLineEnd {
          let position = position(text, offset, encoding)
          #expect(
            text.byteOffset(of: position, encoding: encoding) == offset, "\(encoding) \(offset)")
        }
        offset += String(scalar).utf8.count
      }
    }
  }
}
