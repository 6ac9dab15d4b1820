/// The names in one paragraph of a text, found before the lone names that several people
/// share are resolved (that needs the whole text): what an editor keeps per paragraph, so that
/// after an edit only the changed paragraphs are read again.
///
/// The matcher keeps nothing across a paragraph break (a name never runs across one), so a
/// paragraph's names depend on its bytes alone; `KnowledgeBase.matches(composing:)` joins
/// the paragraphs of a text into exactly what `matches(in:)` finds in the whole text.
public struct ParagraphNames: Sendable {
  /// Byte ranges relative to the paragraph's start.
  let items: [NameMatcher.ScanItem]
  /// The bytes of each item, as written.
  let surfaces: [String]

  /// How many names were found (shared ones included).
  public var count: Int { items.count }
}

extension KnowledgeBase {
  /// The text cut into the paragraphs the matcher reads independently: ranges that cover
  /// `bytes`, in order, each starting where a blank line ends (see
  /// `NameMatcher.isParagraphStart`).
  public static func nameParagraphs(in bytes: [UInt8]) -> [Range<Int>] {
    bytes.withUnsafeBufferPointer { buffer in
      var paragraphs: [Range<Int>] = []
      var start = 0
      var offset = 0
      while offset < buffer.count {
        if buffer[offset] == 0x0A, offset + 1 < buffer.count,
          NameMatcher.isParagraphStart(buffer, at: offset + 1)
        {
          paragraphs.append(start..<offset + 1)
          start = offset + 1
        }
        offset += 1
      }
      if start < buffer.count || paragraphs.isEmpty { paragraphs.append(start..<buffer.count) }
      return paragraphs
    }
  }

  /// The names in `paragraph` of `bytes`, one of `nameParagraphs(in:)`.
  public func names(in bytes: [UInt8], paragraph: Range<Int>) -> ParagraphNames {
    bytes.withUnsafeBufferPointer { buffer in
      var items: [NameMatcher.ScanItem] = []
      var surfaces: [String] = []
      matcher.scan(buffer, range: paragraph) { item in
        surfaces.append(String(decoding: buffer[item.byteRange], as: UTF8.self))
        var relative = item
        relative.byteRange =
          item.byteRange.lowerBound - paragraph.lowerBound..<item.byteRange.upperBound
          - paragraph.lowerBound
        items.append(relative)
      }
      return ParagraphNames(items: items, surfaces: surfaces)
    }
  }

  /// The matches of a whole text from the names of its paragraphs (each with the byte offset
  /// it starts at, in order): the same as `matches(in:)` on the text.
  public func matches(composing paragraphs: [(start: Int, names: ParagraphNames)]) -> [TextMatch] {
    var resolver = SharedNameResolver(matcher: matcher)
    resolver.reserveCapacity(paragraphs.reduce(0) { $0 + $1.names.count })
    for (start, names) in paragraphs {
      for var item in names.items {
        item.byteRange = item.byteRange.lowerBound + start..<item.byteRange.upperBound + start
        resolver.add(item)
      }
    }
    let resolved = resolver.finish(keepingUndecided: true)
    // Resolution drops or keeps names but never moves them: walk the items again for the
    // surfaces.
    var matches: [TextMatch] = []
    matches.reserveCapacity(resolved.count)
    var paragraph = 0
    var item = 0
    for match in resolved {
      while paragraph < paragraphs.count {
        let (start, names) = paragraphs[paragraph]
        if item < names.items.count {
          if names.items[item].byteRange.lowerBound + start == match.byteRange.lowerBound {
            matches.append(
              TextMatch(
                byteRange: match.byteRange, entityID: match.entityID,
                surface: names.surfaces[item],
                alternatives: match.undecided >= 0
                  ? matcher.candidates(ofShared: match.undecided) : []))
            item += 1
            break
          }
          item += 1
        } else {
          paragraph += 1
          item = 0
        }
      }
    }
    return matches
  }
}
