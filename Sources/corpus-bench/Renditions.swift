import Corpus

/// The same articles as the files a browser or a scraper leaves: each document as a saved web
/// page and as a line of a JSON Lines dump, so the page and dump readers are timed on the text
/// the text reader is timed on.
enum Renditions {
  /// A page as news sites write one: a head with metadata, a script and a style, the site's
  /// navigation, the headline in `<h1>`, a `<p>` per story line, the furniture in an `<aside>`
  /// and a `<footer>`, text escaped and typographic quotes written as references.
  static func page(of document: CorpusDocument) -> [UInt8] {
    var html = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>\(escaped(document.title ?? "Untitled")) | Example News</title>
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2024-01-01T00:00:00Z">
      <link rel="canonical" href="https://news.example/\(document.id)">
      <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "article"});</script>
      <style>.story p { margin: 0 0 1em; } .share a { padding: 2px; }</style>
      </head><body class="article">
      <header><a class="logo" href="/">Example News</a><nav><ul><li><a href="/">Home</a></li>
      <li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
      <main><article class="story">

      """
    var furniture: [String] = []
    for block in document.blocks {
      let text = document.text[block.byteRange]
      switch block.kind {
      case .title: html += "<h1>\(escaped(text))</h1>\n"
      case .body:
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
          html += "<p>\(escaped(String(line)))</p>\n"
        }
      case .boilerplate: furniture.append(text)
      }
    }
    html += "</article>\n<aside class=\"related\"><ul>\n"
    for text in furniture { html += "<li><a href=\"/more\">\(escaped(text))</a></li>\n" }
    html += "</ul></aside></main>\n<footer><p>&copy; 2024 Example News</p></footer></body></html>\n"
    return Array(html.utf8)
  }

  /// A line as trafilatura writes it: title, text (lines apart by "\n") and address, with
  /// every character beyond ASCII escaped as Python's `json.dumps` does.
  static func jsonLine(of document: CorpusDocument) -> [UInt8] {
    let body = document.blocks.filter { $0.kind == .body }.map { document.text[$0.byteRange] }
    return Array(
      ("{\"title\": \(json(document.title ?? "")), \"text\": \(json(body.joined(separator: "\n")))"
        + ", \"url\": \"https://news.example/\(document.id)\", \"sitename\": \"Example News\"}\n")
        .utf8)
  }

  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "“": result += "&ldquo;"
      case "”": result += "&rdquo;"
      case "’": result += "&rsquo;"
      default: result.append(character)
      }
    }
    return result
  }

  static func json(_ text: String) -> String {
    let hex = Array("0123456789abcdef".utf8)
    var result: [UInt8] = [UInt8(ascii: "\"")]
    for unit in text.utf16 {
      switch unit {
      case 0x22: result += Array("\\\"".utf8)
      case 0x5C: result += Array("\\\\".utf8)
      case 0x0A: result += Array("\\n".utf8)
      case 0x20..<0x7F: result.append(UInt8(unit))
      default:
        result += Array("\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
          result.append(hex[Int((unit >> UInt16(shift)) & 0xF)])
        }
      }
    }
    result.append(UInt8(ascii: "\""))
    return String(decoding: result, as: UTF8.self)
  }
}
