/// One article of the corpus, read and segmented.
///
/// All ranges are byte ranges into `text.bytes`. A document never changes once built. Besides its
/// text it keeps little: line starts, blocks and sentences as arrays of 32-bit numbers
/// (`LineIndex`, `TextBlockList`, `SentenceList`), and strings only for its paths, headline,
/// outlet and date.
public struct CorpusDocument: Sendable {
  /// Stable within one load: the documents numbered in the sorted order of their files (a JSON
  /// Lines file's articles in line order).
  public internal(set) var id: Int
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
  public let blocks: TextBlockList
  /// Sentences of all blocks, in order.
  public let sentences: SentenceList
  /// Where the text comes from in the file, when it is not the file's text as it stands (a
  /// saved web page's article, a JSON line's fields); nil for a text file.
  public let origin: TextOrigin?
  /// The article's address, when its file gives one (a page's canonical link, a record's url).
  public let url: String?

  /// A document from its parts, as the page reader or a saved index gives them.
  public init(
    id: Int, relativePath: String, path: String, text: SourceText, title: String?,
    outlet: String?, date: String?, blocks: TextBlockList, sentences: SentenceList,
    origin: TextOrigin? = nil, url: String? = nil
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
    self.origin = origin
    self.url = url
  }

  /// A document from its parts, with blocks and sentences as plain arrays.
  public init(
    id: Int, relativePath: String, path: String, text: SourceText, title: String?,
    outlet: String?, date: String?, blocks: [TextBlock], sentences: [Sentence]
  ) {
    self.init(
      id: id, relativePath: relativePath, path: path, text: text, title: title, outlet: outlet,
      date: date, blocks: TextBlockList(blocks), sentences: SentenceList(sentences))
  }

  /// The same document under another id (nothing is read again).
  func renumbered(_ newID: Int) -> CorpusDocument {
    var document = self
    document.id = newID
    return document
  }

  /// The block that contains `byteOffset`, if any.
  public func blockIndex(containing byteOffset: Int) -> Int? {
    Self.index(containing: byteOffset, in: blocks.packed)
  }

  /// The byte range from the first to the last body block, if the document has a body.
  public var bodyByteRange: Range<Int>? {
    let packed = blocks.packed
    guard let first = packed.firstIndex(where: { $0.kind == TextBlockList.bodyKind }),
      let last = packed.lastIndex(where: { $0.kind == TextBlockList.bodyKind })
    else { return nil }
    return Int(packed[first].start)..<Int(packed[last].end)
  }

  /// The kind of the block that sentence `index` belongs to; nil for an index out of range.
  public func blockKind(ofSentence index: Int) -> BlockKind? {
    guard index >= 0, index < sentences.count else { return nil }
    let block = Int(sentences.packed[index].block)
    guard block < blocks.count else { return nil }
    return blocks.kind(at: block)
  }

  /// The sentence that contains `byteOffset`, if any.
  public func sentenceIndex(containing byteOffset: Int) -> Int? {
    Self.index(containing: byteOffset, in: sentences.packed)
  }

  /// Binary search over ordered, disjoint ranges stored as 32-bit bounds.
  private static func index(containing byteOffset: Int, in ranges: [some PackedRange]) -> Int? {
    var low = 0
    var high = ranges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      if byteOffset < Int(ranges[middle].start) {
        high = middle - 1
      } else if byteOffset >= Int(ranges[middle].end) {
        low = middle + 1
      } else {
        return middle
      }
    }
    return nil
  }
}

/// A byte range stored as two 32-bit offsets.
protocol PackedRange {
  var start: UInt32 { get }
  var end: UInt32 { get }
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
