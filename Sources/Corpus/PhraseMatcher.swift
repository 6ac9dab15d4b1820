/// Finds many short phrases in a line at once, ignoring ASCII case: a trie walked from every
/// place a phrase could start.
///
/// A phrase that begins with a letter or digit must begin a word, so no phrase starts inside a
/// run of letters and digits: only the first byte of each run and the punctuation that some
/// phrase starts with are places to look. There, the first five bytes are checked against a
/// bit table of the phrases' first five bytes, which turns away nearly every word ("the",
/// "minister", names) without a walk; the rest walk the trie, and most walks end after a byte or two. Bytes that occur in no phrase share one input class, which keeps the
/// trie's table small (a few dozen classes instead of 256).
struct PhraseMatcher<Tag: Sendable>: Sendable {
  /// A phrase to find and what finding it means.
  struct Phrase: Sendable {
    let bytes: [UInt8]
    let tag: Tag
    /// When true the phrase may be the start of a longer word ("subscri" in "subscribing").
    let allowsLongerWord: Bool
  }

  /// One occurrence of a phrase, whose word boundaries have been checked.
  struct Match {
    let range: Range<Int>
    let tag: Tag
  }

  private let phrases: [Phrase]
  private let byteClass: [UInt8]
  private let classCount: Int
  /// `state × classCount + class` → next state × 2, plus 1 when phrases end there; 0 when the
  /// trie has no such edge (the root is never a target).
  private let transitions: [Int32]
  /// For each state, where the phrases that end there start in `outputList` (one more entry
  /// than states).
  private let outputStart: [Int32]
  private let outputList: [Int32]
  /// Per byte: `alphanumeric` (an ASCII letter or digit), `opensPhrase` (some phrase starts
  /// with it, in either case), `opensShortPhrase` (one shorter than the prefix does: always
  /// walked from).
  private let startFlags: [UInt8]
  /// One bit per hash of a phrase's first `prefixLength` bytes, ASCII letters folded to lower
  /// case.
  private let prefixBits: [UInt64]

  init(_ phrases: [Phrase]) {
    self.phrases = phrases
    var byteClass = [UInt8](repeating: 0, count: 256)
    var nextClass: UInt8 = 1
    for phrase in phrases {
      for byte in phrase.bytes where byteClass[Int(byte)] == 0 {
        byteClass[Int(byte)] = nextClass
        if TextBytes.isASCIILower(byte) { byteClass[Int(byte) - 0x20] = nextClass }
        nextClass += 1
      }
    }
    let classCount = Int(nextClass)
    var goto: [Int32] = [Int32](repeating: 0, count: classCount)
    var outputs: [[Int32]] = [[]]
    var prefixBits = [UInt64](repeating: 0, count: Self.prefixTableWords)
    var startFlags = [UInt8](repeating: 0, count: 256)
    for byte in 0..<256 where TextBytes.isASCIIAlphanumeric(UInt8(byte)) {
      startFlags[byte] = Self.alphanumeric
    }
    for (phraseIndex, phrase) in phrases.enumerated() {
      guard let first = phrase.bytes.first else { continue }
      var state = 0
      for byte in phrase.bytes {
        let input = Int(byteClass[Int(byte)])
        if goto[state * classCount + input] == 0 {
          goto.append(contentsOf: repeatElement(0, count: classCount))
          outputs.append([])
          goto[state * classCount + input] = Int32(outputs.count - 1)
        }
        state = Int(goto[state * classCount + input])
      }
      outputs[state].append(Int32(phraseIndex))
      let firsts = TextBytes.isASCIILower(first) ? [first, first - 0x20] : [first]
      for byte in firsts {
        startFlags[Int(byte)] |=
          Self.opensPhrase
          | (phrase.bytes.count < Self.prefixLength ? Self.opensShortPhrase : 0)
      }
      if phrase.bytes.count >= Self.prefixLength {
        var prefix: UInt64 = 0
        for (index, byte) in phrase.bytes.prefix(Self.prefixLength).enumerated() {
          prefix |= UInt64(byte) << UInt64(8 * index)
        }
        let slot = Self.prefixSlot(prefix)
        prefixBits[slot >> 6] |= 1 << UInt64(slot & 63)
      }
    }
    self.byteClass = byteClass
    self.classCount = classCount
    // Each edge also says, in its lowest bit, whether phrases end in the state it reaches, so
    // the walk reads the output table only where a phrase ends.
    self.transitions = goto.map { next in
      next == 0 ? 0 : next << 1 | (outputs[Int(next)].isEmpty ? 0 : 1)
    }
    var outputStart: [Int32] = [0]
    for phraseList in outputs {
      outputStart.append(outputStart[outputStart.count - 1] + Int32(phraseList.count))
    }
    self.outputStart = outputStart
    self.outputList = outputs.flatMap { $0 }
    self.startFlags = startFlags
    self.prefixBits = prefixBits
  }

