/// What a page's structure says, read once the whole page has been: which `<article>` is the
/// story, which line is its headline, and which lines are furniture by the elements around them.
///
/// The story's article is the one whose own paragraphs hold the most text (pages list other
/// stories as `<article>`s too); without one, `<main>` is the story. An element that is
/// furniture by its name, class or role but holds the story (an ASP.NET `<form>` around the
/// whole page, a "post-header" around the headline, an "entry-content share-enabled" box
/// around half the story's paragraphs) is no furniture: only the elements inside it that are
/// furniture themselves count. Without an article or a `<main>`, an element that holds half of
/// the page's text holds the story.
extension HTMLReader {
  /// The article of the page `file` (decoded to UTF-8); nil when the page shows no text.
  static func extract(file: SourceText) -> ExtractedPage? {
    file.bytes.withUnsafeBufferPointer { buffer in
      var reader = HTMLReader(buffer)
      reader.read()
      return reader.finish(file: file)
    }
  }

  private mutating func finish(file: SourceText) -> ExtractedPage? {
    let (text, origin) = builder.finish(file: file)
    guard Self.hasVisibleText(text) else { return nil }
    var structure = Structure(reader: self, textByteCount: text.count)
    let hints = structure.hints(metadata: metadata, times: times)
    return ExtractedPage(text: text, origin: origin, hints: hints, url: metadata.url)
  }

