/// Everything `DocumentParser` finds in one document apart from its text (and the text's line
/// index): what an index cache keeps, so that the document can be made again from its file's
/// bytes without parsing or scanning them.
public struct DocumentParts: Sendable, Hashable {
  public var title: String?
  public var outlet: String?
  public var date: String?
  /// The date as a calendar day, as read when the document was parsed.
  public var calendarDate: CalendarDate?
  public var blocks: TextBlockList
  public var sentences: SentenceList
  /// The text's line index, when kept (a document made from parts without one scans its text).
  public var lineIndex: LineIndex?

  public init(
    title: String?, outlet: String?, date: String?, calendarDate: CalendarDate?,
    blocks: TextBlockList, sentences: SentenceList, lineIndex: LineIndex? = nil
  ) {
    self.title = title
    self.outlet = outlet
    self.date = date
    self.calendarDate = calendarDate
    self.blocks = blocks
    self.sentences = sentences
    self.lineIndex = lineIndex
  }

  /// True when every block and sentence lies within a text of `byteCount` bytes and every
  /// sentence names an existing block: parts that can be trusted with that text.
  public func fits(byteCount: Int) -> Bool {
    for block in blocks
    where block.byteRange.lowerBound < 0 || block.byteRange.upperBound > byteCount {
      return false
    }
    for sentence in sentences {
      let range = sentence.byteRange
      guard range.lowerBound >= 0, range.upperBound <= byteCount, sentence.blockIndex >= 0,
        sentence.blockIndex < blocks.count
      else { return false }
    }
    return true
  }
}

extension CorpusDocument {
  /// What parsing found in this document, apart from its text, with the text's line index.
  public var parts: DocumentParts {
    DocumentParts(
      title: title, outlet: outlet, date: date, calendarDate: calendarDate, blocks: blocks,
      sentences: sentences, lineIndex: text.lineIndex)
  }

  /// A document made from its text and the parts found in it before: nothing is parsed, not
  /// even the date. (The text brings its own line index; the parts' one is not used.)
  public init(
    id: Int, relativePath: String, path: String, text: SourceText, parts: DocumentParts,
    origin: TextOrigin? = nil, url: String? = nil
  ) {
    self.id = id
    self.relativePath = relativePath
    self.path = path
    self.text = text
    self.title = parts.title
    self.outlet = parts.outlet
    self.date = parts.date
    self.calendarDate = parts.calendarDate
    self.blocks = parts.blocks
    self.sentences = parts.sentences
    self.origin = origin
    self.url = url
  }
}
