/// The title, date and outlet a Markdown file states in a front-matter header:
///
/// ```
/// ---
/// title: Japan, Russia to continue talks
/// date: 2019-05-10
/// source: Example News
/// ---
/// ```
struct FrontMatter {
  var title: String?
  var date: String?
  var outlet: String?

  init(lines: [PageLine], _ bytes: UnsafeBufferPointer<UInt8>) {
    for line in lines where line.isFrontMatter {
      let text = TextBytes.string(line.range, in: bytes)
      guard let colon = text.firstIndex(of: ":") else { continue }
      let key = text[..<colon].trimmingSpaces.lowercased()
      var value = text[text.index(after: colon)...].trimmingSpaces
      if value.count >= 2, let first = value.first, first == "\"" || first == "'",
        value.last == first
      {
        value = String(value.dropFirst().dropLast())
      }
      guard !value.isEmpty else { continue }
      switch key {
      case "title", "headline": title = title ?? value
      case "date", "published", "published_at", "pubdate", "publication_date": date = date ?? value
      case "outlet", "source", "publisher", "site", "site_name", "publication":
        outlet = outlet ?? value
      default: break
      }
    }
  }
}
