/// What a page's `<head>` says about the article: the site's name (`og:site_name`), the
/// publication time (`article:published_time` and its kin), and the page's address
/// (`<link rel="canonical">`, `og:url`, or the "saved from url=" note a browser writes at the
/// top of a page it saves).
struct HTMLMetadata {
  var siteName: String?
  var canonicalURL: String?
  var openGraphURL: String?
  var savedFromURL: String?
  var publishedTime: String?
  /// How strong the kept publication time is (lower is stronger).
  private var publishedRank = Int.max

  /// The page's address, strongest source first.
  var url: String? { canonicalURL ?? openGraphURL ?? savedFromURL }

  /// Names of `<meta>` that give the publication time, strongest first.
  private static let publishedNames = [
    "article:published_time", "og:article:published_time", "datepublished", "article.published",
    "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
    "dcterms.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
  ]

  mutating func readMeta(_ attributes: [HTMLAttribute], in bytes: UnsafeBufferPointer<UInt8>) {
    var key: String?
    var content: String?
    for attribute in attributes {
      guard let value = attribute.value else { continue }
      if HTMLTagScanner.equals(attribute.name, "property", in: bytes)
        || HTMLTagScanner.equals(attribute.name, "name", in: bytes)
        || HTMLTagScanner.equals(attribute.name, "itemprop", in: bytes)
      {
        key = key ?? HTMLTagScanner.lowercasedName(value, in: bytes)
      } else if HTMLTagScanner.equals(attribute.name, "content", in: bytes) {
        content = Self.string(value, in: bytes)
      }
    }
    guard let key, let content, !content.isEmpty else { return }
    switch key {
    case "og:site_name": siteName = siteName ?? content
    case "og:url": openGraphURL = openGraphURL ?? content
    default:
      if let rank = Self.publishedNames.firstIndex(of: key), rank < publishedRank {
        publishedRank = rank
        publishedTime = content
      }
    }
  }

  mutating func readLink(_ attributes: [HTMLAttribute], in bytes: UnsafeBufferPointer<UInt8>) {
    var isCanonical = false
    var href: String?
    for attribute in attributes {
      guard let value = attribute.value else { continue }
      if HTMLTagScanner.equals(attribute.name, "rel", in: bytes) {
        isCanonical = HTMLTagScanner.lowercasedName(value, in: bytes)
          .split(separator: " ").contains("canonical")
      } else if HTMLTagScanner.equals(attribute.name, "href", in: bytes) {
        href = Self.string(value, in: bytes)
      }
    }
    if isCanonical, let href, !href.isEmpty, canonicalURL == nil { canonicalURL = href }
  }

  /// "<!-- saved from url=(0052)https://example.com/… -->", as browsers mark a page they save.
  mutating func readSavedFrom(_ comment: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
    guard savedFromURL == nil else { return }
    let marker = Array("saved from url=(".utf8)
    var position = comment.lowerBound
    while position + marker.count <= comment.upperBound {
      if HTMLTagScanner.equals(position..<position + marker.count, "saved from url=(", in: bytes) {
        var start = position + marker.count
        while start < comment.upperBound, bytes[start] != UInt8(ascii: ")") { start += 1 }
        start += 1
        var end = start
        while end < comment.upperBound, !HTMLTagScanner.isSpace(bytes[end]),
          !(bytes[end] == UInt8(ascii: "-") && end + 1 < comment.upperBound
            && bytes[end + 1] == UInt8(ascii: "-"))
        {
          end += 1
        }
        if end > start {
          savedFromURL = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return
      }
      position += 1
      if position - comment.lowerBound > 256 { return }
    }
  }

  /// An attribute's value as text: references decoded, whitespace at the ends trimmed and runs
  /// of it made one space.
  static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    var decoded: [UInt8] = []
    decoded.reserveCapacity(range.count)
    var position = range.lowerBound
    var pendingSpace = false
    while position < range.upperBound {
      let byte = bytes[position]
      if HTMLTagScanner.isSpace(byte) {
        pendingSpace = !decoded.isEmpty
        position += 1
        continue
      }
      if pendingSpace {
        decoded.append(0x20)
        pendingSpace = false
      }
      if byte == UInt8(ascii: "&"),
        let reference = CharacterReferences.decode(at: position, in: bytes)
      {
        if let scalar = Unicode.Scalar(reference.value) {
          decoded.append(contentsOf: String(Character(scalar)).utf8)
        }
        position += reference.length
        continue
      }
      decoded.append(byte)
      position += 1
    }
    return String(decoding: decoded, as: UTF8.self)
  }
}

/// Inline styles that hide an element from every reader of the page.
enum HTMLStyle {
  /// True when the declarations hold `display: none` or `visibility: hidden` (any case and
  /// spacing).
  static func hides(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    var compact: [UInt8] = []
    compact.reserveCapacity(min(value.count, 512))
    for byte in value.prefix(4096) where !HTMLTagScanner.isSpace(byte) {
      compact.append(HTMLTagScanner.isASCIILetter(byte) ? byte | 0x20 : byte)
    }
    return contains(compact, "display:none") || contains(compact, "visibility:hidden")
  }

  private static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
    let count = needle.utf8CodeUnitCount
    guard bytes.count >= count else { return false }
    let start = needle.utf8Start
    outer: for offset in 0...(bytes.count - count) {
      for index in 0..<count where bytes[offset + index] != start[index] { continue outer }
      return true
    }
    return false
  }
}
