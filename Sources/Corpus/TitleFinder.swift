/// Finds the headline among the first lines of a page, and the site name a page title carries.
///
/// Scraped pages start with furniture ("print PRINT", "UP", "- Sputnik International", a section
/// name, a breadcrumb "INTERNATIONAL > Europe & Eurasia", a section blurb), so the headline is
/// the first line that reads like one: at least three words, no sentence inside, no full stop at
/// the end, no furniture cue, not a site name. A page title's suffix ("Headline - Site Name |
/// Abbrev") is cut off and kept as the site's name.
struct TitleChoice {
  /// Index of the headline in the page's logical lines.
  let lineIndex: Int
  /// The headline's bytes, without a Markdown `#` or a site-name suffix.
  let headline: Range<Int>
  /// The site-name suffix of a page title, from its separator to the end of the line.
  let suffix: Range<Int>?
}

enum TitleFinder {
  /// How many leading lines may hold the headline.
  static let searchedLineCount = 15

  /// The headline among `lines` (a slice of the page's lines: indices are the page's).
  static func find(
    in lines: ArraySlice<PageLine>, siteNames: inout [String], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> TitleChoice? {
    var proseSeen = 0
    var mastheadSkipped = false
    for index in lines.indices.prefix(searchedLineCount) {
      let line = lines[index]
      if let choice = markdownHeading(line, index: index, bytes) { return choice }
      // A masthead ("The Example Times") above the headline names the site, not the story.
      if !mastheadSkipped, isMasthead(line, bytes),
        lines[(index + 1)...].prefix(3).contains(where: {
          isCandidate($0, isFirst: false, siteNames: siteNames, bytes)
        })
      {
        mastheadSkipped = true
        siteNames.append(TextBytes.string(line.range, in: bytes))
        continue
      }
      let features = line.features
      // The site-name suffix is cut off first: its words ("Forum", "View topic") say nothing
      // about whether the rest is a headline.
      let split =
        features.isProse || line.range.count > 300
        ? (headline: line.range, suffix: nil)
        : splitSiteSuffix(line.range, siteNames: siteNames, bytes)
      let headline =
        split.suffix == nil
        ? line
        : PageLine(
          range: split.headline, group: line.group, firstPhysicalLine: line.firstPhysicalLine,
          features: LineFeatures(split.headline, in: bytes))
      if isCandidate(headline, isFirst: index == lines.startIndex, siteNames: siteNames, bytes) {
        if let suffix = split.suffix {
          siteNames.append(contentsOf: Self.siteNames(inSuffix: siteNameParts(of: suffix, bytes)))
        }
        return TitleChoice(lineIndex: index, headline: split.headline, suffix: split.suffix)
      }
      if features.isProse {
        proseSeen += 1
        if proseSeen >= 2 { return nil }
      }
    }
    return nil
  }

  /// Site names stated before the headline by a line such as "- Sputnik International" (the
  /// suffix of a page title the scraper put on its own line), and in copyright lines.
  static func siteNamesBeforeReading(
    _ lines: ArraySlice<PageLine>, _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> [String]
  {
    var names: [String] = []
    for line in lines.prefix(searchedLineCount)
    where line.features.startsWithSeparator && line.features.wordCount <= 6
      && !line.features.isProse
    {
      names.append(contentsOf: siteNameParts(of: line.range, bytes))
    }
    for line in lines where line.features.cues.contains(.copyright) {
      if let holder = OutletFinder.copyrightHolder(line.range, bytes) { names.append(holder) }
    }
    return names
  }

  // MARK: - Candidates

  /// Two to four capitalised words with a publication word and nothing else: "Kyodo News",
  /// "The Example Times".
  private static func isMasthead(_ line: PageLine, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let features = line.features
    guard let key = features.key, (2...4).contains(features.wordCount),
      features.capitalizedWordCount == features.wordCount,
      !features.endsWithTerminal
    else { return false }
    return key.split(separator: " ").contains { publicationWords.contains(String($0)) }
  }

  private static func isCandidate(
    _ line: PageLine, isFirst: Bool, siteNames: [String], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let features = line.features
    // Only another script rules a headline out: "Erdoğan, Mitsotakis meet" is English enough.
    let isOtherScript = features.otherScriptLetterCount * 2 > features.letterCount
    guard features.wordCount >= 3, features.bulletLength == 0, !features.startsWithSeparator,
      !isOtherScript
    else { return false }
    let readsAsHeadline =
      features.isHeadlineLike
      || isFirst && features.endsWithPeriod && features.wordCount <= 15
        && features.internalSentenceBreakCount == 0
    guard readsAsHeadline else { return false }
    let furnitureCues: Cues = [
      .adBlocker, .commentForm, .copyright, .copyrightSign, .photoCredit, .legal, .forum,
      .rightsReserved, .articleNote, .pressRelease,
    ]
    if !features.cues.isDisjoint(with: furnitureCues) { return false }
    if features.cues.contains(.subscription) && features.wordCount <= 8 { return false }
    if features.cuesAtStart.contains(.advertising) { return false }
    if let key = features.key {
      if PageCues.relatedHeadings.contains(key) || PageCues.metadataLabels.contains(key) {
        return false
      }
      if key.hasPrefix("home ") { return false }
      if features.largestWordRepeat >= 2 && features.largestWordRepeat * 2 >= features.wordCount {
        return false
      }
      if features.isOnlyControlWords { return false }
      if siteNames.contains(where: { $0.lowercased() == key }) { return false }
    }
    if PageShapes.isBreadcrumb(line.range, bytes) { return false }
    if DateFinder.dateOfDateLine(line.range, of: bytes) != nil { return false }
    return true
  }

  private static func markdownHeading(
    _ line: PageLine, index: Int, _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> TitleChoice?
  {
    guard bytes[line.range.lowerBound] == UInt8(ascii: "#"), line.range.count > 2,
      bytes[line.range.lowerBound + 1] == 0x20
    else { return nil }
    let headline = TextBytes.trimmed(line.range.lowerBound + 1..<line.range.upperBound, in: bytes)
    return headline.isEmpty ? nil : TitleChoice(lineIndex: index, headline: headline, suffix: nil)
  }

  // MARK: - Site-name suffixes

  /// Words that name a publication rather than end a headline ("Times", "News", "Forum").
  static let publicationWords: Set<String> = [
    "news", "times", "post", "agency", "press", "media", "daily", "journal", "tribune", "herald",
    "international", "network", "tv", "radio", "gazette", "telegraph", "observer", "guardian",
    "review", "online", "wire", "today", "forum", "magazine", "weekly", "chronicle", "insider",
    "standard", "express", "mail", "star", "globe", "mirror", "independent", "bulletin",
    "broadcasting", "channel", "digest", "monitor", "report", "reporter", "dispatch", "courier",
    "sentinel", "examiner", "inquirer", "voice", "world", "world news", "newswire", "blog",
  ]

  /// Splits "Headline - Site Name | Abbrev" into the headline and the suffix, when the part after
  /// a spaced separator names a site: it has a "|", a domain ("Forum.org"), a publication word,
  /// or a name already seen as the site's. "… chance! - President" keeps its speaker.
  static func splitSiteSuffix(
    _ range: Range<Int>, siteNames: [String], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (headline: Range<Int>, suffix: Range<Int>?) {
    var offset = range.lowerBound
    var wordsBefore = 0
    var inWord = false
    while offset < range.upperBound {
      let space = TextBytes.whitespaceLength(at: offset, in: bytes)
      if space > 0 {
        let separator = separatorLength(at: offset + space, bytes)
        if separator > 0, wordsBefore >= 3,
          TextBytes.whitespaceLength(at: offset + space + separator, in: bytes) > 0
        {
          let tail = TextBytes.trimmed(offset + space + separator..<range.upperBound, in: bytes)
          if !tail.isEmpty, namesSite(tail, separator: bytes[offset + space], siteNames, bytes) {
            return (
              TextBytes.trimmed(range.lowerBound..<offset, in: bytes),
              offset + space..<range.upperBound
            )
          }
        }
        inWord = false
        offset += space
        continue
      }
      if !inWord { wordsBefore += 1 }
      inWord = true
      offset += 1
    }
    return (range, nil)
  }

  /// Byte length of a title separator ("-", "|", "–", "—", "::") at `offset`, or 0.
  private static func separatorLength(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard offset < bytes.count else { return 0 }
    let byte = bytes[offset]
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "|") { return 1 }
    if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xB7 { return 2 }  // ·
    if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xA2
    {
      return 3  // •
    }
    return LineFeatures.dashLength(at: offset, bytes)
  }

  private static func namesSite(
    _ tail: Range<Int>, separator: UInt8, _ siteNames: [String], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    // Segments between "|", "•" and "·", each a name of at most five words.
    var segments: [Range<Int>] = []
    var start = tail.lowerBound
    var offset = tail.lowerBound
    while offset <= tail.upperBound {
      let width = offset < tail.upperBound ? partSeparatorLength(at: offset, bytes) : 1
      if width > 0 {
        segments.append(TextBytes.trimmed(start..<offset, in: bytes))
        offset += width
        start = offset
      } else {
        offset += 1
      }
    }
    guard segments.allSatisfy({ TextBytes.words($0, in: bytes).count <= 5 }) else { return false }
    if separator == UInt8(ascii: "|") || segments.count > 1 { return true }
    let text = TextBytes.string(tail, in: bytes)
    if siteNames.contains(where: { $0.lowercased() == text.lowercased() }) { return true }
    let words = words(of: text)
    if words.contains(where: isDomain) { return true }
    let first = bytes[tail.lowerBound]
    return words.contains { publicationWords.contains($0.lowercased()) }
      && (TextBytes.isASCIIUpper(first) || first >= 0xC0)
  }

  /// The words of `text` split at ASCII spaces and tabs (no grapheme breaking needed).
  static func words(of text: String) -> [String] {
    text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { String(Substring($0)) }
  }

  /// "Forum.org", "Axar.az", "nikkei.com": letters, a dot, and a 2–6 letter ending.
  static func isDomain(_ word: String) -> Bool {
    let utf8 = Array(word.utf8)
    guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
    let ending = utf8[(dot + 1)...]
    return (2...6).contains(ending.count) && ending.allSatisfy(TextBytes.isASCIILetter)
      && (TextBytes.isASCIILetter(utf8[dot - 1]) || utf8[dot - 1] >= 0x80)
  }

  /// The parts of a title suffix that name the site, the likeliest first: "Greece | The
  /// Guardian" → ["The Guardian"] (a section name is not the site), "Politics Forum.org | PoFo"
  /// → ["Politics Forum.org", "PoFo"].
  static func siteNames(inSuffix parts: [String]) -> [String] {
    func namesPublication(_ part: String) -> Bool {
      words(of: part).contains { isDomain($0) || publicationWords.contains($0.lowercased()) }
    }
    /// "PoFo", "BBC", "AP News": capitals inside a word, as abbreviations and brands have.
    func isBrand(_ part: String) -> Bool {
      words(of: part).contains { $0.utf8.dropFirst().contains(where: TextBytes.isASCIIUpper) }
    }
    guard let main = parts.first(where: namesPublication) ?? parts.last else { return [] }
    return [main] + parts.filter { $0 != main && (namesPublication($0) || isBrand($0)) }
  }

  /// "Politics Forum.org | PoFo" → ["Politics Forum.org", "PoFo"]; a leading separator dropped.
  static func siteNameParts(of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    // Split at "|", "•" and "·"; a leading separator ("- Site Name") is dropped with the spaces.
    var parts: [String] = []
    var start = range.lowerBound
    var offset = range.lowerBound
    func finish(_ end: Int) {
      var part = TextBytes.trimmed(start..<end, in: bytes)
      while let first = part.first,
        bytes[first] == UInt8(ascii: "-") || bytes[first] == UInt8(ascii: "|")
          || LineFeatures.dashLength(at: first, bytes) > 0
      {
        let width = bytes[first] == 0xE2 ? 3 : 1
        part = TextBytes.trimmed(part.lowerBound + width..<part.upperBound, in: bytes)
      }
      if !part.isEmpty { parts.append(TextBytes.string(part, in: bytes)) }
    }
    while offset < range.upperBound {
      let width = partSeparatorLength(at: offset, bytes)
      if width > 0 && offset > range.lowerBound {
        finish(offset)
        offset += width
        start = offset
      } else {
        offset += max(width, 1)
      }
    }
    finish(range.upperBound)
    return parts
  }

  /// Byte length of "|", "•" or "·" at `offset`, or 0.
  private static func partSeparatorLength(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let byte = bytes[offset]
    if byte == UInt8(ascii: "|") { return 1 }
    if byte == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xB7 { return 2 }
    if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xA2
    {
      return 3
    }
    return 0
  }
}

extension StringProtocol {
  /// The text without whitespace (including no-break spaces) at either end.
  var trimmingSpaces: String {
    var start = startIndex
    var end = endIndex
    while start < end, self[start].isWhitespace { start = index(after: start) }
    while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
    return String(self[start..<end])
  }
}
