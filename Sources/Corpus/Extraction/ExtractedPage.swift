/// One article as a reader took it out of its file (a saved web page, a line of a JSON Lines
/// dump): the text the page reader reads, where each of its bytes came from, and what the
/// file said about it that the text alone does not.
struct ExtractedPage: Sendable {
  /// The article's text, UTF-8: one line per paragraph, heading or list item, paragraphs
  /// apart by a blank line, as a scraped text page has them.
  var text: [UInt8]
  var origin: TextOrigin
  var hints: PageHints
  /// The page's address, when the file gives one.
  var url: String?
}

/// What a file's markup or record says about its text, for `DocumentParser`: cues for the
/// classifier line by line, the headline's line, and metadata that the text does not show.
struct PageHints: Sendable {
  /// From each start on (text offsets, ascending), the lines have that hint, until the next.
  var lineHints: [(start: Int, hint: LineHint)] = []
  /// Where the headline's line starts in the text (an `<h1>`, a `<title>`, a record's title).
  var titleStart: Int?
  /// Where the page's `<title>` line starts, which may end in " | Site Name".
  var pageTitleStart: Int?
  var title: String?
  var outlet: String?
  var date: String?
  /// Names of the site, from its metadata (`og:site_name`), for captions and the outlet.
  var siteNames: [String] = []

  /// The hint of each of `lines`, by where it starts.
  func hints(for lines: [PageLine]) -> [LineHint] {
    var result = [LineHint](repeating: .none, count: lines.count)
    guard !lineHints.isEmpty else { return result }
    var next = 0
    var current = LineHint.none
    for (index, line) in lines.enumerated() {
      while next < lineHints.count, lineHints[next].start <= line.range.lowerBound {
        current = lineHints[next].hint
        next += 1
      }
      result[index] = current
    }
    return result
  }

  /// A date from metadata as people write it: an ISO 8601 time ("2024-07-16T08:40:00+09:00")
  /// as its day ("2024-07-16"); any other value as it stands.
  static func dateAsWritten(_ value: String) -> String {
    let bytes = Array(value.utf8)
    func isDigit(_ index: Int) -> Bool {
      bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }
    guard bytes.count > 10, bytes[10] == UInt8(ascii: "T"), bytes[4] == UInt8(ascii: "-"),
      bytes[7] == UInt8(ascii: "-"), [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy(isDigit)
    else { return value }
    return String(decoding: bytes[..<10], as: UTF8.self)
  }

  /// The index of the line that starts at text offset `start`, or holds it.
  static func lineIndex(startingAt start: Int?, in lines: [PageLine]) -> Int? {
    guard let start else { return nil }
    return lines.firstIndex { $0.range.upperBound > start }
  }
}

/// What markup says about one line of a page.
enum LineHint: Sendable, Hashable {
  case none
  /// A paragraph of the story's own `<article>` (or `<main>`): story unless its own words say
  /// otherwise.
  case story
  /// Inside an element that is page furniture (`<nav>`, `<aside>`, a "comments" section, …).
  case furniture(Furniture)

  var furniture: Furniture? {
    if case .furniture(let kind) = self { return kind }
    return nil
  }
}
