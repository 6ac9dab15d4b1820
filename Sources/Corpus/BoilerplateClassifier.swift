/// What a logical line is on its page.
enum LineRole: Sendable, Hashable {
  case unknown
  case title
  case body
  case furniture(Furniture)

  var isFurniture: Bool {
    if case .furniture = self { return true }
    return false
  }

  var furniture: Furniture? {
    if case .furniture(let kind) = self { return kind }
    return nil
  }
}

/// Tells the story's lines from the page furniture around them, by general rules of English
/// news pages.
///
/// It works in passes over the logical lines:
/// 1. **Cues**: a line is furniture by its own words or shape (an ad-blocker notice, a comment
///    form, a breadcrumb, a copyright line, a short label, a date line …).
/// 2. **Position**: lines above the headline are page header; in a forum page, lines between the
///    headline and the first post number are forum header.
/// 3. **Lists of other stories**: after a heading such as "Next Post", "See also" or "Latest",
///    headlines, dates and one teaser paragraph per headline are another story's; so is any run
///    of three or more headline-like lines.
/// 4. **Neighbours**: a headline-like line next to furniture, a short paragraph between two
///    furniture lines, and a publisher's pitch beside a subscription prompt are furniture too.
/// 5. **Edges**: short lines after the story's last paragraph are the page footer.
/// Every line left is the story's body.
struct BoilerplateClassifier {
  let lines: [PageLine]
  let bytes: UnsafeBufferPointer<UInt8>
  let siteNames: [String]
  /// The site names, lowercase, as bytes (captions end with them).
  let siteNameBytes: [[UInt8]]
  let titleIndex: Int?
  /// The headline's bytes (without a site-name suffix), to spot the headline repeated below.
  let titleHeadline: Range<Int>?
  var roles: [LineRole]
  /// Short bulleted lines, furniture when at the page's edges, story when between paragraphs.
  var isShortListItem: [Bool]
  /// What the page's markup says of each line, when it had markup.
  let hints: [LineHint]?

  init(
    lines: [PageLine], titleIndex: Int?, titleHeadline: Range<Int>?, siteNames: [String],
    hints: [LineHint]? = nil, bytes: UnsafeBufferPointer<UInt8>
  ) {
    self.lines = lines
    self.hints = hints
    self.bytes = bytes
    self.siteNames = siteNames.map { $0.lowercased() }
    siteNameBytes = self.siteNames.map { Array($0.utf8) }
    self.titleIndex = titleIndex
    self.titleHeadline = titleHeadline
    roles = [LineRole](repeating: .unknown, count: lines.count)
    isShortListItem = [Bool](repeating: false, count: lines.count)
  }

  /// The role of every line.
  static func classify(
    lines: [PageLine], titleIndex: Int?, titleHeadline: Range<Int>?, siteNames: [String],
    hints: [LineHint]? = nil, bytes: UnsafeBufferPointer<UInt8>
  ) -> [LineRole] {
    var classifier = BoilerplateClassifier(
      lines: lines, titleIndex: titleIndex, titleHeadline: titleHeadline, siteNames: siteNames,
      hints: hints, bytes: bytes)
    classifier.run()
    return classifier.roles
  }

  mutating func run() {
    for index in lines.indices {
      if index == titleIndex {
        roles[index] = .title
      } else if let kind = cueFurniture(index) {
        // A short line is a "label" by its shape; the markup may say what it is (navigation).
        roles[index] = .furniture(kind == .label ? hints?[index].furniture ?? kind : kind)
      } else if let kind = hints?[index].furniture {
        // The markup's furniture (`<nav>`, a "comments" section) when the words give no reason
        // of their own.
        roles[index] = .furniture(kind)
      }
    }
    let rolesByCues = hints == nil ? nil : roles
    markPosition()
    markMetadataValues()
    markBylinesBesideDates()
    markRelatedLists()
    markCommentSections()
    markHeadlineRuns()
    for _ in 0..<2 { markByNeighbours() }
    markEdges()
    // A paragraph of the story's own article stays story unless its own words made it
    // furniture: its place on the page, which passes 2 to 5 judge, is known from the markup.
    if let hints, let rolesByCues {
      for index in lines.indices
      where hints[index] == .story && rolesByCues[index] == .unknown && roles[index].isFurniture {
        roles[index] = .unknown
      }
    }
    for index in lines.indices where roles[index] == .unknown { roles[index] = .body }
  }

  // MARK: - 1. Cues

