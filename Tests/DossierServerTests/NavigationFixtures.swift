import Corpus
import Knowledge
import TestSupport

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

  static let subscriptDigits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]

  init(_ marked: String) {
    // Names first, in the text that still has its markers; the markers then come out
    // (`MarkedText`), and each name moves back by the markers' bytes before it.
    var withMarkers = ""
    var named: [(range: Range<Int>, entityID: Int)] = []
    var openName: Int?
    var characters = Array(marked)[...]
    while let character = characters.popFirst() {
      if character == "⟪" {
        openName = withMarkers.utf8.count
      } else if character == "⟫", let start = openName,
        let digit = characters.first.flatMap({ Self.subscriptDigits.firstIndex(of: $0) })
      {
        characters.removeFirst()
        named.append((start..<withMarkers.utf8.count, digit))
        openName = nil
      } else {
        withMarkers.append(character)
      }
    }
    let markedText = MarkedText(withMarkers)
    // Where each marker stood in `withMarkers`: its offset in the text plus the markers before.
    var markerSpans: [(start: Int, length: Int)] = []
    var removed = 0
    for (marker, offset) in markedText.offsets.sorted(by: { $0.value < $1.value }) {
      markerSpans.append((offset + removed, marker.utf8.count))
      removed += marker.utf8.count
    }
    func plainOffset(_ offset: Int) -> Int {
      offset - markerSpans.filter { $0.start < offset }.reduce(0) { $0 + $1.length }
    }
    let bytes = Array(markedText.text.utf8)
    text = SourceText(markedText.text)
    matches = named.map { name in
      let range = plainOffset(name.range.lowerBound)..<plainOffset(name.range.upperBound)
      return TextMatch(
        byteRange: range, entityID: name.entityID,
        surface: String(decoding: bytes[range], as: UTF8.self))
    }
    markers = markedText.offsets
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
