/// Finds the outlet that published a page, from what the page itself says, strongest first:
/// 1. an attribution line "X reports citing Y" → "X citing Y";
/// 2. an ad-blocker notice that names the publication ("please include The Japan Times on your
///    ad-blocker's list");
/// 3. a dateline "TOKYO (Sputnik) —" opening the story;
/// 4. a copyright line "The Japan Times LTD. All rights reserved.";
/// 5. the site name of the page title ("Headline - Politics Forum.org | PoFo") or of a line
///    "- Site Name";
/// 6. "Author" / "Source" metadata whose value looks like an outlet ("Axar.az", "TASS").
enum OutletFinder {
  static func outlet(
    lines: [PageLine], roles: [LineRole], siteNames: [String], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> String? {
    for line in lines where line.features.cues.contains(.citing) && line.features.wordCount <= 14 {
      if let citing = reportsCiting(line.range, bytes) { return citing }
    }
    for (index, line) in lines.enumerated() where roles[index] == .furniture(.adBlockerNotice) {
      if let name = nameInNotice(line.range, bytes) { return name }
    }
    var bodyLinesSeen = 0
    for (index, line) in lines.enumerated() where roles[index] == .body {
      if let agency = datelineAgency(line.range, bytes) { return agency }
      bodyLinesSeen += 1
      if bodyLinesSeen == 3 { break }
    }
    for (index, line) in lines.enumerated() where roles[index] == .furniture(.copyright) {
      if let holder = copyrightHolder(line.range, bytes) { return holder }
    }
    if let site = siteNames.first { return site }
    for (index, line) in lines.enumerated() {
      guard case .furniture(let kind) = roles[index], kind == .metadata || kind == .metadataLabel
      else { continue }
      if let value = metadataOutlet(line, previous: index > 0 ? lines[index - 1] : nil, bytes) {
        return value
      }
    }
    return nil
  }

  // MARK: - Attribution lines

  /// "Axar.az reports citing TASS." → "Axar.az citing TASS".
  static func reportsCiting(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let words = TextBytes.words(range, in: bytes)
    guard let citing = words.firstIndex(where: { $0.lowercased() == "citing" }), citing >= 2,
      citing + 1 < words.count, words.count - citing - 1 <= 4
    else { return nil }
    let verb = words[citing - 1].lowercased().trimmingCharacters(",")
    guard ["reports", "reported", "reporting", "says", "said", "writes", "wrote"].contains(verb)
    else { return nil }
    let subject = Array(words[..<(citing - 1)])
    let source = Array(words[(citing + 1)...])
    guard subject.count <= 4, subject.allSatisfy(isNameWord), source.allSatisfy(isNameWord) else {
      return nil
    }
    let sourceText = source.joined(separator: " ").trimmingCharacters(".,;")
    return subject.joined(separator: " ") + " citing " + sourceText
  }

  private static func isNameWord(_ word: String) -> Bool {
    guard let first = word.first else { return false }
    return first.isUppercase || first.isNumber
  }

  // MARK: - Ad-blocker notices

  /// The publication an ad-blocker notice names: a run of capitalised words that does not open
  /// the sentence ("… include The Japan Times on your …"), or a domain.
  static func nameInNotice(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var runStart: Int?
    var runEnd = 0
    var runWordCount = 0
    var runOpensSentence = false
    var opensSentence = true
    func finishRun() -> String? {
      defer { runStart = nil }
      guard var start = runStart else { return nil }
      if runOpensSentence && !TextBytes.matches(theOpening, at: start, in: bytes) {
        // The sentence's first word is capitalised anyway: drop it.
        guard runWordCount > 1 else { return nil }
        while start < runEnd, TextBytes.whitespaceLength(at: start, in: bytes) == 0 { start += 1 }
      }
      let name = TextBytes.string(TextBytes.trimmed(start..<runEnd, in: bytes), in: bytes)
        .trimmingCharacters(".,;:!?’'\"”")
      let lower = name.lowercased()
      let furnitureWords = ["ad", "block", "adblock", "blocker", "premium", "javascript", "i"]
      if name.isEmpty
        || lower.split(separator: " ").contains(where: { furnitureWords.contains(String($0)) })
      {
        return nil
      }
      return name
    }
    var offset = range.lowerBound
    while offset < range.upperBound {
      let space = TextBytes.whitespaceLength(at: offset, in: bytes)
      if space > 0 {
        offset += space
        continue
      }
      var end = offset
      while end < range.upperBound, TextBytes.whitespaceLength(at: end, in: bytes) == 0 { end += 1 }
      let first = bytes[offset]
      let isConnector =
        end - offset == 2 && first == UInt8(ascii: "o") && bytes[offset + 1] == UInt8(ascii: "f")
      if TextBytes.isASCIIUpper(first) || isConnector && runStart != nil {
        if runStart == nil {
          runStart = offset
          runWordCount = 0
          runOpensSentence = opensSentence
        }
        runEnd = end
        runWordCount += 1
      } else {
        if let name = finishRun() { return name }
        let word = TextBytes.string(offset..<end, in: bytes).trimmingCharacters(".,;:")
        if TitleFinder.isDomain(word) { return word }
      }
      let last = bytes[end - 1]
      if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":")
        || last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
      {
        if let name = finishRun() { return name }
      }
      opensSentence =
        last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
      offset = end
    }
    return finishRun()
  }

