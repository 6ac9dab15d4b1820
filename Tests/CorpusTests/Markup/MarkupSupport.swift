@testable import Corpus

/// A saved page read from inline markup, as the loader reads a `.html` file; nil when the page
/// is skipped.
func htmlPage(_ html: String, name: String = "page.html") -> CorpusDocument? {
  htmlPage(bytes: Array(html.utf8), name: name)
}

func htmlPage(bytes: [UInt8], name: String = "page.html") -> CorpusDocument? {
  switch CorpusLoader.outcome(relativePath: name, path: "/virtual/" + name, raw: bytes) {
  case .documents(let documents, _): documents.first
  default: nil
  }
}

/// What the loader makes of a page or dump: its documents and notes, or why it was skipped.
func readArticles(_ bytes: [UInt8], name: String) -> (
  documents: [CorpusDocument], notes: [String], skip: String?
) {
  switch CorpusLoader.outcome(relativePath: name, path: "/virtual/" + name, raw: bytes) {
  case .documents(let documents, let notes): (documents, notes, nil)
  case .document(let document, let note): ([document], note.map { [$0] } ?? [], nil)
  case .skipped(let skip): ([], [], skip.reason)
  }
}

/// The documents of a JSON Lines dump written inline.
func records(_ jsonl: String, name: String = "dump.jsonl") -> [CorpusDocument] {
  readArticles(Array(jsonl.utf8), name: name).documents
}

extension CorpusDocument {
  /// The file's bytes (decoded) that the first occurrence of `snippet` in the text came from.
  func fileSnippet(of snippet: String) -> String? {
    guard let offset = offset(of: snippet) else { return nil }
    return fileText[fileRange(of: offset..<offset + snippet.utf8.count)]
  }

  /// The blocks' texts.
  var blockTexts: [String] { blocks.map { text[$0.byteRange] } }
}

/// The (line, column) of byte `offset` of `text`, counted by hand: lines end at "\n", columns
/// count UTF-16 units, UTF-8 bytes or scalars of the line before the offset.
func naivePosition(of offset: Int, in text: String, encoding: PositionEncoding) -> LineColumn {
  let bytes = Array(text.utf8)
  var line = 0
  var lineStart = 0
  for index in 0..<offset where bytes[index] == 0x0A {
    line += 1
    lineStart = index + 1
  }
  let before = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
  let column: Int
  switch encoding {
  case .utf8: column = before.utf8.count
  case .utf16: column = before.utf16.count
  case .utf32: column = before.unicodeScalars.count
  }
  return LineColumn(line: line, column: column)
}

/// The byte offset of the first occurrence of `snippet` in `text`.
func byteOffset(of snippet: String, in text: String) -> Int? {
  let haystack = Array(text.utf8)
  let needle = Array(snippet.utf8)
  guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
  return (0...(haystack.count - needle.count)).first {
    haystack[$0..<$0 + needle.count].elementsEqual(needle)
  }
}
