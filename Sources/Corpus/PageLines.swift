/// A page cut into logical lines: the unit that is classified as title, body or boilerplate.
///
/// Scraped news pages put each paragraph, headline or menu item on its own line, so a physical
/// line is usually the unit. Hard-wrapped text (Markdown, e-mail, plain-text archives) breaks a
/// paragraph over several lines; those are joined back into one logical line, detected by shape:
/// the line does not end a sentence and either the next line goes on in lowercase, the line ends
/// on a comma or a function word, or the next line's first word would not have fitted on it.
struct PageLine {
  /// The trimmed bytes of the line; spans line ends when wrapped lines were joined.
  let range: Range<Int>
  /// Lines separated by no blank line share a group.
  let group: Int
  /// The zero-based number of the physical line where it starts.
  let firstPhysicalLine: Int
  let features: LineFeatures
  /// A line of a Markdown front-matter header ("---", "title: …", "---").
  var isFrontMatter = false
}

enum PageLines {
  /// The logical lines of `bytes`, in order. Blank lines are not included.
  /// `frontMatter`: whether a "---" header may open the page (a Markdown file's; a page taken
  /// out of markup has none).
  static func lines(
    of bytes: UnsafeBufferPointer<UInt8>, lineIndex: LineIndex, frontMatter: Bool = true
  ) -> [PageLine] {
    var physical: [(range: Range<Int>, group: Int, number: Int)] = []
    physical.reserveCapacity(lineIndex.lineCount)
    var group = 0
    var previousWasBlank = true
    for number in 0..<lineIndex.lineCount {
      let range = TextBytes.trimmed(lineIndex.contentRange(ofLine: number, in: bytes), in: bytes)
      if range.isEmpty {
        if !previousWasBlank { group += 1 }
        previousWasBlank = true
        continue
      }
      previousWasBlank = false
      physical.append((range, group, number))
    }
    var result: [PageLine] = []
    result.reserveCapacity(physical.count)
    var groupStart = 0
    if frontMatter, let frontMatterEnd = frontMatterEnd(physical.map(\.range), bytes) {
      for line in physical[...frontMatterEnd] {
        var pageLine = PageLine(
          range: line.range, group: line.group, firstPhysicalLine: line.number,
          features: LineFeatures(line.range, in: bytes))
        pageLine.isFrontMatter = true
        result.append(pageLine)
      }
      groupStart = frontMatterEnd + 1
    }
    while groupStart < physical.count {
      var groupEnd = groupStart + 1
      while groupEnd < physical.count, physical[groupEnd].group == physical[groupStart].group {
        groupEnd += 1
      }
      let wrapWidth = (groupStart..<groupEnd).reduce(0) {
        max($0, characterCount(physical[$1].range, in: bytes))
      }
      let isWrapped =
        wrapWidth <= maximumWrapWidth
        && looksHardWrapped(physical[groupStart..<groupEnd].map(\.range), bytes)
      var start = groupStart
      while start < groupEnd {
        var end = start + 1
        while end < groupEnd,
          continues(
            physical[end - 1].range, into: physical[end].range,
            wrapWidth: isWrapped ? wrapWidth : 0,
            bytes)
        {
          end += 1
        }
        let range = physical[start].range.lowerBound..<physical[end - 1].range.upperBound
        result.append(
          PageLine(
            range: range, group: physical[start].group, firstPhysicalLine: physical[start].number,
            features: LineFeatures(range, in: bytes)))
        start = end
      }
      groupStart = groupEnd
    }
    return result
  }

  /// The index of the line that closes a front-matter header opened by "---" on the first line.
  private static func frontMatterEnd(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    let fence = Array("---".utf8)
    guard let first = lines.first, first.lowerBound == 0, first.count == 3,
      TextBytes.matches(fence, at: first.lowerBound, in: bytes)
    else { return nil }
    for index in lines.indices.dropFirst().prefix(100) {
      let range = lines[index]
      if range.count == 3,
        TextBytes.matches(fence, at: range.lowerBound, in: bytes)
          || TextBytes.matches(Array("...".utf8), at: range.lowerBound, in: bytes)
      {
        return index
      }
    }
    return nil
  }

  /// Lines longer than this are paragraphs of a scraped page, never hard-wrapped text.
  static let maximumWrapWidth = 120