  private static let theOpening: [UInt8] = Array("The ".utf8)

  // MARK: - Datelines

  /// "TOKYO (Sputnik) — …" → "Sputnik"; "WASHINGTON, March 3 (Reuters) -" → "Reuters".
  static func datelineAgency(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let limit = min(range.upperBound, range.lowerBound + 80)
    guard let open = (range.lowerBound..<limit).first(where: { bytes[$0] == UInt8(ascii: "(") }),
      open > range.lowerBound,
      let close = (open..<limit).first(where: { bytes[$0] == UInt8(ascii: ")") })
    else { return nil }
    // Before the bracket: a place in capitals, perhaps with a date.
    var capitals = 0
    for offset in range.lowerBound..<open {
      let byte = bytes[offset]
      if TextBytes.isASCIILower(byte) && capitals < 3 { return nil }
      if TextBytes.isASCIIUpper(byte) { capitals += 1 }
    }
    guard capitals >= 2, TextBytes.isASCIIUpper(bytes[range.lowerBound]) else { return nil }
    var after = close + 1
    while after < range.upperBound, TextBytes.whitespaceLength(at: after, in: bytes) > 0 {
      after += TextBytes.whitespaceLength(at: after, in: bytes)
    }
    guard after < range.upperBound,
      bytes[after] == UInt8(ascii: "-") || bytes[after] == UInt8(ascii: ":")
        || LineFeatures.dashLength(at: after, bytes) > 0
    else { return nil }
    let agency = TextBytes.string(TextBytes.trimmed(open + 1..<close, in: bytes), in: bytes)
    let wordCount = agency.split(separator: " ").count
    guard (1...4).contains(wordCount), agency.first?.isUppercase == true else { return nil }
    return agency
  }

  // MARK: - Copyright

  /// "The Japan Times LTD. All rights reserved." → "The Japan Times";
  /// "© 2023 Example Media Group" → "Example Media Group".
  static func copyrightHolder(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var words = TextBytes.words(range, in: bytes)
    if let reserved = words.indices.first(where: { index in
      index + 1 < words.count && words[index].lowercased() == "all"
        && words[index + 1].lowercased() == "rights"
    }) {
      words.removeSubrange(reserved...)
    }
    let dropped: Set<String> = [
      "©", "(c)", "copyright", "ltd", "inc", "llc", "co", "corp", "gmbh", "plc", "limited", "s.a",
      "ag", "|", "-", "–", "—",
    ]
    words = words.filter { word in
      let lower = word.lowercased().trimmingCharacters(".,;:")
      if dropped.contains(lower) || lower.hasPrefix("©") { return false }
      // Years and year ranges.
      return !lower.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" }
    }
    let holder = words.joined(separator: " ").trimmingCharacters(".,;:|-–— ")
    guard let first = holder.first, first.isUppercase || first.isNumber,
      (1...6).contains(words.count)
    else { return nil }
    return holder
  }

  // MARK: - Metadata

  private static func metadataOutlet(
    _ line: PageLine, previous: PageLine?, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> String? {
    let outletLabels: Set<String> = ["author", "source", "publisher", "sources"]
    var value: String?
    var label = ""
    if let key = line.features.key, let colon = key.firstIndex(of: ":"),
      outletLabels.contains(String(key[..<colon]))
    {
      let text = TextBytes.string(line.range, in: bytes)
      value = text.split(separator: ":", maxSplits: 1).last.map { $0.trimmingSpaces }
      label = String(key[..<colon])
    } else if let previousKey = previous?.features.key, outletLabels.contains(previousKey) {
      value = TextBytes.string(line.range, in: bytes)
      label = previousKey
    }
    guard var value, !value.isEmpty else { return nil }
    // "Al Jazeera and news agencies": the outlet, not the agencies it drew on.
    for tail in [" and news agencies", " and agencies", " with agencies", " and wires"]
    where value.lowercased().hasSuffix(tail) {
      value = String(value.dropLast(tail.count))
    }
    let words = value.split(whereSeparator: \.isWhitespace)
    let looksLikeOutlet =
      words.contains { TitleFinder.isDomain(String($0)) }
      || words.contains { TitleFinder.publicationWords.contains($0.lowercased()) }
      || words.count == 1 && value.count >= 2 && value.allSatisfy { $0.isUppercase }
    // An author is usually a person; a source or publisher named in capitals is the outlet.
    let namedSource =
      label != "author" && (1...5).contains(words.count)
      && words.allSatisfy { $0.first?.isUppercase ?? false }
    return looksLikeOutlet || namedSource ? value : nil
  }
}

extension String {
  /// The string without any of `characters` at either end.
  func trimmingCharacters(_ characters: String) -> String {
    let set = Set(characters.unicodeScalars)
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}
