/// Words of a quotation or sentence as compared for "is this quote from that sentence":
/// case, punctuation and quotation marks ignored, curly and straight apostrophes one.
/// Each word keeps its byte range in the text it came from.
struct QuoteWord: Hashable {
  let key: String
  let byteRange: Range<Int>
}

enum QuoteWords {
  /// The words of `bytes[range]`, lowercased, without punctuation.
  static func words(in bytes: [UInt8], range: Range<Int>) -> [QuoteWord] {
    var words: [QuoteWord] = []
    var start: Int?
    var key: [UInt8] = []
    var index = range.lowerBound
    func finish(at end: Int) {
      if let wordStart = start, !key.isEmpty {
        words.append(
          QuoteWord(key: String(decoding: key, as: UTF8.self), byteRange: wordStart..<end))
      }
      start = nil
      key.removeAll(keepingCapacity: true)
    }
    while index < range.upperBound {
      let byte = bytes[index]
      if byte < 0x80 {
        let isWordByte =
          (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x61 && byte <= 0x7A)
        if isWordByte {
          if start == nil { start = index }
          key.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        } else if byte == UInt8(ascii: "'"), start != nil {
          // An apostrophe inside a word ("Russia's") is dropped, not a word break.
        } else {
          finish(at: index)
        }
        index += 1
        continue
      }
      let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
      let end = min(index + width, range.upperBound)
      let scalarBytes = Array(bytes[index..<end])
      if scalarBytes == [0xE2, 0x80, 0x99] || scalarBytes == [0xE2, 0x80, 0x98] {
        // Curly apostrophes: as the straight one.
        if start == nil { finish(at: index) }
      } else if isPunctuation(scalarBytes) {
        finish(at: index)
      } else {
        // Letters beyond ASCII ("Kōno", "é") are part of words, lowercased by Swift.
        if start == nil { start = index }
        key.append(contentsOf: String(decoding: scalarBytes, as: UTF8.self).lowercased().utf8)
      }
      index = end
    }
    finish(at: range.upperBound)
    return words
  }

  /// General punctuation (U+2000–U+206F: dashes, quotes, ellipsis) and the no-break space.
  static func isPunctuation(_ scalar: [UInt8]) -> Bool {
    if scalar.count == 3, scalar[0] == 0xE2, scalar[1] == 0x80 || scalar[1] == 0x81 { return true }
    if scalar == [0xC2, 0xA0] || scalar == [0xC2, 0xAB] || scalar == [0xC2, 0xBB] { return true }
    return false
  }

  /// A quotation cut at its elisions ("…", "...", "[…]", "[...]") into the runs of words that
  /// must each appear in the source, in order.
  static func segments(of quote: String) -> [[String]] {
    let bytes = Array(quote.utf8)
    var segments: [[String]] = []
    var segmentStart = 0
    var index = 0
    func close(at end: Int) {
      let words = QuoteWords.words(in: bytes, range: segmentStart..<end).map(\.key)
      if !words.isEmpty { segments.append(words) }
    }
    while index < bytes.count {
      if bytes[index...].starts(with: [0xE2, 0x80, 0xA6]) {  // "…"
        close(at: index)
        index += 3
        segmentStart = index
      } else if bytes[index...].starts(with: Array("...".utf8)) {
        close(at: index)
        index += 3
        segmentStart = index
      } else if bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "]") {
        // Editorial brackets: "[…]" is an elision, "[our]" an insertion; both cut the run.
        close(at: index)
        index += 1
        if bytes[index - 1] == UInt8(ascii: "[") {
          // Skip an insertion entirely: its words are the writer's, not the source's.
          while index < bytes.count, bytes[index] != UInt8(ascii: "]") { index += 1 }
          index = min(index + 1, bytes.count)
        }
        segmentStart = index
      } else {
        index += 1
      }
    }
    close(at: bytes.count)
    return segments
  }
}
