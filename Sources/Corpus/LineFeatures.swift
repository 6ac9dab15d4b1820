/// The shape of one logical line, measured in a single pass over its bytes: how many words,
/// how they are capitalised, how the line ends, which scripts it uses and which furniture cues
/// it contains. The classifier decides from these numbers, never from the line's text.
struct LineFeatures {
  var byteCount = 0
  var wordCount = 0
  /// Words whose first letter is upper case.
  var capitalizedWordCount = 0
  /// Words whose first letter is lower case.
  var lowercaseWordCount = 0
  var letterCount = 0
  var digitCount = 0
  /// Non-space characters.
  var visibleCount = 0
  /// Latin letters beyond ASCII (é, ş, ı …).
  var accentedLetterCount = 0
  /// Letters of other scripts (Cyrillic, Greek, Arabic, CJK …).
  var otherScriptLetterCount = 0
  /// Common English function words ("the", "of", "is" …), counted on short lines only.
  var englishWordCount = 0
  /// Sentence ends inside the line (". X"), not counting initials and titles.
  var internalSentenceBreakCount = 0
  /// The line ends with . ! ? or … (before any closing quotes or brackets).
  var endsWithTerminal = false
  var endsWithPeriod = false
  var endsWithQuestionOrExclamation = false
  /// The line ends with … or "..." (a cut-off text).
  var endsWithEllipsis = false
  /// The line ends with an elision mark "[…]", "[...]" or "(…)": a truncated preview.
  var endsWithElision = false
  var endsWithColon = false
  var startsWithUppercase = false
  var startsWithLowercase = false
  var startsWithDigit = false
  var startsWithQuote = false
  /// Byte length of a list bullet ("• ", "- ", "* ") at the start, 0 when there is none.
  var bulletLength = 0
  /// The line starts with a separator and a space ("- Site Name", "| Site Name").
  var startsWithSeparator = false
  /// The line holds "=" or "⁄" (a fraction slash): arithmetic captchas.
  var hasArithmetic = false
  /// A ':' within the first 24 bytes: a label ("Tags:", "Read more:") may open the line.
  var hasEarlyColon = false
  var cues: Cues = []
  /// How many social network names the line holds ("Facebook Twitter Email" → 2).
  var socialNetworkCount = 0
  /// Runs of two or more spaces between words: the gaps of a scraped row of links.
  var wideGapCount = 0
  /// Cues whose phrase starts the line.
  var cuesAtStart: Cues = []
  /// Cues whose phrase ends within the line's last 40 bytes ("… in Moscow. REUTERS/Jane Doe").
  var cuesAtEnd: Cues = []
  /// The line lowercased with runs of spaces collapsed and trailing ": » › > | …" dropped, for
  /// short lines (at most 8 words and 80 bytes); nil for longer ones.
  var key: String?
  /// For short lines: the largest number of times one word occurs ("print PRINT" → 2).
  var largestWordRepeat = 0
  /// For short lines: every word names a page control ("Share", "Print", "Menu").
  var isOnlyControlWords = false

  init() {}

  init(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
    byteCount = range.count
    guard !range.isEmpty else { return }
    measureStart(range, bytes)
    measureWordsAndCues(range, bytes)
    measureEnding(range, bytes)
    if wordCount <= 8 && byteCount <= 80 { measureShortLine(range, bytes) }
  }

  // MARK: - Shape

  /// A line that reads as a headline or a list item: a few words, no sentence inside, not ending
  /// in a full stop, starting with a capital, a digit or a quote.
  var isHeadlineLike: Bool {
    wordCount >= 1 && wordCount <= 20 && byteCount <= 220 && !endsWithPeriod && !endsWithEllipsis
      && !endsWithElision && internalSentenceBreakCount == 0
      && (startsWithUppercase || startsWithDigit || startsWithQuote)
      && letterCount * 2 >= visibleCount
  }

  /// A line that reads as running text: sentences, or too long for a headline.
  var isProse: Bool {
    !isHeadlineLike && wordCount >= 4
      && (endsWithTerminal || internalSentenceBreakCount > 0 || wordCount > 20)
      && letterCount * 2 >= visibleCount
  }

