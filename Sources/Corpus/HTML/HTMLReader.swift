/// Reads a saved web page: the text a reader of the page sees, one line per paragraph,
/// heading or list item, paragraphs apart by a blank line (as a scraped text page has them),
/// with where each byte of it came from (`TextOrigin`) and what the markup says about each line.
///
/// A tolerant reader in one forward pass, in time linear in the page: tags, comments and
/// doctypes are left out; `<script>`, `<style>`, `<template>`, `<noscript>` and inline drawings
/// are skipped whole; character references are decoded; whitespace is collapsed as a browser
/// collapses it (kept in `<pre>`); hidden elements (`hidden`, `display: none`) are left out.
/// Open elements are kept on a stack, and the end tags HTML lets a page leave out (`<p>`,
/// `<li>`, table cells) are implied; an end tag with nothing open of its name is ignored in
/// constant time, so no nesting costs more than its length. What the structure says is read
/// afterwards (`HTMLReader+Structure`): the story's `<article>` or `<main>`, the headline, the
/// furniture around them.
struct HTMLReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var builder: TextOriginBuilder

  // MARK: - The open elements

  /// What an open element passes on to the text inside it.
  struct Frame {
    /// The element's name as a number: an `HTMLElement`'s raw value, or 256 and up for the
    /// page's other names.
    var tag: Int32 = -1
    var element: HTMLElement = .other
    /// The innermost open element that is furniture by its name, class, id or role (an index
    /// into `cues`), or -1.
    var cue: Int32 = -1
    /// The innermost open `<article>` (an index into `articles`), or -1.
    var article: Int32 = -1
    /// Inside `<main>` (or `role="main"`, `itemprop="articleBody"`).
    var inMain = false
    var inParagraph = false
    var inHeading1 = false
    var isPreformatted = false
    var isHidden = false
  }

  private var frames: [Frame] = []
  private var current: Frame { frames.last ?? Frame() }
  /// Open elements per name, so that an end tag with nothing open of its name costs nothing.
  private var openCounts = [Int32](repeating: 0, count: 256)
  private var otherNames: [String: Int32] = [:]
  private var attributes: [HTMLAttribute] = []

  // MARK: - What the page says

  /// A line of the text, with the context of its first byte.
  struct Line {
    var textStart: Int
    var cue: Int32
    var article: Int32
    var inMain: Bool
    var isParagraph: Bool
    var isHeading1: Bool
    var isPageTitle: Bool
  }

  /// An element that is furniture by its name, class, id or role.
  struct Cue {
    var furniture: Furniture
    /// The furniture element around it, or -1.
    var parent: Int32
  }

  struct Article {
    /// The article around it, or -1.
    var parent: Int32
    /// The innermost furniture element at the article (itself included), or -1.
    var cue: Int32
  }

  /// A `<time datetime>`.
  struct TimeElement {
    var datetime: String
    var article: Int32
    var inMain: Bool
    var saysPublished: Bool
  }

  private(set) var lines: [Line] = []
  private(set) var cues: [Cue] = []
  private(set) var articles: [Article] = []
  /// The furniture element at the first `<main>`, when there is one (-1 for none around it).
  private(set) var mainCue: Int32?
  private(set) var times: [TimeElement] = []
  private(set) var metadata = HTMLMetadata()

  // MARK: - Text state

  private var pendingBreak = HTMLElement.Break.none
  /// Whitespace seen since the last text, collapsed into one space if text follows on the line.
  private var pendingSpace: Range<Int>?
  private var needsLine = true
  private var inPageTitle = false
  private var pageTitleSeen = false
  /// A `<pre>`'s first line feed is not part of its text.
  private var skipsNewline = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    builder = TextOriginBuilder(capacity: bytes.count / 3)
  }

  // MARK: - Reading

  /// Reads the whole page.
  mutating func read() {
    let count = bytes.count
    var offset = 0
    var textStart = 0
    while let open = HTMLTagScanner.find(UInt8(ascii: "<"), from: offset, in: bytes) {
      guard open + 1 < count else { break }
      let next = bytes[open + 1]
      let resume: Int
      if HTMLTagScanner.isASCIILetter(next) {
        emitText(textStart..<open)
        guard let tag = HTMLTagScanner.tag(at: open, in: bytes, attributes: &attributes) else {
          textStart = count
          offset = count
          break
        }
        resume = startTag(tag)
      } else if next == UInt8(ascii: "/") {
        guard open + 2 < count else { break }
        emitText(textStart..<open)
        if HTMLTagScanner.isASCIILetter(bytes[open + 2]) {
          guard let tag = HTMLTagScanner.tag(at: open, in: bytes, attributes: &attributes) else {
            textStart = count
            offset = count
            break
          }
          endTag(tag)
          resume = tag.end
        } else {
          // `</>` is nothing; `</3` and the like are bogus comments.
          resume = HTMLTagScanner.endOfBogusComment(at: open + 2, in: bytes)
        }
      } else if next == UInt8(ascii: "!") {
        emitText(textStart..<open)
        if open + 3 < count, bytes[open + 2] == UInt8(ascii: "-"),
          bytes[open + 3] == UInt8(ascii: "-")
        {
          resume = HTMLTagScanner.endOfComment(at: open, in: bytes)
          if open < 4096 { metadata.readSavedFrom(open..<resume, in: bytes) }
        } else {
          resume = HTMLTagScanner.endOfBogusComment(at: open + 2, in: bytes)
        }
      } else if next == UInt8(ascii: "?") {
        emitText(textStart..<open)
        resume = HTMLTagScanner.endOfBogusComment(at: open + 2, in: bytes)
      } else {
        // A "<" that opens nothing ("a < b") is text.
        offset = open + 1
        continue
      }
      offset = resume
      textStart = resume
    }
    emitText(textStart..<count)
  }

  // MARK: - Tags

  /// Handles a start tag; returns where reading goes on.
  private mutating func startTag(_ tag: HTMLTag) -> Int {
    let name = HTMLTagScanner.lowercasedName(tag.name, in: bytes)
    let element = HTMLElement.named(name)
    if element.isVoid {
      voidElement(element)
      return tag.end
    }
    if element == .title { return pageTitle(tag) }
    if element.skipsContent {
      if tag.isSelfClosing && element.honoursSelfClosing { return tag.end }
      guard let close = HTMLTagScanner.rawTextEnd(named: tag.name, from: tag.end, in: bytes)
      else { return bytes.count }
      return HTMLTagScanner.endOfBogusComment(at: close, in: bytes)
    }
    closeImplied(before: element)
    requestBreak(element.lineBreak)
    if element.isCell, builder.count > 0, pendingBreak == .none {
      noteSpace(tag.name.lowerBound - 1..<tag.name.lowerBound - 1)
    }
    let tagID = element == .other ? number(ofOtherName: name) : Int32(element.rawValue)
    push(frame(for: element, tagID: tagID))
    if element == .pre { skipsNewline = true }
    if element == .time { recordTime() }
    return tag.end
  }

  private mutating func endTag(_ tag: HTMLTag) {
    let name = HTMLTagScanner.lowercasedName(tag.name, in: bytes)
    let element = HTMLElement.named(name)
    if element == .br {
      // `</br>` is read as `<br>`, as browsers do.
      voidElement(.br)
      return
    }
    requestBreak(element.lineBreak)
    let tagID = element == .other ? otherNames[name] : Int32(element.rawValue)
    guard let tagID, Int(tagID) < openCounts.count, openCounts[Int(tagID)] > 0 else { return }
    while let top = frames.last {
      pop()
      if top.tag == tagID { break }
    }
  }

  private mutating func voidElement(_ element: HTMLElement) {
    switch element {
    case .br:
      // Two line breaks in a row make a paragraph break, as old pages write paragraphs.
      requestBreak(pendingBreak >= .line ? .paragraph : .line)
    case .hr: requestBreak(.paragraph)
    case .meta: metadata.readMeta(attributes, in: bytes)
    case .link: metadata.readLink(attributes, in: bytes)
    default: break
    }
  }

  /// The page's `<title>`: its text becomes the text's line, the first time.
  private mutating func pageTitle(_ tag: HTMLTag) -> Int {
    let close = HTMLTagScanner.rawTextEnd(named: tag.name, from: tag.end, in: bytes)
    let contentEnd = close ?? bytes.count
    if !pageTitleSeen && !current.isHidden {
      pageTitleSeen = true
      requestBreak(.paragraph)
      inPageTitle = true
      emitText(tag.end..<contentEnd)
      inPageTitle = false
      requestBreak(.paragraph)
    }
    guard let close else { return bytes.count }
    return HTMLTagScanner.endOfBogusComment(at: close, in: bytes)
  }

  /// The frame of a new element inside the current one.
  private mutating func frame(for element: HTMLElement, tagID: Int32) -> Frame {
    let parent = current
    var frame = parent
    frame.tag = tagID
    frame.element = element
    var isArticle = element == .article
    var isMain = element == .main
    var roleFurniture: Furniture?
    var nameFurniture: Furniture?
    // Class names on the page's outer elements describe the whole page ("has-comments").
    let readsNames = element != .html && element != .body && element != .main
    for attribute in attributes {
      let attributeName = attribute.name
      guard let value = attribute.value else {
        if HTMLTagScanner.equals(attributeName, "hidden", in: bytes) { frame.isHidden = true }
        continue
      }
      let valueBytes = UnsafeBufferPointer(rebasing: bytes[value])
      if HTMLTagScanner.equals(attributeName, "class", in: bytes)
        || HTMLTagScanner.equals(attributeName, "id", in: bytes)
      {
        if readsNames, nameFurniture == nil {
          nameFurniture = HTMLClassCues.furniture(inNames: valueBytes)
        }
      } else if HTMLTagScanner.equals(attributeName, "role", in: bytes) {
        let role = HTMLTagScanner.lowercasedName(value, in: bytes)
        if role == "main" { isMain = true }
        if role == "article" { isArticle = true }
        roleFurniture = HTMLClassCues.furniture(inRole: role)
      } else if HTMLTagScanner.equals(attributeName, "itemprop", in: bytes) {
        if HTMLTagScanner.lowercasedName(value, in: bytes) == "articlebody" { isMain = true }
      } else if HTMLTagScanner.equals(attributeName, "style", in: bytes) {
        if HTMLStyle.hides(valueBytes) { frame.isHidden = true }
      } else if HTMLTagScanner.equals(attributeName, "hidden", in: bytes) {
        frame.isHidden = true
      }
    }
    let insideStory = parent.article >= 0 || parent.inMain
    var furniture = element.furniture
    if element == .header && !insideStory { furniture = .pageHeader }
    if element == .footer { furniture = insideStory ? .pageFooter : .siteFooter }
    if furniture == nil { furniture = roleFurniture ?? (isMain ? nil : nameFurniture) }
    if let furniture {
      cues.append(Cue(furniture: furniture, parent: parent.cue))
      frame.cue = Int32(cues.count - 1)
    }
    if isArticle {
      articles.append(Article(parent: parent.article, cue: frame.cue))
      frame.article = Int32(articles.count - 1)
    }
    if isMain {
      if mainCue == nil { mainCue = frame.cue }
      frame.inMain = true
    }
    if element.lineBreak != .none {
      frame.inParagraph = element == .p
      frame.inHeading1 = element == .h1
    }
    if element == .pre { frame.isPreformatted = true }
    return frame
  }

  private mutating func push(_ frame: Frame) {
    frames.append(frame)
    openCounts[Int(frame.tag)] += 1
  }

  private mutating func pop() {
    let frame = frames.removeLast()
    openCounts[Int(frame.tag)] -= 1
  }

  private mutating func number(ofOtherName name: String) -> Int32 {
    if let known = otherNames[name] { return known }
    let tagID = Int32(openCounts.count)
    otherNames[name] = tagID
    openCounts.append(0)
    return tagID
  }

  /// The end tags HTML lets a page leave out: a new paragraph, list item, definition, row or
  /// cell ends the open one. Only the few innermost elements are looked at, so a page of
  /// unclosed elements costs no more than its length.
  private mutating func closeImplied(before element: HTMLElement) {
    if element.closesParagraph, current.element == .p { pop() }
    switch element {
    case .li: closeNearest([.li], stoppingAt: [.ul, .ol, .menu])
    case .dt, .dd: closeNearest([.dt, .dd], stoppingAt: [.dl])
    case .tr: closeNearest([.tr], stoppingAt: [.table])
    case .td, .th: closeNearest([.td, .th], stoppingAt: [.tr, .table])
    case .option: if current.element == .option { pop() }
    case .h1, .h2, .h3, .h4, .h5, .h6: if current.element.isHeading { pop() }
    default: break
    }
  }

  private mutating func closeNearest(_ targets: [HTMLElement], stoppingAt stops: [HTMLElement]) {
    var index = frames.count - 1
    let lowest = max(0, frames.count - 16)
    while index >= lowest {
      let element = frames[index].element
      if targets.contains(element) {
        while frames.count > index { pop() }
        return
      }
      if stops.contains(element) { return }
      index -= 1
    }
  }

  private mutating func recordTime() {
    var datetime: String?
    var saysPublished = false
    for attribute in attributes {
      if HTMLTagScanner.equals(attribute.name, "datetime", in: bytes), let value = attribute.value {
        datetime = HTMLMetadata.string(value, in: bytes)
      } else if HTMLTagScanner.equals(attribute.name, "pubdate", in: bytes) {
        saysPublished = true
      } else if HTMLTagScanner.equals(attribute.name, "itemprop", in: bytes),
        let value = attribute.value,
        HTMLTagScanner.lowercasedName(value, in: bytes) == "datepublished"
      {
        saysPublished = true
      }
    }
    guard let datetime, !datetime.isEmpty else { return }
    let frame = current
    times.append(
      TimeElement(
        datetime: datetime, article: frame.article, inMain: frame.inMain,
        saysPublished: saysPublished))
  }

  // MARK: - Text

  private mutating func requestBreak(_ kind: HTMLElement.Break) {
    if kind > pendingBreak { pendingBreak = kind }
  }

  private mutating func noteSpace(_ range: Range<Int>) {
    pendingSpace =
      pendingSpace.map { $0.lowerBound..<max($0.upperBound, range.upperBound) } ?? range
  }

  /// Puts out what must come before text at `offset`: the pending break, or the space
  /// collapsed from the whitespace before it; starts a line's record when a line starts.
  private mutating func beginText(at offset: Int) {
    if builder.count > 0 {
      switch pendingBreak {
      case .paragraph:
        builder.appendReplacement(Self.paragraphBreak, for: offset..<offset)
        needsLine = true
      case .line:
        builder.appendReplacement(Self.lineBreak, for: offset..<offset)
        needsLine = true
      case .none:
        if let space = pendingSpace {
          if space.count == 1, bytes[space.lowerBound] == 0x20 {
            builder.appendVerbatim(byte: 0x20, fileOffset: space.lowerBound)
          } else {
            builder.appendReplacement(Self.space, for: space)
          }
        }
      }
    }
    pendingBreak = .none
    pendingSpace = nil
    if needsLine {
      let frame = current
      lines.append(
        Line(
          textStart: builder.count, cue: frame.cue, article: frame.article, inMain: frame.inMain,
          isParagraph: frame.inParagraph, isHeading1: frame.inHeading1, isPageTitle: inPageTitle))
      needsLine = false
    }
  }

  private static let paragraphBreak: [UInt8] = [0x0A, 0x0A]
  private static let lineBreak: [UInt8] = [0x0A]
  private static let space: [UInt8] = [0x20]

  /// The text between two tags, references decoded and whitespace collapsed.
  private mutating func emitText(_ range: Range<Int>) {
    guard !range.isEmpty, !current.isHidden else { return }
    if current.isPreformatted {
      emitPreformatted(range)
      return
    }
    skipsNewline = false
    let end = range.upperBound
    var position = range.lowerBound
    var chunkStart = position
    while position < end {
      let byte = bytes[position]
      if HTMLTagScanner.isSpace(byte) {
        // One space between words stays as it is in the file.
        if byte == 0x20, position > chunkStart, position + 1 < end,
          !HTMLTagScanner.isSpace(bytes[position + 1])
        {
          position += 1
          continue
        }
        flush(chunkStart..<position)
        var spaceEnd = position + 1
        while spaceEnd < end, HTMLTagScanner.isSpace(bytes[spaceEnd]) { spaceEnd += 1 }
        noteSpace(position..<spaceEnd)
        position = spaceEnd
        chunkStart = position
        continue
      }
      if emitEscaped(at: &position, chunkStart: &chunkStart, keepingTabs: false) { continue }
      position += 1
    }
    flush(chunkStart..<end)
  }

  /// Text of a `<pre>`: spaces and line ends kept.
  private mutating func emitPreformatted(_ range: Range<Int>) {
    var position = range.lowerBound
    if skipsNewline {
      skipsNewline = false
      if position < range.upperBound, bytes[position] == 0x0D { position += 1 }
      if position < range.upperBound, bytes[position] == 0x0A { position += 1 }
    }
    var chunkStart = position
    while position < range.upperBound {
      let byte = bytes[position]
      if byte == 0x0A || byte == 0x0D {
        flush(chunkStart..<position)
        if byte == 0x0D, position + 1 < range.upperBound, bytes[position + 1] == 0x0A {
          position += 1
          chunkStart = position
          continue
        }
        beginText(at: position)
        if byte == 0x0A {
          builder.appendVerbatim(byte: 0x0A, fileOffset: position)
        } else {
          builder.appendReplacement(Self.lineBreak, for: position..<position + 1)
        }
        needsLine = true
        position += 1
        chunkStart = position
        continue
      }
      if emitEscaped(at: &position, chunkStart: &chunkStart, keepingTabs: true) { continue }
      position += 1
    }
    flush(chunkStart..<range.upperBound)
  }

  /// The character reference or control character at `position`, if one is there, put out
  /// after the copied text before it (from `chunkStart`); moves past it. A control character
  /// (a tab too, unless `keepingTabs`) is U+FFFD.
  private mutating func emitEscaped(
    at position: inout Int, chunkStart: inout Int, keepingTabs: Bool
  ) -> Bool {
    let byte = bytes[position]
    let length: Int
    if byte == UInt8(ascii: "&"),
      let reference = CharacterReferences.decode(at: position, in: bytes)
    {
      flush(chunkStart..<position)
      emitReference(reference.value, position..<position + reference.length)
      length = reference.length
    } else if byte < 0x20 && !(keepingTabs && byte == 0x09) || byte == 0x7F {
      flush(chunkStart..<position)
      beginText(at: position)
      builder.appendScalar(0xFFFD, for: position..<position + 1)
      length = 1
    } else {
      return false
    }
    position += length
    chunkStart = position
    return true
  }

  /// Copies `range` of the page into the text as it stands.
  private mutating func flush(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    beginText(at: range.lowerBound)
    builder.appendVerbatim(UnsafeBufferPointer(rebasing: bytes[range]), fileStart: range.lowerBound)
  }

  /// A character reference: its character, standing for the whole reference. A soft hyphen
  /// is left out (it would split a name: "Kov&shy;acs"), a reference to whitespace is
  /// whitespace, and one to a control character is U+FFFD.
  private mutating func emitReference(_ value: UInt32, _ range: Range<Int>) {
    switch value {
    case 0xAD: return
    case 0x09, 0x0A, 0x0C, 0x0D, 0x20:
      if current.isPreformatted {
        beginText(at: range.lowerBound)
        builder.appendScalar(value == 0x0D ? 0x0A : value, for: range)
        if value == 0x0A || value == 0x0D { needsLine = true }
      } else {
        noteSpace(range)
      }
    case 0..<0x20, 0x7F:
      beginText(at: range.lowerBound)
      builder.appendScalar(0xFFFD, for: range)
    default:
      beginText(at: range.lowerBound)
      builder.appendScalar(value, for: range)
    }
  }
}
