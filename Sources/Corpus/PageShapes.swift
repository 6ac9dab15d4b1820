/// Shapes of furniture lines that are recognised by their layout rather than their words.
enum PageShapes {
  /// "INTERNATIONAL > Europe & Eurasia", "Home » News » World", "News / Asia / Japan": short
  /// segments joined by standalone separators, no sentence end.
  static func isBreadcrumb(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.count <= 160 else { return false }
    var segmentWords = 0
    var segmentHasLetter = false
    var segments = 0
    var totalWords = 0
    var offset = range.lowerBound
    while offset <= range.upperBound {
      let wordStart = offset
      var wordEnd = offset
      while wordEnd < range.upperBound, TextBytes.whitespaceLength(at: wordEnd, in: bytes) == 0 {
        wordEnd += 1
      }
      if wordEnd > wordStart {
        if isSeparatorWord(wordStart..<wordEnd, bytes) {
          guard segmentWords > 0, segmentWords <= 4, segmentHasLetter else { return false }
          segments += 1
          segmentWords = 0
          segmentHasLetter = false
        } else {
          segmentWords += 1
          totalWords += 1
          for byte in bytes[wordStart..<wordEnd] where TextBytes.isASCIILetter(byte) || byte >= 0x80
          {
            segmentHasLetter = true
            break
          }
        }
      }
      guard wordEnd < range.upperBound else { break }
      offset = wordEnd + TextBytes.whitespaceLength(at: wordEnd, in: bytes)
    }
    guard segments >= 1, segmentWords > 0, segmentWords <= 4, segmentHasLetter, totalWords <= 14
    else { return false }
    let last = bytes[range.upperBound - 1]
    return last != UInt8(ascii: ".") && last != UInt8(ascii: "?") && last != UInt8(ascii: "!")
  }

  private static func isSeparatorWord(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    if word.count == 1 {
      let byte = bytes[word.lowerBound]
      return byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "|")
        || byte == UInt8(ascii: "<")
    }
    if word.count == 2 {
      return bytes[word.lowerBound] == UInt8(ascii: ":")
        && bytes[word.lowerBound + 1] == UInt8(ascii: ":")
        || bytes[word.lowerBound] == 0xC2
          && (bytes[word.lowerBound + 1] == 0xBB || bytes[word.lowerBound + 1] == 0xAB)  // » «
    }
    guard word.count == 3 else { return false }
    let value = TextBytes.scalar(at: word.lowerBound, in: bytes).value
    // › ‹ → ▸ ❯
    return value == 0x203A || value == 0x2039 || value == 0x2192 || value == 0x25B8
      || value == 0x276F
  }

  /// "#14980066", "Post #1234": a forum post's number on its own line.
  static func isPostID(_ features: LineFeatures) -> Bool {
    guard let key = features.key, features.wordCount <= 2 else { return false }
    let id = key.hasPrefix("post ") ? key.dropFirst(5) : Substring(key)
    guard id.first == "#" else { return false }
    let digits = id.dropFirst()
    return digits.count >= 3 && digits.allSatisfy(\.isNumber)
  }

  /// "Post by gaucho_77 » Sat Jun 24, 2023 8:15 pm": the header of a forum post.
  static func isForumPostHeader(
    _ range: Range<Int>, _ features: LineFeatures, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard features.wordCount <= 14, !features.isProse else { return false }
    for opening in postHeaderOpenings
    where TextBytes.matchesIgnoringCase(opening, at: range.lowerBound, in: bytes) {
      return true
    }
    return false
  }

  private static let postHeaderOpenings: [[UInt8]] = [
    "post by ", "posted by ", "reply by ", "re: ", "quote from ", "originally posted by ",
  ].map { Array($0.utf8) }

  /// "By Jane Doe", "By Jane Doe and John Roe, March 20, 2017": a byline.
  static func isByline(
    _ range: Range<Int>, _ features: LineFeatures, _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    guard features.wordCount >= 2, features.wordCount <= 14, !features.isProse,
      TextBytes.matches(bylineOpening, at: range.lowerBound, in: bytes)
    else { return false }
    let next = range.lowerBound + 3
    return next < range.upperBound && TextBytes.isASCIIUpper(bytes[next])
  }

  private static let bylineOpening: [UInt8] = Array("By ".utf8)

  /// "  ⁄  one  =  7": a sum to solve, a few words with "=" or a fraction slash and a number.
  static func isCaptcha(_ features: LineFeatures) -> Bool {
    guard features.hasArithmetic, features.wordCount <= 10, !features.isProse else { return false }
    if features.digitCount > 0 { return true }
    guard let key = features.key else { return false }
    let numberWords: Set<Substring> = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "zero",
    ]
    return key.split(separator: " ").contains { numberWords.contains($0) }
  }

  /// "Tags: Japan, Russia", "Source: TASS", "Published: …": a labelled metadata line.
  static func isLabelledMetadata(
    _ features: LineFeatures, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    guard features.wordCount <= 16, !features.isProse else { return false }
    for label in metadataLabelBytes
    where TextBytes.matchesIgnoringCase(label, at: range.lowerBound, in: bytes) {
      return true
    }
    return false
  }

  private static let metadataLabelBytes: [[UInt8]] = PageCues.metadataLabels.map {
    Array(($0 + ":").utf8)
  }

  /// "Read more: Japan and Russia …": an inline link to another story.
  static func isRelatedLink(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for opening in relatedOpeningBytes
    where TextBytes.matchesIgnoringCase(opening, at: range.lowerBound, in: bytes) {
      return true
    }
    return false
  }

  private static let relatedOpeningBytes: [[UInt8]] = PageCues.relatedLinkOpenings.map {
    Array(($0 + ":").utf8)
  }
}
