/// The kinds of file a corpus's articles come in, told by the name's ending (any ASCII case).
public enum CorpusFileKind: Sendable, CaseIterable {
  /// `.txt`, `.md`: the file's text is the article, as it stands.
  case text
  /// `.html`, `.htm`: a web page saved from a browser; the article is the text it shows
  /// (`HTMLReader`).
  case page
  /// `.jsonl`, `.ndjson`: a news scraper's output, one article a line (`JSONLinesReader`).
  case records

  /// The name endings of this kind.
  public var extensions: [String] {
    switch self {
    case .text: [".txt", ".md"]
    case .page: [".html", ".htm"]
    case .records: [".jsonl", ".ndjson"]
    }
  }

  /// The kind of the file named `name`, or nil when it is none of Dossier's.
  public static func of(name: String) -> CorpusFileKind? {
    let bytes = name.utf8
    return allCases.first { kind in
      kind.extensions.contains { ending in
        let suffix = ending.utf8
        guard bytes.count >= suffix.count else { return false }
        return zip(bytes.suffix(suffix.count), suffix).allSatisfy {
          TextBytes.lowercased($0) == $1
        }
      }
    }
  }

  /// The largest file of this kind that is read. A dump holds many articles, each at most
  /// as long as a text file may be.
  var maximumByteCount: Int {
    self == .records ? 1 << 30 : FileReading.maximumByteCount
  }
}