  /// Mostly letters of a script other than Latin, or accented Latin with no English word.
  var isForeignLanguage: Bool {
    if otherScriptLetterCount * 2 > letterCount && letterCount > 0 { return true }
    return accentedLetterCount > 0 && englishWordCount == 0 && wordCount <= 12
      && otherScriptLetterCount + accentedLetterCount > 0 && key != nil
  }

  // MARK: - Measuring

  /// Counts words, letters, scripts and cases, and finds the furniture cues, in one pass. Per
  /// word it notes the case of the first letter (leading quotes skipped) and, on short lines,
  /// looks words of up to five ASCII letters up among English function words.
  ///
  /// Runs of ASCII letters, most of any English line, are taken eight bytes at a time: only the
  /// bytes between them (spaces, punctuation, digits, other scripts) are looked at one by one.
  /// Cue phrases are looked for where one can start: at the first letter of a run and at the
  /// bytes between runs (`PhraseMatcher.isCandidate`).
  private mutating func measureWordsAndCues(
    _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  ) {
    guard let base = bytes.baseAddress else { return }
    // Counters live in locals inside the loop so that they stay in registers.
    let end = range.upperBound
    let countsEnglish = range.count <= 400
    var visible = 0
    var words = 0
    var letters = 0
    var digits = 0
    var accented = 0
    var otherScript = 0
    var capitalized = 0
    var lowercase = 0
    var english = 0
    var wideGaps = 0
    let matcher = PageCues.matcher
    let cueStart = range.lowerBound + bulletLength
    /// The byte before `offset` is an ASCII letter or digit (a cue cannot start a word there).
    var previousIsAlphanumeric = false
    var offset = range.lowerBound

    while offset < end {
      // Between words: whitespace.
      let first = base[offset]
      let space =
        first < 0x80
        ? (first == 0x20 || first >= 0x09 && first <= 0x0D ? 1 : 0)
        : TextBytes.whitespaceLength(at: offset, in: bytes)
      if space > 0 {
        if matcher.isCandidate(first, afterAlphanumeric: previousIsAlphanumeric) {
          findCues(at: offset, range, bytes, matcher, cueStart)
        }
        previousIsAlphanumeric = false
        offset += space
        continue
      }
      // A word, up to the next whitespace.
      words += 1
      let wordStart = offset
      var wordHasCase = false
      /// The word is ASCII letters only (a candidate function word).
      var wordIsLetters = true
      word: while offset < end {
        // A run of ASCII letters, up to eight at a time.
        if offset + 8 <= bytes.count {
          let notLetters = ~SWAR.asciiLetters(SWAR.load(base, offset)) & SWAR.highBits
          let run = min(notLetters == 0 ? 8 : SWAR.firstMarked(notLetters), end - offset)
          if run > 0 {
            if !previousIsAlphanumeric
              && matcher.isCandidate(base[offset], afterAlphanumeric: false)
            {
              findCues(at: offset, range, bytes, matcher, cueStart)
            }
            previousIsAlphanumeric = true
            if !wordHasCase {
              wordHasCase = true
              if base[offset] < 0x61 { capitalized += 1 } else { lowercase += 1 }
            }
            letters += run
            visible += run
            offset += run
            if run == 8 || offset >= end { continue word }
          }
        }
        // One character that is not in a run of letters (or is, within eight bytes of the
        // buffer's end).
        let byte = base[offset]
        if byte < 0x80 {
          if byte == 0x20 || byte >= 0x09 && byte <= 0x0D { break word }
          if matcher.isCandidate(byte, afterAlphanumeric: previousIsAlphanumeric) {
            findCues(at: offset, range, bytes, matcher, cueStart)
          }
          visible += 1
          if TextBytes.isASCIILetter(byte) {
            previousIsAlphanumeric = true
            letters += 1
            if !wordHasCase {
              wordHasCase = true
              if byte < 0x61 { capitalized += 1 } else { lowercase += 1 }
            }
          } else {
            wordIsLetters = false
            previousIsAlphanumeric = TextBytes.isDigit(byte)
            if previousIsAlphanumeric {
              digits += 1
            } else if byte == UInt8(ascii: "=") {
              hasArithmetic = true
            } else if byte == UInt8(ascii: ":") {
              if offset - range.lowerBound < 24 { hasEarlyColon = true }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!")
              || byte == UInt8(ascii: "?")
            {
              if isSentenceBreak(after: offset, range, bytes) { internalSentenceBreakCount += 1 }
            }
          }
          offset += 1
          continue word
        }
        if TextBytes.whitespaceLength(at: offset, in: bytes) > 0 { break word }
        if matcher.isCandidate(byte, afterAlphanumeric: previousIsAlphanumeric) {
          findCues(at: offset, range, bytes, matcher, cueStart)
        }
        previousIsAlphanumeric = false
        visible += 1
        wordIsLetters = false
        let (value, length) = TextBytes.scalar(at: offset, in: bytes)
        switch value {
        case 0xC0...0x24F where value != 0xD7 && value != 0xF7:
          letters += 1
          accented += 1
          if !wordHasCase {
            wordHasCase = true
            if value <= 0xDE { capitalized += 1 } else { lowercase += 1 }
          }
        case 0x370...0x58F, 0x590...0x6FF, 0x900...0xDFF, 0xE00...0xE7F, 0x10A0...0x10FF,
          0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7AF:
          letters += 1
          otherScript += 1
          if !wordHasCase {
            wordHasCase = true
            if (0x400...0x42F).contains(value) {
              capitalized += 1
            } else if (0x430...0x45F).contains(value) {
              lowercase += 1
            }
          }
        case 0x2044:
          hasArithmetic = true
        default:
          break
        }
        offset += length
      }
      // The word ends at `offset`, before whitespace or at the line's end. Two spaces after it
      // are a wide gap.
      if offset < end {
        let gap =
          base[offset] < 0x80 ? 1 : max(TextBytes.whitespaceLength(at: offset, in: bytes), 1)
        if offset + gap < end && base[offset + gap] == 0x20 { wideGaps += 1 }
      }
      if countsEnglish && wordIsLetters && offset - wordStart <= 5
        && Self.isFunctionWord(wordStart..<offset, base, bytes.count)
      {
        english += 1
      }
    }
    visibleCount = visible
    wordCount = words
    letterCount = letters
    digitCount = digits
    accentedLetterCount = accented
    otherScriptLetterCount = otherScript
    capitalizedWordCount = capitalized
    lowercaseWordCount = lowercase
    englishWordCount = english
    wideGapCount = wideGaps
  }

  /// Records the cues whose phrases start at `start`.
  @inline(__always)
  private mutating func findCues(
    at start: Int, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ matcher: PhraseMatcher<Cues>, _ cueStart: Int
  ) {
    matcher.forEachMatch(startingAt: start, in: range, of: bytes) { match in
      cues.insert(match.tag)
      if match.tag == .socialNetwork { socialNetworkCount += 1 }
      if match.range.lowerBound == cueStart { cuesAtStart.insert(match.tag) }
      if range.upperBound - match.range.upperBound <= 40 { cuesAtEnd.insert(match.tag) }
    }
  }

  /// True when the ASCII letters of `word` (one to five) spell an English function word.
  @inline(__always)
  private static func isFunctionWord(
    _ word: Range<Int>, _ base: UnsafePointer<UInt8>, _ count: Int
  ) -> Bool {
    let packed: UInt64
    if word.lowerBound + 8 <= count {
      // The letters lowercased, first letter highest, as `PackedWordSet.pack` packs them.
      let shift = UInt64(8 &* word.count)
      let lowered = SWAR.load(base, word.lowerBound) | 0x2020_2020_2020_2020
      packed = (lowered & ((1 &<< shift) &- 1)).byteSwapped &>> (64 &- shift)
    } else {
      var value: UInt64 = 0
      for offset in word { value = value << 8 | UInt64(base[offset] | 0x20) }
      packed = value
    }
    return englishFunctionWords.contains(packed)
  }

  /// True when the terminal at `offset` is followed by a space and a capital, and the word
  /// before it is not an initial or a title ("J.", "Mr.").
  private func isSentenceBreak(
    after offset: Int, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let next = offset + 1
    guard next + 1 < range.upperBound, bytes[next] == 0x20 else { return false }
    let following = bytes[next + 1]
    guard TextBytes.isASCIIUpper(following) || following == UInt8(ascii: "\"") || following == 0xE2
    else { return false }
    guard bytes[offset] == UInt8(ascii: ".") else { return true }
    var wordStart = offset
    while wordStart > range.lowerBound,
      TextBytes.isASCIILetter(bytes[wordStart - 1])
        || bytes[wordStart - 1] == UInt8(ascii: ".")
    {
      wordStart -= 1
    }
    let letters = offset - wordStart
    if letters <= 1 { return letters == 0 }
    if bytes[wordStart..<offset].contains(UInt8(ascii: ".")) { return false }
    return !SentenceSplitter.isAbbreviation(wordStart..<offset, in: bytes)
  }

  private mutating func measureEnding(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
    var end = range.upperBound
    // "[…]" and "(...)" at the end: a preview cut short.
    let last = bytes[end - 1]
    if last == UInt8(ascii: "]") || last == UInt8(ascii: ")") {
      let inner = end - 1
      let opener = last == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "(")
      if inner - 3 >= range.lowerBound, bytes[inner - 3] == opener,
        TextBytes.matches([0xE2, 0x80, 0xA6], at: inner - 3 + 1, in: bytes)
      {
        endsWithElision = true
      } else if inner - 4 >= range.lowerBound, bytes[inner - 4] == opener,
        TextBytes.matches(Array("...".utf8), at: inner - 3, in: bytes)
      {
        endsWithElision = true
      }
      if endsWithElision { return }
    }
    // Closing quotes and brackets do not change how a sentence ends.
    while end > range.lowerBound {
      let start = TextBytes.scalarStart(before: end, lowerBound: range.lowerBound, in: bytes)
      let value = TextBytes.scalar(at: start, in: bytes).value
      guard
        value == 0x22 || value == 0x27 || value == 0x29 || value == 0x5D
          || value == Scalar.rightDoubleQuote || value == Scalar.rightSingleQuote
          || value == Scalar.rightGuillemet
      else { break }
      end = start
    }
    guard end > range.lowerBound else { return }
    let start = TextBytes.scalarStart(before: end, lowerBound: range.lowerBound, in: bytes)
    let value = TextBytes.scalar(at: start, in: bytes).value
    switch value {
    case 0x2E:
      if end - 3 >= range.lowerBound, bytes[end - 2] == 0x2E, bytes[end - 3] == 0x2E {
        endsWithEllipsis = true
      } else {
        endsWithPeriod = true
      }
      endsWithTerminal = true
    case 0x21, 0x3F:
      endsWithQuestionOrExclamation = true
      endsWithTerminal = true
    case Scalar.ellipsis:
      endsWithEllipsis = true
      endsWithTerminal = true
    case 0x3A:
      endsWithColon = true
    default:
      break
    }
  }