  /// True when most of a group's line breaks fall inside a sentence in the way wrapped text
  /// breaks (before a lowercase word, after a comma or a function word): a paragraph of
  /// hard-wrapped text rather than a list of headlines or links of similar lengths.
  static func looksHardWrapped(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lines.count >= 2 else { return false }
    var openBreaks = 0
    var wrapLikeBreaks = 0
    for index in lines.indices.dropLast() where !endsSentenceOrLabel(lines[index], bytes) {
      openBreaks += 1
      let next = lines[index + 1]
      let last = bytes[lines[index].upperBound - 1]
      if TextBytes.isASCIILower(bytes[next.lowerBound]) || last == UInt8(ascii: ",")
        || endsWithFunctionWord(lines[index], bytes)
      {
        wrapLikeBreaks += 1
      }
    }
    return wrapLikeBreaks > 0 && wrapLikeBreaks * 2 >= openBreaks
  }

  /// True when the line `next` goes on with the paragraph of line `line`. `wrapWidth` is the
  /// width of the group's hard-wrapped text, 0 when the group is not hard-wrapped.
  static func continues(
    _ line: Range<Int>, into next: Range<Int>, wrapWidth: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let lastByte = line.last.map({ bytes[$0] }), let nextFirst = next.first.map({ bytes[$0] })
    else { return false }
    if endsSentenceOrLabel(line, bytes) { return false }
    if LineFeatures.bulletLength(at: next.lowerBound, in: bytes) > 0 { return false }
    if TextBytes.isASCIILower(nextFirst) { return true }
    if lastByte == UInt8(ascii: ",")
      || lastByte == UInt8(ascii: "-") && line.count > 1
        && TextBytes.isASCIILetter(bytes[line.upperBound - 2])
    {
      return true
    }
    guard wrapWidth > 0 else { return false }
    let lineCharacters = characterCount(line, in: bytes)
    if endsWithFunctionWord(line, bytes) && lineCharacters * 2 >= wrapWidth { return true }
    // A wrapped line was broken because the next word did not fit.
    var wordEnd = next.lowerBound
    while wordEnd < next.upperBound, TextBytes.whitespaceLength(at: wordEnd, in: bytes) == 0 {
      wordEnd += 1
    }
    let nextWordCharacters = characterCount(next.lowerBound..<wordEnd, in: bytes)
    return lineCharacters >= 40 && lineCharacters + 1 + nextWordCharacters > wrapWidth
  }

  /// True when the line ends a sentence or a label (". ! ? … : ;"), closing quotes and brackets
  /// aside: `Argentine,"` goes on, `Argentine."` ends.
  private static func endsSentenceOrLabel(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var end = line.upperBound
    while end > line.lowerBound {
      let start = TextBytes.scalarStart(before: end, lowerBound: line.lowerBound, in: bytes)
      switch TextBytes.scalar(at: start, in: bytes).value {
      case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, Scalar.ellipsis: return true  // . ! ? : ; …
      case 0x22, 0x27, 0x29, 0x5D, Scalar.rightDoubleQuote, Scalar.rightSingleQuote,
        Scalar.rightGuillemet:
        end = start  // " ' ) ] ” ’ »
      default: return false
      }
    }
    return false
  }

  private static let functionWords: Set<String> = [
    "the", "of", "and", "to", "in", "a", "an", "with", "for", "on", "at", "by", "from", "as",
    "that", "or", "but", "its", "his", "her", "their", "is", "was", "were", "are", "be", "has",
    "have", "had", "will", "would", "said", "says", "which", "who", "into", "over", "about",
  ]

  private static func endsWithFunctionWord(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var start = line.upperBound
    while start > line.lowerBound, TextBytes.isASCIILetter(bytes[start - 1]) { start -= 1 }
    guard line.upperBound - start <= 5, start < line.upperBound,
      start == line.lowerBound || TextBytes.whitespaceLength(at: start - 1, in: bytes) > 0
    else { return false }
    return functionWords.contains(TextBytes.string(start..<line.upperBound, in: bytes).lowercased())
  }

  /// Characters (Unicode scalars) in `range`.
  static func characterCount(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var offset = range.lowerBound
    if let base = bytes.baseAddress {
      // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a scalar.
      while offset + 8 <= range.upperBound {
        let word = SWAR.load(base, offset)
        let continuations = word & ~(word << 1) & SWAR.highBits
        count += 8 - SWAR.markedCount(continuations)
        offset += 8
      }
    }
    while offset < range.upperBound {
      if bytes[offset] & 0xC0 != 0x80 { count += 1 }
      offset += 1
    }
    return count
  }
}
