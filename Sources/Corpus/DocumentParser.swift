/// Reads one page: cuts it into logical lines, finds the headline, tells the story from the page
/// furniture, groups lines into blocks, splits sentences, and reads the outlet and the date.
///
/// Linear in the page's length: each stage scans the lines once (see `PageLines`,
/// `TitleFinder`, `BoilerplateClassifier`, `SentenceSplitter`, `OutletFinder`, `DateFinder`).
public enum DocumentParser {
  public static func parse(id: Int, relativePath: String, path: String, bytes: [UInt8])
    -> CorpusDocument
  {
    let text = SourceText(bytes: bytes)
    let page = bytes.withUnsafeBufferPointer { buffer in
      read(buffer, lineIndex: text.lineIndex)
    }
    return CorpusDocument(
      id: id, relativePath: relativePath, path: path, text: text, title: page.title,
      outlet: page.outlet, date: page.date, blocks: page.blocks, sentences: page.sentences)
  }

  /// A document from an article a reader took out of its file (`HTMLReader`,
  /// `JSONLinesReader`): its text is parsed with the file's cues, and it keeps its origin.
  static func parse(id: Int, relativePath: String, path: String, extracted: ExtractedPage)
    -> CorpusDocument
  {
    let text = SourceText(bytes: extracted.text)
    let page = extracted.text.withUnsafeBufferPointer { buffer in
      read(buffer, lineIndex: text.lineIndex, hints: extracted.hints)
    }
    return CorpusDocument(
      id: id, relativePath: relativePath, path: path, text: text, title: page.title,
      outlet: page.outlet, date: page.date, blocks: page.blocks, sentences: page.sentences,
      origin: extracted.origin, url: extracted.url)
  }

