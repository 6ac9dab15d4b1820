import Testing

@testable import Corpus

/// The one-pass line measure (letter runs eight bytes at a time, cue phrases looked for only
/// where one can start) counts and finds what a plain byte-by-byte reading finds, on lines
/// built to hit its edges: runs that end at every offset of an eight-byte word, words at the
/// buffer's end, capitals, accents, other scripts, odd whitespace, cue phrases in any case,
/// glued to letters, digits and punctuation.
@Suite struct LineFeaturesReferenceTests {
  /// Pieces of lines: cue phrases and near misses, plain words, and every kind of separator.
  static let pieces: [String] = [
    "the", "The", "of", "A", "minister", "Sergei", "Lavrov", "islands", "you", "YOUR", "you’re",
    "Subscribe", "subscribing", "sign up", "Sign In", "ad-blocker", "adblockers", "©", "(c) 2021",
    "(C) 1999", "reuters/", "/ AFP", "/afp", "Facebook", "twitter", "threads", "Threads",
    "all rights reserved", "All Rights Reserved.", "cookie", "cookies", "leave a reply",
    "Photo:", "photo by", "printer", "for immediate release", "for", "journalism", "Mr.", "U.S.",
    "2019", "3rd", "x", "é", "École", "Ωmega", "Москва", "東京", "😀", "ß", "ıi", "=", "⁄", ":",
    ". ", "! ", "? ", ",", "\"", "“", "”", "’", "(", ")", "-", "—", "•", "123abc", "abc123",
  ]
  static let separators: [String] = [
    " ", " ", " ", "  ", "\t", "\u{00A0}", "\u{2009}", "\u{3000}", "", "", "\u{200B}",
  ]

  @Test func measureAgreesWithAPlainReadingOnGeneratedLines() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    var disagreements: [String] = []
    for _ in 0..<1_500 {
      var line = ""
      for _ in 0..<(1 + next(40)) {
        line += Self.pieces[next(Self.pieces.count)]
        line += Self.separators[next(Self.separators.count)]
      }
      // Trimmed as page lines are; sometimes the buffer ends right after the line.
      let padding = next(2) == 0 ? "" : String(repeating: "\n", count: next(12))
      let bytes = Array((line + padding).utf8)
      let disagreement = bytes.withUnsafeBufferPointer { buffer -> String? in
        let range = TextBytes.trimmed(0..<line.utf8.count, in: buffer)
        guard !range.isEmpty else { return nil }
        let found = LineFeatures(range, in: buffer)
        return ReferenceMeasure(range, in: buffer).difference(from: found)
      }
      if let disagreement { disagreements.append("\(line.debugDescription): \(disagreement)") }
    }
    #expect(
      disagreements.isEmpty, "\(disagreements.count) lines, first: \(disagreements.prefix(3))")
  }

  @Test func phraseMatcherFindsWhatANaiveSearchFinds() {
    let text = Array(
      ("Subscribe! YOU'RE reading journalism; ©2021 REUTERS/John /afp subscribing"
        + " xyou youx (c) 1999 sign upward sign up. ad-block adblocker cookie,cookies").utf8)
    let matcher = PageCues.matcher
    var found: [String] = []
    text.withUnsafeBufferPointer { bytes in
      matcher.forEachMatch(in: 0..<bytes.count, of: bytes) { match in
        found.append("\(match.range) \(match.tag.rawValue)")
      }
    }
    let expected = ReferenceMeasure.naiveMatches(in: text, 0..<text.count)
      .map { "\($0.range) \($0.tag.rawValue)" }
    #expect(found.sorted() == expected.sorted())
    #expect(found.count >= 12)
  }
}

/// The counts and cues of a line, read the plain way: one scalar at a time, every phrase tried
/// at every byte.
struct ReferenceMeasure {
  var wordCount = 0
  var letterCount = 0
  var digitCount = 0
  var visibleCount = 0
  var accentedLetterCount = 0
  var otherScriptLetterCount = 0
  var capitalizedWordCount = 0
  var lowercaseWordCount = 0
  var englishWordCount = 0
  var wideGapCount = 0
  var hasArithmetic = false
  var cues: Cues = []
  var cuesAtStart: Cues = []
  var cuesAtEnd: Cues = []
  var socialNetworkCount = 0

  static let functionWords: Set<String> = [
    "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "from",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not",
    "as", "that", "this", "it", "its", "his", "her", "their", "after", "over", "into", "says",
    "said", "but", "than", "about", "who", "which", "can", "could", "may", "new", "what", "how",
    "why", "we", "you", "your", "our", "they", "he", "she", "i", "do", "does", "did", "no",
    "all", "more", "up", "out", "if", "so",
  ]

