import Knowledge

/// The names found in one version of an open document, kept per paragraph, so that the next
/// version re-reads only the paragraphs an edit touched.
///
/// The matcher reads each paragraph on its own (`KnowledgeBase.nameParagraphs`); only the
/// lone names several people share are resolved over the whole text, which is a pass over
/// the names, not the text. A paragraph is reused when it lies wholly before the first byte
/// that changed, or wholly after the last one (shifted), and the previous version cut the
/// same paragraph there. The result is exactly `KnowledgeBase.matches(in:)` of the whole
/// text (`DraftNamesTests` holds it to that over thousands of random edits).
struct DraftNames: Sendable {
  struct Paragraph: Sendable {
    let byteRange: Range<Int>
    let names: ParagraphNames
  }

  let text: [UInt8]
  let paragraphs: [Paragraph]
  /// Every name found, sorted by position, not overlapping.
  let matches: [TextMatch]
  /// How many paragraphs were read for this version (the rest were reused), for tests and logs.
  let paragraphsRead: Int

  /// The names of `text`, reusing what `previous` (an earlier version, matched with the same
  /// knowledge) found in paragraphs that did not change.
  static func read(_ text: [UInt8], knowledge: KnowledgeBase, previous: DraftNames?) -> DraftNames {
    let ranges = KnowledgeBase.nameParagraphs(in: text)
    var reusable: [Int: Paragraph] = [:]
    var unchangedPrefix = 0
    var unchangedSuffix = 0
    var shift = 0
    if let previous {
      (unchangedPrefix, unchangedSuffix) = Self.unchangedEnds(previous.text, text)
      shift = text.count - previous.text.count
      for paragraph in previous.paragraphs {
        let range = paragraph.byteRange
        if range.upperBound <= unchangedPrefix {
          reusable[range.lowerBound] = paragraph
        } else if range.lowerBound >= previous.text.count - unchangedSuffix {
          reusable[range.lowerBound + shift] = paragraph
        }
      }
    }
    var paragraphs: [Paragraph] = []
    paragraphs.reserveCapacity(ranges.count)
    var read = 0
    for range in ranges {
      if let old = reusable[range.lowerBound], old.byteRange.count == range.count,
        range.upperBound <= unchangedPrefix || range.lowerBound >= text.count - unchangedSuffix
      {
        paragraphs.append(Paragraph(byteRange: range, names: old.names))
      } else {
        paragraphs.append(
          Paragraph(byteRange: range, names: knowledge.names(in: text, paragraph: range)))
        read += 1
      }
    }
    let matches = knowledge.matches(
      in: text, composing: paragraphs.map { (start: $0.byteRange.lowerBound, names: $0.names) })
    return DraftNames(text: text, paragraphs: paragraphs, matches: matches, paragraphsRead: read)
  }

  /// How many bytes at the start and at the end of the two texts are the same (not
  /// overlapping: together at most the shorter text).
  static func unchangedEnds(_ old: [UInt8], _ new: [UInt8]) -> (prefix: Int, suffix: Int) {
    old.withUnsafeBufferPointer { a in
      new.withUnsafeBufferPointer { b in
        let limit = min(a.count, b.count)
        guard let baseA = a.baseAddress, let baseB = b.baseAddress else { return (0, 0) }
        let rawA = UnsafeRawPointer(baseA)
        let rawB = UnsafeRawPointer(baseB)
        // Eight bytes at a time while they agree, then byte by byte.
        var prefix = 0
        while prefix + 8 <= limit,
          rawA.loadUnaligned(fromByteOffset: prefix, as: UInt64.self)
            == rawB.loadUnaligned(fromByteOffset: prefix, as: UInt64.self)
        {
          prefix += 8
        }
        while prefix < limit, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        let suffixLimit = limit - prefix
        while suffix + 8 <= suffixLimit,
          rawA.loadUnaligned(fromByteOffset: a.count - suffix - 8, as: UInt64.self)
            == rawB.loadUnaligned(fromByteOffset: b.count - suffix - 8, as: UInt64.self)
        {
          suffix += 8
        }
        while suffix < suffixLimit, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
          suffix += 1
        }
        return (prefix, suffix)
      }
    }
  }
}