  /// 2^14 bits: a few hundred phrase prefixes leave nearly every other word out.
  private static var prefixTableWords: Int { 256 }

  /// How many bytes of a phrase the bit table keys on: few English words share the first five
  /// bytes of a cue ("minister" passes three, "dispute" four).
  private static var prefixLength: Int { 5 }
  private static var prefixMask: UInt64 { 0xFF_FFFF_FFFF }

  /// The bit of a phrase prefix (first byte lowest), ASCII letters folded to lower case.
  @inline(__always)
  private static func prefixSlot(_ prefix: UInt64) -> Int {
    Int(truncatingIfNeeded: ((foldedLetters(prefix) &* 0x9E37_79B9_7F4A_7C15) >> 50))
  }

  /// `bytes` with every ASCII capital letter made lower case.
  @inline(__always)
  private static func foldedLetters(_ bytes: UInt64) -> UInt64 {
    bytes | SWAR.asciiLetters(bytes) >> 2  // 0x80 >> 2 is 0x20, the case bit
  }

  /// Calls `found` for every phrase occurrence in `range` that starts and ends on word
  /// boundaries (a phrase that begins or ends with punctuation needs no boundary on that side),
  /// in order of where they start.
  ///
  /// Line readers that already walk a line's bytes call `forEachMatch(startingAt:)` from their
  /// own loop instead (see `LineFeatures`), at the places `isCandidate` names.
  func forEachMatch(
    in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ found: (Match) -> Void
  ) {
    var previousIsAlphanumeric = false
    for offset in range {
      let byte = bytes[offset]
      let isAlphanumeric = TextBytes.isASCIIAlphanumeric(byte)
      if isCandidate(byte, afterAlphanumeric: previousIsAlphanumeric) {
        forEachMatch(startingAt: offset, in: range, of: bytes, found)
      }
      previousIsAlphanumeric = isAlphanumeric
    }
  }

  /// True when a phrase may start at a byte `byte`: it opens some phrase, and it does not go on
  /// a run of letters and digits (a phrase opening with a letter or digit opens a word).
  @inline(__always)
  func isCandidate(_ byte: UInt8, afterAlphanumeric previousIsAlphanumeric: Bool) -> Bool {
    let flags = startFlags[Int(byte)]
    return flags & Self.opensPhrase != 0
      && !(previousIsAlphanumeric && flags & Self.alphanumeric != 0)
  }

  /// Calls `found` for every phrase that starts at `start` and ends within `range`, on word
  /// boundaries, shortest first.
  @inline(__always)
  func forEachMatch(
    startingAt start: Int, in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
    _ found: (Match) -> Void
  ) {
    guard let base = bytes.baseAddress, mayStartPhrase(at: start, base, bytes.count) else { return }
    walk(from: start, range, bytes, found)
  }

  private static var alphanumeric: UInt8 { 1 }
  private static var opensPhrase: UInt8 { 2 }

  /// False when no phrase starts with the bytes at `start` (a cheap test before a walk).
  @inline(__always)
  private func mayStartPhrase(at start: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    if startFlags[Int(base[start])] & Self.opensShortPhrase != 0 { return true }
    guard start + 8 <= count else { return true }
    let slot = Self.prefixSlot(SWAR.load(base, start) & Self.prefixMask)
    return prefixBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  private static var opensShortPhrase: UInt8 { 4 }

  /// Follows the trie from `start` and reports each phrase that ends on the way.
  @inline(__always)
  private func walk(
    from start: Int, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ found: (Match) -> Void
  ) {
    transitions.withUnsafeBufferPointer { table in
      byteClass.withUnsafeBufferPointer { classes in
        var state = 0
        var offset = start
        while offset < range.upperBound {
          let edge = table[state &* classCount &+ Int(classes[Int(bytes[offset])])]
          guard edge != 0 else { return }
          state = Int(edge >> 1)
          offset += 1
          guard edge & 1 != 0 else { continue }
          for listIndex in Int(outputStart[state])..<Int(outputStart[state + 1]) {
            let phrase = phrases[Int(outputList[listIndex])]
            if isBoundary(phrase, start: start, end: offset, range: range, bytes: bytes) {
              found(Match(range: start..<offset, tag: phrase.tag))
            }
          }
        }
      }
    }
  }

  private func isBoundary(
    _ phrase: Phrase, start: Int, end: Int, range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    if let first = phrase.bytes.first, TextBytes.isASCIIAlphanumeric(first),
      start > range.lowerBound,
      TextBytes.isASCIIAlphanumeric(bytes[start - 1])
    {
      return false
    }
    if !phrase.allowsLongerWord, let last = phrase.bytes.last, TextBytes.isASCIIAlphanumeric(last),
      end < range.upperBound, TextBytes.isASCIIAlphanumeric(bytes[end])
    {
      return false
    }
    return true
  }
}
