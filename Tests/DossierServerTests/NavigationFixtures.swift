import Corpus
import Knowledge

@testable import DossierServer

/// A text for navigation tests, written as data: names the matcher would find are wrapped in
/// `⟪…⟫` and followed by their entity's id as a subscript digit, cursor positions are emoji
/// markers (news text has `$`, so emoji beat `$0`).
///
/// `"⟪Lavrov⟫₀’s view — 1️⃣🎌"` is the text `"Lavrov’s view — 🎌"`, with one match of entity 0
/// over bytes 0..<6 and marker `1️⃣` at byte 20.
struct NamedText {
  let text: SourceText
  let matches: [TextMatch]
  /// Byte offset (UTF-8) of each marker in the text.
  let markers: [String: Int]

  static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
  static let subscriptDigits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]

  init(_ marked: String) {
    var plain = ""
    var matches: [TextMatch] = []
    var markers: [String: Int] = [:]
    var openName: Int?
    var characters = Array(marked)[...]
    while let character = characters.popFirst() {
      if Self.markerNames.contains(String(character)) {
        markers[String(character)] = plain.utf8.count
      } else if character == "⟪" {
        openName = plain.utf8.count
      } else if character == "⟫", let start = openName,
        let digit = characters.first.flatMap({ Self.subscriptDigits.firstIndex(of: $0) })
      {
        characters.removeFirst()
        let end = plain.utf8.count
        let surface = String(decoding: Array(plain.utf8)[start..<end], as: UTF8.self)
        matches.append(TextMatch(byteRange: start..<end, entityID: digit, surface: surface))
        openName = nil
      } else {
        plain.append(character)
      }
    }
    text = SourceText(plain)
    self.matches = matches
    self.markers = markers
  }

  subscript(marker: String) -> Int { markers[marker] ?? -1 }

  /// The text as an open draft with these names.
  func draft(_ uri: String = "untitled:report.md", corpusDocumentID: Int? = nil)
    -> AnalyzedDocument
  {
    AnalyzedDocument(
      uri: DocumentURI(string: uri), text: text, matches: matches,
      corpusDocumentID: corpusDocumentID)
  }

  /// Entity `id`'s names here as corpus mentions of document `documentID`; the names in
  /// `boilerplate` byte ranges are marked as page furniture.
  func mentions(of id: Int, inDocument documentID: Int, boilerplate: [Range<Int>] = [])
    -> [Mention]
  {
    matches.filter { $0.entityID == id }.map { match in
      Mention(
        documentID: documentID, byteRange: match.byteRange,
        isBoilerplate: boilerplate.contains { $0.contains(match.byteRange.lowerBound) })
    }
  }

  /// The text as corpus document `id` at `/corpus/<relativePath>`.
  func corpusDocument(id: Int, _ relativePath: String) -> CorpusDocument {
    CorpusDocument(
      id: id, relativePath: relativePath, path: "/corpus/" + relativePath, text: text,
      title: nil, outlet: nil, date: nil, blocks: [], sentences: [])
  }
}

/// An entity built by hand, with what the navigation features read.
func makeEntity(
  _ id: Int, _ name: String, _ kind: EntityKind = .person, usedBy: [String] = [],
  aliases: [Alias] = [], roles: [String] = [], nationality: String? = nil,
  definition: SentenceRef? = nil, mentions: [Mention] = []
) -> Entity {
  Entity(
    id: id, key: "\(kind.rawValue)/\(id)", name: name, usedBy: usedBy, kind: kind,
    aliases: aliases, roles: roles, nationality: nationality, definition: definition,
    glossaryDefinition: nil, mentions: mentions, related: [], quotations: [], outlets: [],
    dates: [])
}

/// A range as `line:character-line:character`, for compact expectations.
func span(_ range: LSPRange) -> String {
  "\(range.start.line):\(range.start.character)-\(range.end.line):\(range.end.character)"
}
