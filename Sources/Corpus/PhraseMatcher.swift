/// Finds many short phrases in a line at once, ignoring ASCII case: an Aho–Corasick automaton.
///
/// A page line is scanned once whatever the number of phrases, so cue detection stays linear in
/// the page's length. Bytes that occur in no phrase share one input class, which keeps the
/// transition table small (a few dozen classes instead of 256).
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
  /// `state × classCount + class` → next state × 2, plus 1 when phrases end there.
  private let transitions: [Int32]
  /// For each state, where its phrases start in `outputList` (one more entry than states):
  /// the phrases that end in a state are its own and those of its suffix states.
  private let outputStart: [Int32]
  private let outputList: [Int32]

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
    // Build the trie.
    var goto: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
    var outputs: [[Int32]] = [[]]
    for (phraseIndex, phrase) in phrases.enumerated() {
      var state = 0
      for byte in phrase.bytes {
        let input = Int(byteClass[Int(byte)])
        if goto[state][input] < 0 {
          goto.append([Int32](repeating: -1, count: classCount))
          outputs.append([])
          goto[state][input] = Int32(goto.count - 1)
        }
        state = Int(goto[state][input])
      }
      outputs[state].append(Int32(phraseIndex))
    }
    // Breadth-first: failure links, then a full transition table.
    var failure = [Int](repeating: 0, count: goto.count)
    var transitions = [Int32](repeating: 0, count: goto.count * classCount)
    var queue: [Int] = []
    for input in 0..<classCount {
      let next = goto[0][input]
      if next > 0 {
        transitions[input] = next
        failure[Int(next)] = 0
        queue.append(Int(next))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      outputs[state] += outputs[failure[state]]
      for input in 0..<classCount {
        let next = goto[state][input]
        if next > 0 {
          failure[Int(next)] = Int(transitions[failure[state] * classCount + input])
          transitions[state * classCount + input] = next
          queue.append(Int(next))
        } else {
          transitions[state * classCount + input] = transitions[failure[state] * classCount + input]
        }
      }
    }
    self.byteClass = byteClass
    self.classCount = classCount
    // Each transition also says, in its lowest bit, whether phrases end in the state it reaches,
    // so the scan reads the output table only where a phrase ends.
    self.transitions = transitions.map { next in next << 1 | (outputs[Int(next)].isEmpty ? 0 : 1) }
    var outputStart: [Int32] = [0]
    for phraseList in outputs {
      outputStart.append(outputStart[outputStart.count - 1] + Int32(phraseList.count))
    }
    self.outputStart = outputStart
    self.outputList = outputs.flatMap { $0 }
  }

  /// Calls `found` for every phrase occurrence in `range` that starts and ends on word
  /// boundaries (a phrase that begins or ends with punctuation needs no boundary on that side).
  func forEachMatch(
    in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ found: (Match) -> Void
  ) {
    var state = 0
    byteClass.withUnsafeBufferPointer { classes in
      transitions.withUnsafeBufferPointer { table in
        outputStart.withUnsafeBufferPointer { starts in
          var offset = range.lowerBound
          while offset < range.upperBound {
            let transition = table[state &* classCount &+ Int(classes[Int(bytes[offset])])]
            state = Int(transition >> 1)
            offset += 1
            guard transition & 1 != 0 else { continue }
            let first = Int(starts[state])
            let end = Int(starts[state + 1])
            guard first < end else { continue }
            for listIndex in first..<end {
              let phrase = phrases[Int(outputList[listIndex])]
              let start = offset - phrase.bytes.count
              if isBoundary(phrase, start: start, end: offset, range: range, bytes: bytes) {
                found(Match(range: start..<offset, tag: phrase.tag))
              }
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
