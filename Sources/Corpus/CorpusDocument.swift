/// One article of the corpus, read and segmented.
///
/// All ranges are byte ranges into `text.bytes`. A document never changes once built.
public struct CorpusDocument: Sendable {
  /// Stable within one load: the position of `relativePath` in the sorted list of files.
  public let id: Int
  /// Path relative to the corpus root, with `/` separators (`sub/001_x.txt`).
  public let relativePath: String
  /// Absolute path of the file.
  public let path: String
  public let text: SourceText
  /// The headline, when one is found.
  public let title: String?
  /// The outlet that published it, when the text names it ("The Japan Times").
  public let outlet: String?
  /// The publication date as written in the text ("2019.05.10 / 17:37"), when stated.
  public let date: String?
  /// That date as a calendar day, when it can be read (read once, here).
  public let calendarDate: CalendarDate?
  /// The document cut into blocks (paragraph-like runs of lines), in order, each classified.
  public let blocks: [TextBlock]
  /// Sentences of all blocks, in order.
  public let sentences: [Sentence]

  public init(
    id: Int, relativePath: String, path: String, text: SourceText, title: String?,
    outlet: String?, date: String?, blocks: [TextBlock], sentences: [Sentence]
  ) {
    self.id = id
    self.relativePath = relativePath
    self.path = path
    self.text = text
    self.title = title
    self.outlet = outlet
    self.date = date
    self.calendarDate = date.flatMap(CalendarDate.init(parsing:))
    self.blocks = blocks
    self.sentences = sentences
  }

  /// The block that contains `byteOffset`, if any.
  public func blockIndex(containing byteOffset: Int) -> Int? {
    var low = 0
    var high = blocks.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = blocks[middle].byteRange
      if byteOffset < range.lowerBound {
        high = middle - 1
      } else if byteOffset >= range.upperBound {
        low = middle + 1
      } else {
        return middle
      }
    }
    return nil
  }

  /// The byte range from the first to the last body block, if the document has a body.
  public var bodyByteRange: Range<Int>? {
    guard let first = blocks.first(where: { $0.kind == .body }),
      let last = blocks.last(where: { $0.kind == .body })
    else { return nil }
    return first.byteRange.lowerBound..<last.byteRange.upperBound
  }

  /// The kind of the block that sentence `index` belongs to; nil for an index out of range.
  public func blockKind(ofSentence index: Int) -> BlockKind? {
    guard index >= 0, index < sentences.count else { return nil }
    let block = sentences[index].blockIndex
    guard block >= 0, block < blocks.count else { return nil }
    return blocks[block].kind
  }

  /// The sentence that contains `byteOffset`, if any.
  public func sentenceIndex(containing byteOffset: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = sentences[middle].byteRange
      if byteOffset < range.lowerBound {
        high = middle - 1
      } else if byteOffset >= range.upperBound {
        low = middle + 1
      } else {
        return middle
      }
    }
    return nil
  }
}

/// A run of lines with one role in the page.
public struct TextBlock: Sendable, Hashable {
  public let byteRange: Range<Int>
  public let kind: BlockKind

  public init(byteRange: Range<Int>, kind: BlockKind) {
    self.byteRange = byteRange
    self.kind = kind
  }
}

public enum BlockKind: Sendable, Hashable {
  /// The headline.
  case title
  /// The story itself: where the entities of the story come from.
  case body
  /// Page furniture around the story, with the reason it was judged so
  /// ("ad-blocker notice", "navigation list", "teaser of another story", …).
  case boilerplate(reason: String)

  public var isBoilerplate: Bool {
    if case .boilerplate = self { return true }
    return false
  }

  /// The story's own text: its headline or its body.
  public var isStory: Bool { !isBoilerplate }
}

/// One sentence: its bytes and the block it belongs to.
public struct Sentence: Sendable, Hashable {
  public let byteRange: Range<Int>
  public let blockIndex: Int

  public init(byteRange: Range<Int>, blockIndex: Int) {
    self.byteRange = byteRange
    self.blockIndex = blockIndex
  }
}