  private mutating func measureStart(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
    bulletLength = Self.bulletLength(at: range.lowerBound, in: bytes)
    let first = bytes[range.lowerBound]
    if first == UInt8(ascii: "|") || first == UInt8(ascii: "-")
      || first == 0xE2 && Self.dashLength(at: range.lowerBound, bytes) > 0
    {
      let width = first == 0xE2 ? 3 : 1
      startsWithSeparator = TextBytes.whitespaceLength(at: range.lowerBound + width, in: bytes) > 0
    }
    let offset = range.lowerBound + bulletLength
    guard offset < range.upperBound else { return }
    let byte = bytes[offset]
    if TextBytes.isASCIIUpper(byte) {
      startsWithUppercase = true
    } else if TextBytes.isASCIILower(byte) {
      startsWithLowercase = true
    } else if TextBytes.isDigit(byte) {
      startsWithDigit = true
    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      startsWithQuote = true
    } else if byte >= 0x80 {
      let value = TextBytes.scalar(at: offset, in: bytes).value
      if value == Scalar.leftDoubleQuote || value == Scalar.leftSingleQuote
        || value == Scalar.leftGuillemet || value == Scalar.lowDoubleQuote
      {
        startsWithQuote = true
      } else if (0xC0...0xDE).contains(value) || (0x400...0x42F).contains(value) {
        startsWithUppercase = true
      } else if (0xDF...0x24F).contains(value) || (0x430...0x45F).contains(value) {
        startsWithLowercase = true
      }
    }
  }