  mutating func cueFurniture(_ index: Int) -> Furniture? {
    let line = lines[index]
    let features = line.features
    let cues = features.cues
    if features.isForeignLanguage { return .foreignLanguage }
    if PageShapes.isPostID(features) { return .forumPostID }
    if features.cuesAtStart.contains(.forum) { return .forumChrome }
    if PageShapes.isForumPostHeader(line.range, features, bytes) { return .forumPostHeader }
    if cues.contains(.siteFooter) && features.wordCount <= 30 { return .siteFooter }
    if cues.contains(.adBlocker) && features.wordCount <= 60 { return .adBlockerNotice }
    if cues.contains(.commentForm)
      && (features.wordCount <= 40 || cues.contains(.readerAddress)) && !features.startsWithQuote
    {
      return .commentForm
    }
    if PageShapes.isCaptcha(features) { return .captcha }
    if cues.contains(.subscription) && !features.startsWithQuote
      && (cues.contains(.readerAddress) && features.wordCount <= 60 || features.wordCount <= 8)
    {
      return .subscription
    }
    if cues.contains(.copyrightSign) {
      if cues.contains(.photoCredit) || isCredit(line.range) { return .photoCredit }
      if features.wordCount <= 20 || cues.contains(.rightsReserved) { return .copyright }
    }
    if cues.contains(.rightsReserved) && features.wordCount <= 60
      || cues.contains(.copyright)
        && (features.cuesAtStart.contains(.copyright) || features.wordCount <= 12
          || features.wordCount <= 30 && !features.isProse)
    {
      return .copyright
    }
    if cues.contains(.pressRelease) && features.wordCount <= 12 { return .metadata }
    if cues.contains(.articleNote) && features.wordCount <= 12 && !features.startsWithQuote {
      return .metadata
    }
    if features.cuesAtStart.contains(.photoCredit)
      || cues.contains(.photoCredit) && features.wordCount <= 25 && !features.isProse
    {
      return .photoCredit
    }
    if features.cuesAtEnd.contains(.photoCredit) && features.wordCount <= 60
      || endsWithCreditInBrackets(line.range, features)
    {
      return .photoCaption  // "… in Moscow on Monday. REUTERS/Jane Doe", "… (AP Photo)"
    }
    if features.cuesAtStart.contains(.advertising)
      || cues.contains(.advertising) && features.wordCount <= 3
    {
      return .advertising
    }
    if cues.contains(.legal) && features.wordCount <= 60
      && (cues.contains(.readerAddress) || !features.isProse)
    {
      return .legal
    }
    if (cues.contains(.share) || features.socialNetworkCount >= 2) && features.wordCount <= 14
      && !features.isProse
    {
      return .controls
    }
    if features.wordCount <= 6 && !features.isProse && features.endsWithColon,
      TextBytes.matchesIgnoringCase(Self.followOpening, at: line.range.lowerBound, in: bytes)
    {
      return .controls  // "Follow Al Jazeera English:"
    }
    if let key = features.key {
      if PageCues.relatedHeadings.contains(key) { return .relatedHeading }
      if PageCues.isCommentsHeading(key) { return .commentsHeading }
      if PageCues.metadataLabels.contains(key) { return .metadataLabel }
    }
    if features.hasEarlyColon {
      if PageShapes.isRelatedLink(line.range, bytes) { return .relatedLink }
      if PageShapes.isLabelledMetadata(features, line.range, bytes) { return .metadata }
    }
    if PageShapes.isByline(line.range, features, bytes) { return .byline }
    if features.cues.contains(.staffCredit) && features.wordCount <= 25 && !features.startsWithQuote
    {
      return .staffCredits
    }
    if features.digitCount >= 5 {
      if DateFinder.dateOfDateLine(line.range, of: bytes) != nil { return .dateLine }
      // A short line that is not a sentence and holds a full date: "5 minute read  July 3, …".
      if !features.isProse && features.wordCount <= 12
        && DateFinder.firstDate(in: line.range, of: bytes) != nil
      {
        return .metadata
      }
    }
    if endsWithSiteName(line.range) { return .photoCaption }
    if features.wordCount <= 20 && !features.isProse && PageShapes.isBreadcrumb(line.range, bytes) {
      return .breadcrumb
    }
    if let key = features.key {
      if key.hasPrefix("home ") && features.wordCount <= 6 && !features.endsWithTerminal {
        return .navigation
      }
      if isMenuRow(features) { return .navigation }
      if features.largestWordRepeat >= 2 && features.largestWordRepeat * 2 >= features.wordCount
        && features.wordCount <= 10
      {
        return .widget
      }
      if features.isOnlyControlWords {
        return .controls
      }
      if siteNames.contains(key) { return .siteName }
    }
    if features.startsWithSeparator && features.wordCount <= 6 && !features.isProse {
      return .siteName
    }
    if features.endsWithElision { return .truncatedPreview }
    if features.endsWithEllipsis && features.wordCount <= 30
      && features.internalSentenceBreakCount == 0 && !features.startsWithQuote
    {
      return .truncatedPreview
    }
    if features.letterCount == 0 && features.digitCount == 0 { return .decoration }
    if features.wordCount <= 2 && !features.endsWithPeriod && features.bulletLength == 0 {
      return .label
    }
    if features.bulletLength > 0 && features.wordCount <= 6 && !features.endsWithTerminal {
      isShortListItem[index] = true
    }
    return nil
  }