  /// True when `text` holds a character that is not whitespace.
  static func hasVisibleText(_ text: [UInt8]) -> Bool {
    text.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let width = TextBytes.whitespaceLength(at: offset, in: buffer)
        if width == 0 { return true }
        offset += width
      }
      return false
    }
  }

  /// The page's structure resolved.
  struct Structure {
    let lines: [Line]
    let cues: [Cue]
    let articles: [Article]
    let mainCue: Int32?
    /// Each line's length in the text.
    let lineLengths: [Int]
    let storyArticle: Int32
    /// The articles around the story's (which are no other story).
    let storyAncestors: Set<Int32>
    /// Furniture elements that hold the story, and so are none.
    var isWrapper: [Bool]
    /// Each furniture element's nearest one that is furniture (itself, or one around it when
    /// it holds the story), or -1.
    var resolved: [Int32] = []

    init(reader: HTMLReader, textByteCount: Int) {
      lines = reader.lines
      cues = reader.cues
      articles = reader.articles
      mainCue = reader.mainCue
      var lengths = [Int](repeating: 0, count: lines.count)
      for index in lines.indices {
        let end = index + 1 < lines.count ? lines[index + 1].textStart : textByteCount
        lengths[index] = end - lines[index].textStart
      }
      lineLengths = lengths
      // The story's article: the most text in paragraphs of its own (not of articles in it).
      var paragraphBytes = [Int](repeating: 0, count: articles.count)
      for (index, line) in lines.enumerated() where line.isParagraph && line.article >= 0 {
        paragraphBytes[Int(line.article)] += lengths[index]
      }
      var best: Int32 = -1
      for (index, bytes) in paragraphBytes.enumerated()
      where bytes > 0 && (best < 0 || bytes > paragraphBytes[Int(best)]) {
        best = Int32(index)
      }
      storyArticle = best
      var ancestors = Set<Int32>()
      var article = best >= 0 ? articles[Int(best)].parent : -1
      while article >= 0 {
        ancestors.insert(article)
        article = articles[Int(article)].parent
      }
      storyAncestors = ancestors
      isWrapper = [Bool](repeating: false, count: cues.count)
      if best >= 0 { markWrappers(from: articles[Int(best)].cue) }
      if let mainCue { markWrappers(from: mainCue) }
      if best < 0 && mainCue == nil {
        markElementsHoldingHalf(of: lines.indices, textByteCount: textByteCount)
      } else {
        // Inside the story, an element named for furniture that holds most of its paragraphs
        // ("entry-content share-enabled") holds the story.
        let story = lines.indices.filter {
          lines[$0].isParagraph
            && (best >= 0 ? lines[$0].article == best : lines[$0].inMain)
        }
        markElementsHoldingHalf(of: story, textByteCount: story.reduce(0) { $0 + lengths[$1] })
      }
      resolve()
    }

    /// The element `cue` and those around it hold the story.
    private mutating func markWrappers(from cue: Int32) {
      var current = cue
      while current >= 0, !isWrapper[Int(current)] {
        isWrapper[Int(current)] = true
        current = cues[Int(current)].parent
      }
    }

    /// A furniture element with half the text of `counted` lines (the page's, or the story's
    /// paragraphs) in it holds the story.
    private mutating func markElementsHoldingHalf(
      of counted: some Sequence<Int>, textByteCount: Int
    ) {
      guard textByteCount > 0 else { return }
      var held = [Int](repeating: 0, count: cues.count)
      for index in counted where lines[index].cue >= 0 {
        held[Int(lines[index].cue)] += lineLengths[index]
      }
      // An element is made before the elements inside it: children come later in the list.
      for index in cues.indices.reversed() where cues[index].parent >= 0 {
        held[Int(cues[index].parent)] += held[index]
      }
      for index in cues.indices where held[index] * 2 >= textByteCount {
        isWrapper[index] = true
      }
    }

    private mutating func resolve() {
      resolved = [Int32](repeating: -1, count: cues.count)
      for index in cues.indices {
        let parent = cues[index].parent
        resolved[index] =
          isWrapper[index] ? (parent >= 0 ? resolved[Int(parent)] : -1) : Int32(index)
      }
    }

    private func furniture(ofLine line: Line) -> Furniture? {
      guard line.cue >= 0 else { return nil }
      let element = resolved[Int(line.cue)]
      return element >= 0 ? cues[Int(element)].furniture : nil
    }

    /// A line of an `<article>` that is neither the story's nor around it.
    private func isInOtherArticle(_ line: Line) -> Bool {
      storyArticle >= 0 && line.article >= 0 && line.article != storyArticle
        && !storyAncestors.contains(line.article)
    }

    private func isInStory(_ line: Line) -> Bool {
      storyArticle >= 0 ? line.article == storyArticle : mainCue != nil && line.inMain
    }

    /// The headline: the story's first `<h1>`, else `<main>`'s, else the first that is not
    /// furniture; the elements around it then hold the story.
    private mutating func titleLine() -> Int? {
      let headings = lines.indices.filter { lines[$0].isHeading1 }
      let chosen =
        headings.first { isInStory(lines[$0]) }
        ?? headings.first { mainCue != nil && lines[$0].inMain }
        ?? headings.first { furniture(ofLine: lines[$0]) == nil && !isInOtherArticle(lines[$0]) }
      guard let chosen else { return nil }
      markWrappers(from: lines[chosen].cue)
      resolve()
      return chosen
    }

    mutating func hints(metadata: HTMLMetadata, times: [TimeElement]) -> PageHints {
      var hints = PageHints()
      let title = titleLine()
      let pageTitle = lines.firstIndex { $0.isPageTitle }
      hints.titleStart = (title ?? pageTitle).map { lines[$0].textStart }
      hints.pageTitleStart = pageTitle.map { lines[$0].textStart }
      for (index, line) in lines.enumerated() {
        let hint: LineHint
        if line.isPageTitle || index == title {
          hint = .none
        } else if let kind = furniture(ofLine: line) {
          hint = .furniture(kind)
        } else if isInOtherArticle(line) {
          hint = .furniture(.otherArticle)
        } else if line.isParagraph && isInStory(line) {
          hint = .story
        } else {
          hint = .none
        }
        if hints.lineHints.last?.hint != hint {
          hints.lineHints.append((line.textStart, hint))
        }
      }
      hints.outlet = metadata.siteName
      hints.siteNames = metadata.siteName.map { [$0] } ?? []
      let storyTimes = times.filter {
        storyArticle >= 0 ? $0.article == storyArticle : mainCue != nil && $0.inMain
      }
      hints.date =
        (metadata.publishedTime
        ?? times.first { $0.saysPublished }?.datetime
        ?? storyTimes.first?.datetime).map(PageHints.dateAsWritten)
      return hints
    }
  }
}