  /// Builds `key` and `largestWordRepeat` in one pass, lowercasing ASCII letters on the way
  /// (cue words are ASCII; other letters are kept as they are).
  private mutating func measureShortLine(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
    // Short lines are at most 80 bytes and 8 words: the key is built in a stack buffer, and
    // only the final `String` may allocate (keys of 16 bytes or more).
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count + 1) { key in
      withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 16) { words in
        var keyCount = 0
        var wordCount = 0  // words with a letter, as ranges in `key`
        var allControlWords = true
        var offset = range.lowerBound
        var wordStart = 0
        var wordHasLetter = false
        let keyView = UnsafeBufferPointer(key)
        while offset <= range.upperBound {
          let space =
            offset < range.upperBound ? TextBytes.whitespaceLength(at: offset, in: bytes) : 1
          if space > 0 {
            if keyCount > wordStart {
              if wordHasLetter && wordCount < words.count {
                words[wordCount] = wordStart..<keyCount
                wordCount += 1
              }
              if allControlWords {
                allControlWords = PageCues.controlWords.contains(wordStart..<keyCount, in: keyView)
              }
              if offset < range.upperBound {
                key[keyCount] = 0x20
                keyCount += 1
              }
            }
            wordStart = keyCount
            wordHasLetter = false
            offset += space
            continue
          }
          let byte = bytes[offset]
          if TextBytes.isASCIILetter(byte) || byte >= 0xC0 { wordHasLetter = true }
          key[keyCount] = TextBytes.lowercased(byte)
          keyCount += 1
          offset += 1
        }
        var largest = 0
        for index in 0..<wordCount {
          var count = 1
          for other in index + 1..<wordCount
          where keyView[words[other]].elementsEqual(keyView[words[index]]) {
            count += 1
          }
          largest = max(largest, count)
        }
        largestWordRepeat = largest
        isOnlyControlWords = allControlWords && self.wordCount > 0
        // Trailing ": » › > | - – — …" and spaces say nothing about the line.
        while keyCount > 0 {
          let last = key[keyCount - 1]
          if last == 0x20 || last == UInt8(ascii: ":") || last == UInt8(ascii: ">")
            || last == UInt8(ascii: "|") || last == UInt8(ascii: "-")
          {
            keyCount -= 1
          } else if last == 0xBB, keyCount >= 2, key[keyCount - 2] == 0xC2 {
            keyCount -= 2
          } else if keyCount >= 3, key[keyCount - 3] == 0xE2, key[keyCount - 2] == 0x80,
            last == 0xBA || last == 0x93 || last == 0x94 || last == 0xA6
          {
            keyCount -= 3
          } else {
            break
          }
        }
        self.key = String(
          decoding: UnsafeBufferPointer(rebasing: keyView[..<keyCount]), as: UTF8.self)
      }
    }
  }

  // MARK: - Helpers shared with other stages

  /// Byte length of a list bullet and the space after it at `offset`, or 0.
  static func bulletLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard offset < bytes.count else { return 0 }
    let byte = bytes[offset]
    var width = 0
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
      width = 1
    } else if byte >= 0x80 {
      let (value, length) = TextBytes.scalar(at: offset, in: bytes)
      switch value {
      case Scalar.bullet, 0x00B7, 0x25AA, 0x2023, 0x25BA, 0x25B6, 0x25CF, 0x25E6, 0x25CB, 0x25A0,
        0x25A1, 0x2713, 0x2714, 0x27A4, 0x2192, Scalar.enDash:
        width = length
      default:
        return 0
      }
    } else {
      return 0
    }
    let space = TextBytes.whitespaceLength(at: offset + width, in: bytes)
    guard space > 0 else { return 0 }
    var end = offset + width + space
    while TextBytes.whitespaceLength(at: end, in: bytes) > 0 {
      end += TextBytes.whitespaceLength(at: end, in: bytes)
    }
    return end - offset
  }

  /// Byte length of an en or em dash at `offset`, or 0.
  static func dashLength(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard offset + 2 < bytes.count, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
      bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94
    else { return 0 }
    return 3
  }

  /// Common English function words; a line with none of them is unlikely to be English.
  private static let englishFunctionWords = PackedWordSet(
    [
      "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "from",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not",
      "as", "that", "this", "it", "its", "his", "her", "their", "after", "over", "into", "says",
      "said", "but", "than", "about", "who", "which", "can", "could", "may", "new", "what", "how",
      "why", "we", "you", "your", "our", "they", "he", "she", "i", "do", "does", "did", "no",
      "all", "more", "up", "out", "if", "so",
    ])
}