  static let followOpening: [UInt8] = Array("follow ".utf8)

  /// "Lavrov speaks in Moscow on Monday (Reuters)": a line that ends, with no full stop, on a
  /// short capitalised name in brackets is a caption with its credit.
  func endsWithCreditInBrackets(_ range: Range<Int>, _ features: LineFeatures) -> Bool {
    guard features.wordCount >= 5, features.wordCount <= 60,
      bytes[range.upperBound - 1] == UInt8(ascii: ")")
    else { return false }
    var open = range.upperBound - 1
    while open > range.lowerBound, bytes[open] != UInt8(ascii: "("), range.upperBound - open < 60 {
      open -= 1
    }
    guard bytes[open] == UInt8(ascii: "("), open > range.lowerBound,
      open + 1 < range.upperBound - 1,
      TextBytes.isASCIIUpper(bytes[open + 1])
    else { return false }
    var words = 1
    for offset in open + 1..<range.upperBound - 1 where bytes[offset] == 0x20 { words += 1 }
    // The text before the bracket must not end a sentence: "(Reuters)" closing a caption, not
    // "… it said. (Reuters)" after a story's last sentence.
    let before = TextBytes.trimmed(range.lowerBound..<open, in: bytes)
    guard let last = before.last.map({ bytes[$0] }) else { return false }
    return words <= 5 && last != UInt8(ascii: ".") && last != UInt8(ascii: "!")
      && last != UInt8(ascii: "?")
  }

  /// "© AFP 2023 / Yoshikazu TSUNO …": an agency and a photographer split by a slash.
  func isCredit(_ range: Range<Int>) -> Bool {
    var offset = range.lowerBound
    while offset + 2 < range.upperBound {
      if bytes[offset] == 0x20 && bytes[offset + 1] == UInt8(ascii: "/")
        && bytes[offset + 2] == 0x20
      {
        return true
      }
      offset += 1
    }
    return false
  }

  /// "Skyline of central Tokyo - Sputnik International": a caption signed with the site's name.
  func endsWithSiteName(_ range: Range<Int>) -> Bool {
    guard !siteNameBytes.isEmpty, lines.count > 1 else { return false }
    for nameBytes in siteNameBytes where nameBytes.count + 3 <= range.count {
      let start = range.upperBound - nameBytes.count
      guard TextBytes.matchesIgnoringCase(nameBytes, at: start, in: bytes) else { continue }
      // A separator (dash or bar) with whitespace before the name.
      var offset = start
      var sawSpace = false
      while offset > range.lowerBound {
        let width = TextBytes.whitespaceWidth(
          endingAt: offset, lowerBound: range.lowerBound, in: bytes)
        guard width > 0 else { break }
        offset -= width
        sawSpace = true
      }
      guard sawSpace, offset > range.lowerBound else { continue }
      let separator = bytes[offset - 1]
      if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "|")
        || offset >= range.lowerBound + 3 && LineFeatures.dashLength(at: offset - 3, bytes) > 0
      {
        return true
      }
    }
    return false
  }

  /// A scraped row of section links: "Politics  Economy  Society  Sports" (words apart by wide
  /// gaps), or four or more capitalised words with no function word and no punctuation.
  func isMenuRow(_ features: LineFeatures) -> Bool {
    guard !features.isProse, !features.endsWithTerminal, features.wordCount >= 3 else {
      return false
    }
    if features.wideGapCount >= 2 { return true }
    return features.wordCount >= 4 && features.capitalizedWordCount == features.wordCount
      && features.englishWordCount == 0 && features.letterCount == features.visibleCount
  }
}
