/// Cuts UTF-8 text into words, numbers and punctuation marks, in one pass over the bytes.
///
/// Words keep internal apostrophes ("O’Brien"), dotted acronyms ("U.S."), web names
/// ("Axar.az") and the full stop of common abbreviations ("Mr.", "Jan."). A possessive "’s"
/// (or the lone "’" after a plural) is cut off the word and noted, so "Japan’s" is the word
/// "Japan". Hyphens are tokens of their own, so "Japan-Russia" is three tokens.
enum Tokenizer {
  static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5)
    forEachToken(bytes, range: range) { tokens.append($0) }
    return tokens
  }

  /// Calls `body` with each token of `range`, in order.
  @inline(__always)
  static func forEachToken(
    _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Token) -> Void
  ) {
    let end = min(range.upperBound, bytes.count)
    var offset = max(range.lowerBound, 0)
    while let (token, next) = nextToken(bytes, from: offset, end: end) {
      body(token)
      offset = next
    }
  }

  /// The token that starts at or after `offset` (whitespace skipped and noted), and the offset
  /// after it; nil at the end.
  @inline(__always)
  static func nextToken(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (
    token: Token, next: Int
  )? {
    var offset = start
    var spaceBefore = false
    var newlineBefore = false
    while offset < end {
      let (value, width) = Scalars.decode(bytes, at: offset)
      if Scalars.isWhitespace(value) {
        spaceBefore = true
        if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 {
          newlineBefore = true
        }
        offset += width
        continue
      }
      if Scalars.isDigit(value) || Scalars.isLetter(value) {
        if value < 0x80, let word = plainASCIIWord(bytes, start: offset, end: end) {
          var token = word
          token.spaceBefore = spaceBefore
          token.newlineBefore = newlineBefore
          return (token, token.byteRange.upperBound)
        }
        var token = scanWord(bytes, start: offset, end: end, first: value)
        token.spaceBefore = spaceBefore
        token.newlineBefore = newlineBefore
        return (token.token, token.scanEnd)
      }
      let token = Token(
        byteRange: offset..<offset + width, kind: .punctuation, letterCase: .other,
        isPossessive: false, spaceBefore: spaceBefore, newlineBefore: newlineBefore,
        firstScalar: value, key: punctuationKey(bytes, offset, width, value))
      return (token, offset + width)
    }
    return nil
  }

  /// The word at `start` when it is ASCII letters only and ends at a byte that cannot continue
  /// a word (not a letter, digit, apostrophe, full stop or non-ASCII byte): most words of any
  /// text, read in one tight loop. Nil hands the word to `scanWord`, which reads every case and
  /// gives the same token for these.
  @inline(__always)
  private static func plainASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
    -> Token?
  {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var uppers = 0
    var offset = start
    while offset < end {
      let byte = bytes[offset]
      let lower = byte | 0x20
      guard lower >= 0x61 && lower <= 0x7A else {
        // Digits, apostrophes, full stops and non-ASCII bytes may continue the word.
        if byte >= 0x80 || byte == 0x27 || byte == 0x2E || (byte >= 0x30 && byte <= 0x39) {
          return nil
        }
        break
      }
      if byte < 0x61 { uppers += 1 }
      hash ^= UInt64(lower)
      hash = hash &* 0x100_0000_01b3
      offset += 1
    }
    let letters = offset - start
    guard letters > 0 else { return nil }
    let letterCase: Token.LetterCase
    if uppers == 0 {
      letterCase = .lower
    } else if uppers == letters && letters >= 2 {
      letterCase = .upper
    } else if bytes[start] < 0x61 {
      letterCase = .capitalized
    } else {
      letterCase = .other
    }
    return Token(
      byteRange: start..<offset, kind: .word, letterCase: letterCase, isPossessive: false,
      spaceBefore: false, newlineBefore: false, firstScalar: UInt32(bytes[start]), key: hash)
  }

  /// A mark's key: apostrophes and hyphens each as one mark, anything else as its bytes.
  @inline(__always)
  private static func punctuationKey(
    _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ width: Int, _ value: UInt32
  ) -> UInt64 {
    if Scalars.isApostrophe(value) { return apostropheKey }
    if Scalars.isHyphen(value) { return hyphenKey }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in offset..<offset + width {
      hash ^= UInt64(bytes[index])
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  private static let apostropheKey = NameKey.hash([0x27])
  private static let hyphenKey = NameKey.hash([0x2D])

  /// A word being scanned, and where scanning stopped (after any possessive ending).
  private struct ScannedWord {
    var token: Token
    var scanEnd: Int
    var spaceBefore: Bool {
      get { token.spaceBefore }
      set { token.spaceBefore = newValue }
    }
    var newlineBefore: Bool {
      get { token.newlineBefore }
      set { token.newlineBefore = newValue }
    }
  }

  private static let period: UInt32 = 0x2E

  private static func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, first: UInt32
  ) -> ScannedWord {
    var hasher = FoldingHasher()
    let startsWithDigit = Scalars.isDigit(first)
    var letters = 0
    var uppers = 0
    var digitsOnly = true
    var firstLetterIsUpper = false
    // Han, Hangul, Arabic … have no case: such a word is not "lower case" (a common word).
    var firstLetterIsCaseless = false
    var firstIsLetter = false
    var lastScalar: UInt32 = 0
    var segmentLetters = 0  // letters since the last internal full stop
    var onlyLettersAndDots = true
    var segmentUpper = true
    var dots = 0
    var wordEnd = start
    var scanEnd = start
    var possessive = false
    var offset = start
    var length = 0

    scan: while offset < end {
      // Fast path: a run of lower-case ASCII letters, most of any text.
      var byte = bytes[offset]
      if byte >= 0x61 && byte <= 0x7A {
        if length == 0 { firstIsLetter = true }
        if letters == 0 { firstLetterIsUpper = false }
        digitsOnly = false
        segmentUpper = false
        repeat {
          hasher.feedLowercaseASCII(byte)
          letters += 1
          segmentLetters += 1
          length += 1
          offset += 1
          guard offset < end else { break }
          byte = bytes[offset]
        } while byte >= 0x61 && byte <= 0x7A
        lastScalar = UInt32(bytes[offset - 1])
        wordEnd = offset
        continue
      }
      let (value, width) = Scalars.decode(bytes, at: offset)
      let isDigit = Scalars.isDigit(value)
      if isDigit || Scalars.isLetter(value) {
        if !isDigit {
          if length == 0 { firstIsLetter = true }
          digitsOnly = false
          let upper = Scalars.isUppercase(value)
          if letters == 0 {
            firstLetterIsUpper = upper
            firstLetterIsCaseless = value >= 0x0590 && Script.of(value)?.isCaseless == true
          }
          letters += 1
          segmentLetters += 1
          if upper { uppers += 1 } else { segmentUpper = false }
        } else {
          segmentUpper = false
          onlyLettersAndDots = false
        }
        hasher.feed(value)
        length += 1
        lastScalar = value
        offset += width
        wordEnd = offset
        continue
      }
      if Scalars.isApostrophe(value) {
        onlyLettersAndDots = false
        let after = offset + width
        if after < end {
          let (next, nextWidth) = Scalars.decode(bytes, at: after)
          if next == 0x73 || next == 0x53 {  // "s" or "S"
            let afterS = after + nextWidth
            if afterS >= end || !isWordScalar(Scalars.decode(bytes, at: afterS).value) {
              possessive = letters > 0
              wordEnd = offset
              scanEnd = afterS
              break scan
            }
          }
          if Scalars.isLetter(next) {
            hasher.feed(0x27)
            length += 1
            offset = after
            continue
          }
        }
        if (lastScalar == 0x73 || lastScalar == 0x53) && letters > 1 {
          possessive = true
          wordEnd = offset
          scanEnd = after
        }
        break scan
      }
      if value == period {
        let after = offset + 1
        let next: UInt32 = after < end ? Scalars.decode(bytes, at: after).value : 0x20
        let nextNext: UInt32 =
          after + 1 < end && next < 0x80 ? Scalars.decode(bytes, at: after + 1).value : 0x20
        if segmentLetters == 1 && segmentUpper && onlyLettersAndDots {
          if Scalars.isUppercase(next) && nextNext == period {
            // "U.S.": an internal full stop of a dotted acronym.
            hasher.feed(period)
            dots += 1
            segmentLetters = 0
            segmentUpper = true
            offset = after
            length += 1
            continue
          }
          if dots > 0 || Scalars.isWhitespace(next) {
            // The final stop of "U.S.", or the stop of an initial ("W. Bush").
            hasher.feed(period)
            offset = after
            wordEnd = offset
            break scan
          }
        }
        if digitsOnly && Scalars.isDigit(next) {
          hasher.feed(period)
          offset = after
          length += 1
          continue
        }
        if !digitsOnly && letters > 0 && Scalars.isLowercase(next) && Scalars.isLetter(nextNext) {
          // A web name such as "Axar.az".
          onlyLettersAndDots = false
          hasher.feed(period)
          offset = after
          length += 1
          segmentLetters = 0
          continue
        }
        if abbreviationKeys.contains(hasher.value) && !startsWithDigit {
          hasher.feed(period)
          offset = after
          wordEnd = offset
        }
        break scan
      }
      if value == 0x2C && digitsOnly && after3Digits(bytes, offset + 1, end) {
        hasher.feed(value)
        offset += 1
        length += 1
        continue
      }
      break scan
    }
    if scanEnd < wordEnd { scanEnd = wordEnd }
    let letterCase: Token.LetterCase
    if letters == 0 {
      letterCase = .other
    } else if uppers == 0 {
      letterCase = firstIsLetter && !firstLetterIsCaseless ? .lower : .other
    } else if uppers == letters && letters >= 2 {
      letterCase = .upper
    } else if firstIsLetter && firstLetterIsUpper {
      letterCase = .capitalized
    } else {
      letterCase = .other
    }
    let token = Token(
      byteRange: start..<wordEnd, kind: startsWithDigit ? .number : .word,
      letterCase: letterCase, isPossessive: possessive, spaceBefore: false, newlineBefore: false,
      firstScalar: first, key: hasher.value)
    return ScannedWord(token: token, scanEnd: scanEnd)
  }

  /// FNV-1a over the folded form of the scalars fed to it (see `Scalars.appendFolded`), kept
  /// in registers: the word's key without building its folded bytes.
  private struct FoldingHasher {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func feedLowercaseASCII(_ byte: UInt8) {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }

    @inline(__always)
    mutating func feed(_ scalar: UInt32) {
      if scalar < 0x80 {
        var byte = UInt8(scalar)
        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
        return
      }
      var folded: [UInt8] = []
      Scalars.appendFolded(scalar, to: &folded)
      for byte in folded {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
      }
    }
  }

  @inline(__always)
  private static func isWordScalar(_ value: UInt32) -> Bool {
    Scalars.isDigit(value) || Scalars.isLetter(value)
  }

  private static func after3Digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    guard start + 3 <= end else { return false }
    for offset in start..<start + 3 where !Scalars.isDigit(UInt32(bytes[offset])) { return false }
    return start + 3 == end || !Scalars.isDigit(UInt32(bytes[start + 3]))
  }

  /// Abbreviations whose full stop belongs to the word: titles and months.
  static let abbreviations: [String] = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm",
    "maj", "cmdr", "st", "jr", "sr", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "ltd", "co", "corp", "dept", "gov't",
  ]

  static let abbreviationKeys = KeySet(abbreviations.map { NameKey.hash(Array($0.utf8)) })
}