  /// What a page says about itself, with its blocks and sentences.
  struct Page {
    var title: String?
    var outlet: String?
    var date: String?
    var blocks = TextBlockList()
    var sentences = SentenceList()
  }

  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, lineIndex: LineIndex, hints: PageHints? = nil
  ) -> Page {
    let lines = PageLines.lines(of: bytes, lineIndex: lineIndex, frontMatter: hints == nil)
    let frontMatter = FrontMatter(lines: lines, bytes)
    let contentStart = lines.firstIndex { !$0.isFrontMatter } ?? lines.count
    var siteNames = TitleFinder.siteNamesBeforeReading(lines[contentStart...], bytes)
    let lineHints = hints?.hints(for: lines)
    let choice: TitleChoice?
    if let hints, let lineHints {
      siteNames += hints.siteNames
      choice = title(lines: lines, hints: hints, lineHints: lineHints, &siteNames, bytes)
    } else {
      choice = TitleFinder.find(in: lines[contentStart...], siteNames: &siteNames, bytes)
    }
    var roles = BoilerplateClassifier.classify(
      lines: lines, titleIndex: choice?.lineIndex, titleHeadline: choice?.headline,
      siteNames: siteNames, hints: lineHints, bytes: bytes)
    for index in 0..<contentStart { roles[index] = .furniture(.frontMatter) }
    // A page's `<title>` above its `<h1>` repeats the headline (with the site's name).
    if let hints, let pageTitle = PageHints.lineIndex(startingAt: hints.pageTitleStart, in: lines),
      pageTitle != choice?.lineIndex
    {
      roles[pageTitle] = .furniture(.repeatedHeadline)
    }

    var page = Page()
    page.title =
      frontMatter.title ?? choice.map { TextBytes.string($0.headline, in: bytes) }
      ?? hints?.title
    page.outlet =
      hints?.outlet ?? frontMatter.outlet
      ?? OutletFinder.outlet(lines: lines, roles: roles, siteNames: siteNames, bytes)
    page.date = hints?.date ?? frontMatter.date ?? date(lines: lines, roles: roles, bytes)
    makeBlocks(lines: lines, roles: roles, title: choice, bytes, into: &page)
    return page
  }

  /// The headline of a page whose file says where it is: the line the markup names (the
  /// page's `<title>` and a record's title lose a " | Site Name" tail, as a scraped page's
  /// first line does); else the headline the text shows, among the lines that are not
  /// furniture by their markup. The `<title>`'s tail names the site even when an `<h1>` is the
  /// headline.
  private static func title(
    lines: [PageLine], hints: PageHints, lineHints: [LineHint], _ siteNames: inout [String],
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> TitleChoice? {
    let titleIndex = PageHints.lineIndex(startingAt: hints.titleStart, in: lines)
    let pageTitleIndex = PageHints.lineIndex(startingAt: hints.pageTitleStart, in: lines)
    if let pageTitleIndex, pageTitleIndex != titleIndex {
      let split = TitleFinder.splitSiteSuffix(
        lines[pageTitleIndex].range, siteNames: siteNames, bytes)
      if let suffix = split.suffix {
        siteNames += TitleFinder.siteNames(inSuffix: TitleFinder.siteNameParts(of: suffix, bytes))
      }
    }
    if let titleIndex {
      let line = lines[titleIndex]
      guard titleIndex == pageTitleIndex else {
        return TitleChoice(lineIndex: titleIndex, headline: line.range, suffix: nil)
      }
      let split = TitleFinder.splitSiteSuffix(line.range, siteNames: siteNames, bytes)
      if let suffix = split.suffix {
        siteNames += TitleFinder.siteNames(inSuffix: TitleFinder.siteNameParts(of: suffix, bytes))
      }
      return TitleChoice(lineIndex: titleIndex, headline: split.headline, suffix: split.suffix)
    }
    // The text's own headline, among the lines that are not furniture by their markup.
    let kept = lines.indices.filter { lineHints[$0].furniture == nil }
    let candidates = kept.map { lines[$0] }
    guard
      let found = TitleFinder.find(in: candidates[...], siteNames: &siteNames, bytes)
    else { return nil }
    return TitleChoice(
      lineIndex: kept[found.lineIndex], headline: found.headline, suffix: found.suffix)
  }

  // MARK: - Blocks and sentences

  /// Consecutive lines of one group with the same role form a block; every block is split into
  /// sentences, a headline or a list line being one sentence.
  private static func makeBlocks(
    lines: [PageLine], roles: [LineRole], title: TitleChoice?, _ bytes: UnsafeBufferPointer<UInt8>,
    into page: inout Page
  ) {
    page.blocks.reserveCapacity(lines.count)
    page.sentences.reserveCapacity(lines.count * 2)
    var open: (start: Int, end: Int, role: LineRole, group: Int)?
    var pendingSentences: [Range<Int>] = []

    func flush() {
      guard let block = open else { return }
      let blockIndex = page.blocks.count
      page.blocks.append(block.start..<block.end, kindCode: kindCode(of: block.role))
      for range in pendingSentences {
        page.sentences.append(range, blockIndex: blockIndex)
      }
      pendingSentences.removeAll(keepingCapacity: true)
      open = nil
    }

    for (index, line) in lines.enumerated() {
      let role = roles[index]
      if role == .title, let title {
        flush()
        open = (title.headline.lowerBound, title.headline.upperBound, .title, line.group)
        pendingSentences.append(title.headline)
        if let suffix = title.suffix {
          flush()
          open = (suffix.lowerBound, suffix.upperBound, .furniture(.siteName), line.group)
          pendingSentences.append(suffix)
        }
        flush()
        continue
      }
      if let current = open, current.role == role, current.group == line.group {
        open = (current.start, line.range.upperBound, role, current.group)
      } else {
        flush()
        open = (line.range.lowerBound, line.range.upperBound, role, line.group)
      }
      let features = line.features
      if features.isHeadlineLike
        || !features.isProse && (features.key != nil || features.bulletLength > 0)
      {
        pendingSentences.append(line.range)
      } else {
        SentenceSplitter.split(line.range, in: bytes, into: &pendingSentences)
      }
    }
    flush()
    page.blocks.shrinkToFit()
    page.sentences.shrinkToFit()
  }

  private static func kindCode(of role: LineRole) -> UInt32 {
    switch role {
    case .title: TextBlockList.titleKind
    case .body, .unknown: TextBlockList.bodyKind
    case .furniture(let furniture): TextBlockList.kindCode(of: furniture)
    }
  }

  // MARK: - Date

  /// The article's date: the first date line or dated metadata line that is not part of another
  /// story's teaser, else a date opening the story's first paragraph ("March 20, 2017 —").
  private static func date(
    lines: [PageLine], roles: [LineRole], _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> String?
  {
    for (index, line) in lines.enumerated() {
      guard case .furniture(let kind) = roles[index], !kind.isAboutAnotherStory else { continue }
      let found: Range<Int>?
      switch kind {
      case .dateLine, .metadata, .byline, .beforeHeadline, .pageFooter, .label, .photoCaption,
        .forumPostHeader:
        found =
          DateFinder.dateOfDateLine(line.range, of: bytes)
          ?? (kind == .metadata || kind == .byline || kind == .forumPostHeader
            ? DateFinder.firstDate(in: line.range, of: bytes) : nil)
      default:
        found = nil
      }
      if let found { return TextBytes.string(found, in: bytes) }
    }
    var bodyLinesSeen = 0
    for (index, line) in lines.enumerated() where roles[index] == .body {
      let opening = line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + 60)
      if let found = DateFinder.firstDate(in: opening, of: bytes),
        isDateline(found, line.range, bytes)
      {
        return TextBytes.string(found, in: bytes)
      }
      bodyLinesSeen += 1
      if bodyLinesSeen == 3 { break }
    }
    return nil
  }

  /// True when a dash, a colon or an agency in brackets follows the date shortly: the date
  /// heads the story ("March 20, 2017 — …", "TOKYO, March 20, 2017 (Kyodo) — …").
  private static func isDateline(
    _ date: Range<Int>, _ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var offset = date.upperBound
    let limit = min(line.upperBound, date.upperBound + 30)
    while offset < limit {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
        || LineFeatures.dashLength(at: offset, bytes) > 0
      {
        return true
      }
      if TextBytes.isASCIILower(byte) { return false }
      offset += 1
    }
    return false
  }
}
