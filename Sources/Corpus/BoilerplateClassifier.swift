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
  private let siteNameBytes: [[UInt8]]
  let titleIndex: Int?
  /// The headline's bytes (without a site-name suffix), to spot the headline repeated below.
  let titleHeadline: Range<Int>?
  private(set) var roles: [LineRole]
  /// Short bulleted lines, furniture when at the page's edges, story when between paragraphs.
  private var isShortListItem: [Bool]

  init(
    lines: [PageLine], titleIndex: Int?, titleHeadline: Range<Int>?, siteNames: [String],
    bytes: UnsafeBufferPointer<UInt8>
  ) {
    self.lines = lines
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
    bytes: UnsafeBufferPointer<UInt8>
  ) -> [LineRole] {
    var classifier = BoilerplateClassifier(
      lines: lines, titleIndex: titleIndex, titleHeadline: titleHeadline, siteNames: siteNames,
      bytes: bytes)
    classifier.run()
    return classifier.roles
  }

  mutating func run() {
    for index in lines.indices {
      if index == titleIndex {
        roles[index] = .title
      } else if let kind = cueFurniture(index) {
        roles[index] = .furniture(kind)
      }
    }
    markPosition()
    markMetadataValues()
    markBylinesBesideDates()
    markRelatedLists()
    markCommentSections()
    markHeadlineRuns()
    for _ in 0..<2 { markByNeighbours() }
    markEdges()
    for index in lines.indices where roles[index] == .unknown { roles[index] = .body }
  }

  // MARK: - 1. Cues

  private mutating func cueFurniture(_ index: Int) -> Furniture? {
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

  private static let followOpening: [UInt8] = Array("follow ".utf8)

  /// "Lavrov speaks in Moscow on Monday (Reuters)": a line that ends, with no full stop, on a
  /// short capitalised name in brackets is a caption with its credit.
  private func endsWithCreditInBrackets(_ range: Range<Int>, _ features: LineFeatures) -> Bool {
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
  private func isCredit(_ range: Range<Int>) -> Bool {
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
  private func endsWithSiteName(_ range: Range<Int>) -> Bool {
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
  private func isMenuRow(_ features: LineFeatures) -> Bool {
    guard !features.isProse, !features.endsWithTerminal, features.wordCount >= 3 else {
      return false
    }
    if features.wideGapCount >= 2 { return true }
    return features.wordCount >= 4 && features.capitalizedWordCount == features.wordCount
      && features.englishWordCount == 0 && features.letterCount == features.visibleCount
  }

  // MARK: - 2. Position

  private mutating func markPosition() {
    guard let titleIndex else { return }
    for index in 0..<titleIndex where roles[index] == .unknown {
      roles[index] = .furniture(.beforeHeadline)
    }
    // A forum page: what lies between the topic title and the first post is forum furniture.
    if let firstPost = lines.indices.first(where: {
      $0 > titleIndex
        && (roles[$0] == .furniture(.forumPostID) || roles[$0] == .furniture(.forumPostHeader))
    }) {
      for index in titleIndex + 1..<firstPost where roles[index] == .unknown {
        roles[index] = .furniture(.forumHeader)
      }
    }
    // The headline repeated further down (a page title and its H1).
    let title = titleHeadline ?? lines[titleIndex].range
    for index in titleIndex + 1..<lines.count where roles[index] == .unknown {
      let range = lines[index].range
      if range.count == title.count
        && bytes[range].elementsEqual(bytes[title])
      {
        roles[index] = .furniture(.repeatedHeadline)
      }
    }
  }

  /// The value under a label line ("Author" then "Axar.az").
  private mutating func markMetadataValues() {
    for index in lines.indices.dropLast() where roles[index] == .furniture(.metadataLabel) {
      let next = index + 1
      let features = lines[next].features
      if roles[next] == .unknown || roles[next] == .furniture(.label),
        features.wordCount <= 8 && !features.isProse
      {
        roles[next] = .furniture(.metadata)
      }
    }
  }

  /// "Helena Smith in Athens" right above or below the date line: a byline without "By".
  private mutating func markBylinesBesideDates() {
    for index in lines.indices where roles[index] == .furniture(.dateLine) {
      for neighbour in [index - 1, index + 1]
      where neighbour >= 0 && neighbour < lines.count && roles[neighbour] == .unknown
        && lines[neighbour].group == lines[index].group
      {
        let features = lines[neighbour].features
        if features.wordCount >= 2 && features.wordCount <= 7 && !features.endsWithTerminal
          && features.capitalizedWordCount >= 2
          && features.capitalizedWordCount + 2 >= features.wordCount
        {
          roles[neighbour] = .furniture(.byline)
        }
      }
    }
  }

  // MARK: - 3. Lists of other stories

  private mutating func markRelatedLists() {
    var index = 0
    var storyStarted = false
    while index < lines.count {
      guard roles[index] == .furniture(.relatedHeading) else {
        if isStoryParagraph(index) { storyStarted = true }
        index += 1
        continue
      }
      // Above the story, such a heading lists topics or sections ("Related topics: Kosovo,
      // Serbia"), and the article's byline or date ends the list.
      let listKind: Furniture = storyStarted ? .teaser : .navigationList
      var next = index + 1
      var sawHeadline = false
      var pendingBlurb: Int?
      scan: while next < lines.count {
        let features = lines[next].features
        switch roles[next] {
        case .title, .body:
          break scan
        case .furniture(.commentsHeading):
          break scan
        case .furniture(let kind):
          let isMetadata = kind == .dateLine || kind == .byline || kind == .metadata
          if isMetadata && !storyStarted { break scan }
          if isMetadata || kind == .label { roles[next] = .furniture(listKind) }
          next += 1
          continue
        case .unknown:
          break
        }
        if features.isProse {
          if features.endsWithElision || features.endsWithEllipsis {
            roles[next] = .furniture(listKind)
            sawHeadline = false
            pendingBlurb = nil
          } else if sawHeadline && storyStarted {
            roles[next] = .furniture(listKind)
            pendingBlurb = next
            sawHeadline = false
          } else {
            // Running text with no headline before it: the story goes on.
            if let blurb = pendingBlurb, blurb == previousLine(before: next) {
              roles[blurb] = .unknown
            }
            break scan
          }
        } else {
          roles[next] = .furniture(listKind)
          sawHeadline = true
          pendingBlurb = nil
        }
        next += 1
      }
      index = max(index + 1, next)
    }
  }

  private func previousLine(before index: Int) -> Int? { index > 0 ? index - 1 : nil }

  /// A paragraph of the story not yet judged: prose of twelve words or more.
  private func isStoryParagraph(_ index: Int) -> Bool {
    roles[index] == .unknown && lines[index].features.isProse
      && lines[index].features.wordCount >= 12
  }

  /// After a comments heading that follows the story ("12 comments"), the rest of the page is
  /// readers' comments, up to a list of other stories.
  private mutating func markCommentSections() {
    var storyStarted = false
    for index in lines.indices {
      let features = lines[index].features
      if roles[index] == .unknown && features.isProse && features.wordCount >= 12 {
        storyStarted = true
      }
      guard storyStarted, roles[index] == .furniture(.commentsHeading) else { continue }
      for next in index + 1..<lines.count {
        switch roles[next] {
        case .furniture(.relatedHeading), .title: return
        case .unknown, .body: roles[next] = .furniture(.readerComment)
        case .furniture(let kind):
          if [.label, .dateLine, .metadata, .byline, .controls, .teaser, .truncatedPreview]
            .contains(kind)
          {
            roles[next] = .furniture(.readerComment)
          }
        }
      }
      return
    }
  }

  /// Three or more headline-like lines in a row (blank lines aside) list other stories.
  /// Between the headline and the story's first paragraph, headline-like lines are the story's
  /// own deck and byline, so runs are counted only after the story has started.
  private mutating func markHeadlineRuns() {
    var run: [Int] = []
    var storyStarted = titleIndex == nil
    func close() {
      if run.count >= 3 && storyStarted {
        for index in run { roles[index] = .furniture(.teaserHeadlines) }
      }
      run = []
    }
    for index in lines.indices {
      switch roles[index] {
      case .unknown:
        if lines[index].features.isHeadlineLike && !isShortListItem[index] {
          run.append(index)
        } else {
          close()
          if isStoryParagraph(index) { storyStarted = true }
        }
      case .furniture:
        continue
      case .title, .body:
        close()
      }
    }
    close()
  }

  // MARK: - 4. Neighbours

  private mutating func markByNeighbours() {
    // Between the headline and the story's first paragraph, a deck or a byline often sits
    // between metadata lines: there only a notice's own lines are pulled along.
    let storyStart = lines.indices.first(where: { isStoryParagraph($0) }) ?? lines.count
    for index in lines.indices where roles[index] == .unknown {
      let features = lines[index].features
      let previous = index > 0 ? index - 1 : nil
      let next = index + 1 < lines.count ? index + 1 : nil
      let previousIsFurniture = previous.map { isFurnitureNeighbour($0) } ?? true
      let nextIsFurniture = next.map { isFurnitureNeighbour($0) } ?? true
      let previousInGroup = previous.map { lines[$0].group == lines[index].group } ?? false
      let nextInGroup = next.map { lines[$0].group == lines[index].group } ?? false
      if features.cues.contains(.pitch) && !features.startsWithQuote {
        let beside = [previous, next].compactMap { $0 }.filter {
          lines[$0].group == lines[index].group
        }
        let kinds = beside.compactMap { roles[$0].furniture }
        if let appeal = kinds.first(where: { $0 == .subscription || $0 == .adBlockerNotice }) {
          roles[index] = .furniture(appeal)
          continue
        }
      }
      if features.isHeadlineLike {
        let besideInGroup =
          previousInGroup && previousIsFurniture || nextInGroup && nextIsFurniture
        let beforeStory = titleIndex.map { index > $0 && index < storyStart } ?? false
        if beforeStory {
          let kinds = [previousInGroup ? previous : nil, nextInGroup ? next : nil]
            .compactMap { $0 }.compactMap { roles[$0].furniture }
          if let notice = kinds.first(where: { Self.noticeKinds.contains($0) }) {
            roles[index] = .furniture(notice)
          }
          continue
        }
        if besideInGroup || previousIsFurniture && nextIsFurniture {
          // A notice's line takes the notice's kind; otherwise it heads another story.
          let neighbours = [
            previousInGroup ? previous : nil, nextInGroup ? next : nil,
          ].compactMap { $0 }.compactMap { roles[$0].furniture }
          if let notice = neighbours.first(where: { Self.noticeKinds.contains($0) }) {
            roles[index] = .furniture(notice)
          } else {
            roles[index] = .furniture(isShortListItem[index] ? .navigationList : .teaser)
          }
        }
        continue
      }
      if features.isProse && features.wordCount <= 80 && previousInGroup && nextInGroup
        && previousIsFurniture && nextIsFurniture
      {
        roles[index] = .furniture(.teaser)
      }
    }
  }

  /// Notices whose neighbouring lines are more of the same notice.
  private static let noticeKinds: Set<Furniture> = [
    .subscription, .adBlockerNotice, .commentForm, .legal, .advertising, .forumChrome,
    .siteFooter, .readerComment,
  ]

  /// Furniture that pulls its neighbours along; the title and the page header do not.
  private func isFurnitureNeighbour(_ index: Int) -> Bool {
    guard let kind = roles[index].furniture else { return false }
    return kind != .beforeHeadline && kind != .repeatedHeadline && kind != .frontMatter
  }

  // MARK: - 5. Edges

  /// Lines after the story's last full paragraph are page footer, unless they are the story's
  /// short closing sentence ("He declined to comment."), which follows the story directly rather
  /// than other furniture. Short bulleted lists at the edges are navigation.
  private mutating func markEdges() {
    let storyStart = titleIndex.map { $0 + 1 } ?? 0
    func isStoryProse(_ index: Int, minimumWords: Int) -> Bool {
      index >= storyStart && roles[index] == .unknown && lines[index].features.isProse
        && lines[index].features.wordCount >= minimumWords
    }
    guard
      let lastParagraph = lines.indices.last(where: { isStoryProse($0, minimumWords: 12) })
        ?? lines.indices.last(where: { isStoryProse($0, minimumWords: 0) })
    else { return }
    // The story starts at its first paragraph, or at a line that introduces a list ("…:").
    let firstProse =
      lines.indices.first(where: {
        isStoryProse($0, minimumWords: 0)
          || $0 >= storyStart && roles[$0] == .unknown && lines[$0].features.endsWithColon
            && lines[$0].features.wordCount >= 4
      }) ?? lastParagraph
    for index in lastParagraph + 1..<lines.count where roles[index] == .unknown {
      let features = lines[index].features
      if features.isProse && roles[index - 1] == .unknown { continue }
      if features.isProse && features.wordCount >= 12 { continue }
      roles[index] = .furniture(isShortListItem[index] ? .navigationList : .pageFooter)
    }
    for index in storyStart..<firstProse where roles[index] == .unknown && isShortListItem[index] {
      roles[index] = .furniture(.navigationList)
    }
  }
}
