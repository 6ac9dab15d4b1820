import Testing

@testable import Corpus

/// Pages no site would serve: random bytes, random mixtures of page pieces, and shapes that
/// would make a careless reader quadratic. Each must parse into well-formed blocks and sentences.
@Suite struct HostilePageTests {
  /// A small deterministic generator (SplitMix64), so a failure can be replayed.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  /// Checks that blocks and sentences are ordered, inside the text, trimmed and nested.
  func expectWellFormed(_ document: CorpusDocument, _ label: String) {
    let bytes = document.text.bytes
    func isEdgeSpace(at offset: Int) -> Bool {
      let byte = bytes[offset]
      return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
    var previousEnd = 0
    var wellFormed = true
    for block in document.blocks {
      let range = block.byteRange
      if range.isEmpty || range.lowerBound < previousEnd || range.upperBound > bytes.count
        || isEdgeSpace(at: range.lowerBound) || isEdgeSpace(at: range.upperBound - 1)
      {
        wellFormed = false
      }
      previousEnd = range.upperBound
    }
    previousEnd = 0
    for sentence in document.sentences {
      let range = sentence.byteRange
      guard sentence.blockIndex >= 0, sentence.blockIndex < document.blocks.count else {
        wellFormed = false
        continue
      }
      let block = document.blocks[sentence.blockIndex].byteRange
      if range.isEmpty || range.lowerBound < previousEnd || range.lowerBound < block.lowerBound
        || range.upperBound > block.upperBound || isEdgeSpace(at: range.lowerBound)
        || isEdgeSpace(at: range.upperBound - 1)
      {
        wellFormed = false
      }
      previousEnd = range.upperBound
    }
    #expect(wellFormed, "\(label): malformed blocks or sentences")
  }

  @Test func randomBytesParseWithoutTrapping() {
    var generator = Generator(state: 1)
    for round in 0..<300 {
      let count = generator.below(2000)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      expectWellFormed(page(bytes), "random bytes, round \(round)")
    }
  }

  @Test func randomMixturesOfPagePiecesParseWellFormed() {
    let pieces = [
      "The", "talks", "U.S.", "Mr.", "Jan.", "27", "No.1", "2+2", "Axar.az", "“", "”", "\"", "'",
      "…", "[…]", "...", ".", ". ", "? ", "! ", ",", " — ", " - ", " | ", "\n", "\n\n", "\r\n",
      "\r", "\u{a0}", "  ", "•", "©", "Next Post", "See also", "Read more:", "Leave a Reply",
      "ad blocker", "Subscribe", "#14980066", "Moderator:", "2019.05.10 / 17:37", "March 20, 2017",
      "TOKYO (Agency) —", "said", "Lavrov said.", "🙂", "é", "Заголовок", "---", "# ", "title: x",
      "By Jane Doe", "12 comments", "Politics  Economy  Sports", "A > B", "=", "⁄", "one",
    ]
    var generator = Generator(state: 7)
    for round in 0..<400 {
      var text = ""
      for _ in 0..<generator.below(120) {
        text += pieces[generator.below(pieces.count)]
        if generator.below(3) == 0 { text += " " }
      }
      expectWellFormed(page(text), "pieces, round \(round)")
    }
  }

  @Test(arguments: [
    ("a title with 100,000 separators", "Headline " + String(repeating: " - Site", count: 100_000)),
    ("200,000 initials", String(repeating: "A. ", count: 200_000)),
    ("one 400 KB dotted token", String(repeating: "A.", count: 200_000) + " B"),
    ("100,000 blank lines", String(repeating: "\n", count: 100_000) + "The end. It was late."),
    ("50,000 opening quotes", String(repeating: "“We ", count: 50_000) + "said."),
    ("50,000 straight quotes", String(repeating: "\" a. B", count: 50_000)),
    ("50,000 elisions", String(repeating: "word […] ", count: 50_000)),
    ("20,000 headline lines", String(repeating: "Short headline about talks\n", count: 20_000)),
    (
      "10,000 related lists",
      String(repeating: "Next Post\nA headline here\nA teaser. It ends.\n", count: 10_000)
    ),
    (
      "10,000 comment headings",
      String(
        repeating: "Story text goes on for a while here. Then more.\n12 comments\n", count: 10_000)
    ),
    ("a 1 MB line of one letter", String(repeating: "a", count: 1_000_000)),
  ])
  func pathologicalShapesParseInOnePass(label: String, text: String) {
    let document = page(text)
    expectWellFormed(document, label)
  }

  @Test func nulAndControlBytesInsideTextDoNotBreakSegmentation() {
    let document = page("Talks resume in Geneva\n\nThe sides\u{0} met. They\u{7}\u{1b} talked.\n")
    expectWellFormed(document, "control bytes")
    #expect(document.title == "Talks resume in Geneva")
    #expect(
      document.sentenceTexts == [
        "Talks resume in Geneva", "The sides\u{0} met.", "They\u{7}\u{1b} talked.",
      ])
  }
}
