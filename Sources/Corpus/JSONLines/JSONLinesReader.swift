import Base

/// Reads a JSON Lines file (`.jsonl`, `.ndjson`), as news scrapers write them: one article a
/// line, an object with the fields trafilatura, newspaper3k, news-please and crawlers' dumps use.
///
/// - the text: `text`, `content` or `maintext` (the first that has any);
/// - the headline: `title` or `headline`;
/// - the address: `url` (or `source` when it is one);
/// - the date: `date`, `published`, `date_publish`, `publish_date`, `date_published`;
/// - the outlet: `sitename`, `source_domain` or `source`.
///
/// Each article becomes a document whose text is its headline, a blank line and its text,
/// decoded from the line's strings with every byte's place in the file kept. A line that is not
/// such an object is skipped, with a note naming the file and the line, and the rest is read;
/// blank lines are passed over.
enum JSONLinesReader {
  /// What a file gave.
  struct Result {
    var pages: [ExtractedPage] = []
    /// Lines skipped, each with its 1-based number and the reason.
    var skippedLines: [(line: Int, reason: String)] = []
    var skippedLineCount = 0
    var blankLineCount = 0
    var lineCount = 0
  }

  /// Lines longer than this are no article (the longest text file Dossier reads).
  static let maximumLineBytes = FileReading.maximumByteCount
  /// Skipped lines named one by one per file; the rest are counted.
  static let skippedLinesKept = 10

  static let textKeys = ["text", "content", "maintext"]
  static let titleKeys = ["title", "headline"]
  static let urlKeys = ["url"]
  static let dateKeys = ["date", "published", "date_publish", "publish_date", "date_published"]
  static let outletKeys = ["sitename", "source_domain", "source"]

  /// Every article of `file` (the file decoded to UTF-8).
  static func read(file: SourceText) -> Result {
    file.bytes.withUnsafeBufferPointer { bytes in
      var result = Result()
      var lineStart = 0
      var lineNumber = 0
      while lineStart < bytes.count {
        let newline = HTMLTagScanner.find(0x0A, from: lineStart, in: bytes) ?? bytes.count
        lineNumber += 1
        read(line: lineStart..<newline, number: lineNumber, bytes, file: file, into: &result)
        lineStart = newline + 1
      }
      result.lineCount = lineNumber
      return result
    }
  }

  private static func read(
    line: Range<Int>, number: Int, _ bytes: UnsafeBufferPointer<UInt8>, file: SourceText,
    into result: inout Result
  ) {
    func skip(_ reason: String) {
      result.skippedLineCount += 1
      if result.skippedLines.count < skippedLinesKept {
        result.skippedLines.append((number, reason))
      }
    }
    guard line.contains(where: { !isJSONSpace(bytes[$0]) }) else {
      result.blankLineCount += 1
      return
    }
    guard line.count <= maximumLineBytes else {
      skip("\(line.count) bytes, more than an article can be (\(maximumLineBytes))")
      return
    }
    let members: [JSONRecordScanner.StringMember]
    do {
      members = try JSONRecordScanner.stringMembers(of: line, in: bytes)
    } catch {
      skip("not a JSON object (\(error))")
      return
    }
    func value(_ keys: [String]) -> Range<Int>? {
      for key in keys {
        if let member = members.first(where: { $0.key == key }),
          hasVisibleText(member.value, bytes)
        {
          return member.value
        }
      }
      return nil
    }
    func string(_ keys: [String]) -> String? {
      value(keys).map { decodedString($0, bytes) }
    }
    guard let text = value(textKeys) else {
      skip("no article text (none of \(textKeys.joined(separator: ", ")) has any)")
      return
    }
    var builder = TextOriginBuilder(capacity: text.count + 256)
    var hints = PageHints()
    if let title = value(titleKeys) {
      JSONStringDecoder.append(title, of: bytes, to: &builder, asOneLine: true)
      builder.appendReplacement([0x0A, 0x0A], for: text.lowerBound..<text.lowerBound)
      hints.titleStart = 0
      hints.pageTitleStart = 0
    }
    JSONStringDecoder.append(text, of: bytes, to: &builder, asOneLine: false)
    var url = string(urlKeys)
    var outlet = string(["sitename", "source_domain"])
    if let source = string(["source"]) {
      if source.contains("://") {
        url = url ?? source
      } else {
        outlet = outlet ?? source
      }
    }
    hints.outlet = outlet
    hints.siteNames = outlet.map { [$0] } ?? []
    hints.date = string(dateKeys).map(PageHints.dateAsWritten)
    let (bytesOfText, origin) = builder.finish(file: file)
    result.pages.append(ExtractedPage(text: bytesOfText, origin: origin, hints: hints, url: url))
  }

  @inline(__always)
  private static func isJSONSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// True when the string's content holds anything but whitespace (escaped or not).
  private static func hasVisibleText(_ content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var position = content.lowerBound
    while position < content.upperBound {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\\"), position + 1 < content.upperBound {
        switch bytes[position + 1] {
        case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "f"):
          position += 2
          continue
        default: return true
        }
      }
      if !isJSONSpace(byte) && byte != 0x0C { return true }
      position += 1
    }
    return false
  }

  /// A short field (an address, a date, an outlet) as text, trimmed.
  private static func decodedString(_ content: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>)
    -> String
  {
    var builder = TextOriginBuilder(capacity: content.count)
    JSONStringDecoder.append(content, of: bytes, to: &builder, asOneLine: true)
    let text = builder.takeText()
    return String(decoding: text, as: UTF8.self).trimmingSpaces
  }

  /// The log lines for a file's skipped lines: one per line up to `skippedLinesKept`, then a
  /// count of the rest.
  static func notes(_ result: Result, relativePath: String) -> [String] {
    var notes = result.skippedLines.map {
      "corpus: \(relativePath):\($0.line): line skipped: \($0.reason)"
    }
    let unnamed = result.skippedLineCount - result.skippedLines.count
    if unnamed > 0 {
      notes.append("corpus: \(relativePath): \(unnamed) more lines skipped")
    }
    return notes
  }

  /// Why a file gave no article at all.
  static func emptyReason(_ result: Result) -> String {
    let first = result.skippedLines.first.map { "; line \($0.line): \($0.reason)" } ?? ""
    return "no articles: \(result.skippedLineCount) of \(result.lineCount) lines skipped\(first)"
  }
}
