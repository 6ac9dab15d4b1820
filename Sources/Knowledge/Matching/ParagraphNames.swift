/// The names in one paragraph of a text, found before the lone names that several people
/// share are resolved (that needs the whole text): what an editor keeps per paragraph, so that
/// after an edit only the changed paragraphs are read again.
///
/// The matcher keeps nothing across a paragraph break (a name never runs across one), so a
/// paragraph's names depend on its bytes alone; `KnowledgeBase.matches(composing:)` joins
/// the paragraphs of a text into exactly what `matches(in:)` finds in the whole text.
///
/// Kept compact (16 bytes a name, the surfaces read from the text only when composing): an
/// open document holds these for every paragraph as long as it is open.
public struct ParagraphNames: Sendable {
  /// One name, its bytes relative to the paragraph's start.
  struct Item: Sendable {
    let start: UInt32
    let end: UInt32
    /// The entity, or -1 for a shared name.
    let entityID: Int32
    let sharedIndex: Int32

    init(_ item: NameMatcher.ScanItem, paragraphStart: Int) {
      start = UInt32(item.byteRange.lowerBound - paragraphStart)
      end = UInt32(item.byteRange.upperBound - paragraphStart)
      entityID = Int32(item.entityID)
      sharedIndex = item.sharedIndex
    }

    /// The item as the matcher gave it, at the paragraph's start `paragraphStart`.
    func scanItem(paragraphStart: Int) -> NameMatcher.ScanItem {
      NameMatcher.ScanItem(
        byteRange: Int(start) + paragraphStart..<Int(end) + paragraphStart,
        entityID: Int(entityID), sharedIndex: sharedIndex)
    }
  }

  let items: [Item]

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
      var items: [ParagraphNames.Item] = []
      matcher.scan(buffer, range: paragraph) { item in
        items.append(ParagraphNames.Item(item, paragraphStart: paragraph.lowerBound))
      }
      return ParagraphNames(items: items)
    }
  }

  /// The matches of a whole text, `bytes`, from the names of its paragraphs (each with the byte
  /// offset it starts at, in order): the same as `matches(in:)` on the text.
  public func matches(
    in bytes: [UInt8], composing paragraphs: [(start: Int, names: ParagraphNames)]
  ) -> [TextMatch] {
    var resolver = SharedNameResolver(matcher: matcher)
    resolver.reserveCapacity(paragraphs.reduce(0) { $0 + $1.names.count })
    for (start, names) in paragraphs {
      for item in names.items { resolver.add(item.scanItem(paragraphStart: start)) }
    }
    let resolved = resolver.finish(keepingUndecided: true)
    var matches: [TextMatch] = []
    matches.reserveCapacity(resolved.count)
    bytes.withUnsafeBufferPointer { buffer in
      for match in resolved {
        matches.append(
          TextMatch(
            byteRange: match.byteRange, entityID: match.entityID,
            surface: String(decoding: buffer[match.byteRange], as: UTF8.self),
            alternatives: match.undecided >= 0 ? matcher.candidates(ofShared: match.undecided) : []
          ))
      }
    }
    return matches
  }
}