  init(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
    var offset = range.lowerBound
    var word: [UInt8] = []
    var wordIsLetters = true
    var wordHasCase = false
    func endWord() {
      if range.count <= 400, wordIsLetters, (1...5).contains(word.count),
        Self.functionWords.contains(String(decoding: word.map(TextBytes.lowercased), as: UTF8.self))
      {
        englishWordCount += 1
      }
      word = []
    }
    while offset < range.upperBound {
      let space = TextBytes.whitespaceLength(at: offset, in: bytes)
      if space > 0 {
        if !word.isEmpty {
          if offset + space < range.upperBound && bytes[offset + space] == 0x20 {
            wideGapCount += 1
          }
          endWord()
        }
        offset += space
        continue
      }
      if word.isEmpty {
        wordCount += 1
        wordIsLetters = true
        wordHasCase = false
      }
      let (value, length) = TextBytes.scalar(at: offset, in: bytes)
      word.append(contentsOf: bytes[offset..<offset + length])
      visibleCount += 1
      func noteCase(upper: Bool?) {
        guard !wordHasCase else { return }
        wordHasCase = true
        if upper == true {
          capitalizedWordCount += 1
        } else if upper == false {
          lowercaseWordCount += 1
        }
      }
      if value < 0x80, TextBytes.isASCIILetter(UInt8(value)) {
        letterCount += 1
        noteCase(upper: value < 0x61)
      } else {
        wordIsLetters = false
        switch value {
        case 0x30...0x39: digitCount += 1
        case 0x3D, 0x2044: hasArithmetic = true
        case 0xC0...0x24F where value != 0xD7 && value != 0xF7:
          letterCount += 1
          accentedLetterCount += 1
          noteCase(upper: value <= 0xDE)
        case 0x370...0x58F, 0x590...0x6FF, 0x900...0xDFF, 0xE00...0xE7F, 0x10A0...0x10FF,
          0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7AF:
          letterCount += 1
          otherScriptLetterCount += 1
          noteCase(
            upper: (0x400...0x42F).contains(value)
              ? true : (0x430...0x45F).contains(value) ? false : nil)
        default: break
        }
      }
      offset += length
    }
    if !word.isEmpty { endWord() }
    let bullet = LineFeatures.bulletLength(at: range.lowerBound, in: bytes)
    for match in Self.naiveMatches(in: Array(bytes), range) {
      cues.insert(match.tag)
      if match.tag == .socialNetwork { socialNetworkCount += 1 }
      if match.range.lowerBound == range.lowerBound + bullet { cuesAtStart.insert(match.tag) }
      if range.upperBound - match.range.upperBound <= 40 { cuesAtEnd.insert(match.tag) }
    }
  }

  /// Every phrase of `PageCues` at every byte of `range`, ASCII case ignored, kept when it
  /// starts and ends on word boundaries as `PhraseMatcher` defines them.
  static func naiveMatches(in bytes: [UInt8], _ range: Range<Int>) -> [PhraseMatcher<Cues>.Match] {
    var matches: [PhraseMatcher<Cues>.Match] = []
    let lowered = bytes.map(TextBytes.lowercased)
    for phrase in PageCues.phrases {
      let pattern = phrase.bytes
      guard pattern.count <= range.count else { continue }
      for start in range.lowerBound...(range.upperBound - pattern.count) {
        let end = start + pattern.count
        guard lowered[start] == pattern[0], lowered[start..<end].elementsEqual(pattern) else {
          continue
        }
        if let first = pattern.first, TextBytes.isASCIIAlphanumeric(first),
          start > range.lowerBound,
          TextBytes.isASCIIAlphanumeric(bytes[start - 1])
        {
          continue
        }
        if !phrase.allowsLongerWord, let last = pattern.last, TextBytes.isASCIIAlphanumeric(last),
          end < range.upperBound, TextBytes.isASCIIAlphanumeric(bytes[end])
        {
          continue
        }
        matches.append(.init(range: start..<end, tag: phrase.tag))
      }
    }
    return matches
  }

  /// What `features` counts differently, if anything.
  func difference(from features: LineFeatures) -> String? {
    let pairs: [(String, Int, Int)] = [
      ("words", wordCount, features.wordCount), ("letters", letterCount, features.letterCount),
      ("digits", digitCount, features.digitCount), ("visible", visibleCount, features.visibleCount),
      ("accented", accentedLetterCount, features.accentedLetterCount),
      ("otherScript", otherScriptLetterCount, features.otherScriptLetterCount),
      ("capitalized", capitalizedWordCount, features.capitalizedWordCount),
      ("lowercase", lowercaseWordCount, features.lowercaseWordCount),
      ("english", englishWordCount, features.englishWordCount),
      ("wideGaps", wideGapCount, features.wideGapCount),
      ("arithmetic", hasArithmetic ? 1 : 0, features.hasArithmetic ? 1 : 0),
      ("cues", Int(cues.rawValue), Int(features.cues.rawValue)),
      ("cuesAtStart", Int(cuesAtStart.rawValue), Int(features.cuesAtStart.rawValue)),
      ("cuesAtEnd", Int(cuesAtEnd.rawValue), Int(features.cuesAtEnd.rawValue)),
      ("socialNetworks", socialNetworkCount, features.socialNetworkCount),
    ]
    let differing = pairs.filter { $0.1 != $0.2 }.map { "\($0.0) \($0.2) (expected \($0.1))" }
    return differing.isEmpty ? nil : differing.joined(separator: ", ")
  }
}
