@testable import Corpus

extension FuzzTarget {
  /// Saved web pages: any bytes named `.html` load as one document or are skipped with a
  /// reason; the document is well formed (`checkDocument`), its text valid UTF-8, every byte of
  /// it maps into the page, in the page's order, a byte copied from the page equal to the
  /// page's byte there; reading the page twice gives the same document.
  static let html = FuzzTarget(
    name: "html",
    summary: "saved web pages: a document whose every byte maps into the page in order, or a skip"
  ) { bytes in
    var violations = Violations()
    let first = readExtracted(bytes, name: "page.html")
    let second = readExtracted(bytes, name: "page.html")
    switch (first, second) {
    case (.failure(let reason), .failure):
      violations.expect(!reason.isEmpty, "skipped without a reason")
    case (.success(let documents), .success(let again)):
      guard documents.count == 1, let document = documents.first else {
        violations.add("a page gave \(documents.count) documents")
        break
      }
      checkDocument(document, &violations)
      checkOrigin(document, inOrder: true, &violations)
      violations.expect(
        again.first?.text.bytes == document.text.bytes && again.first?.blocks == document.blocks
          && again.first?.sentences == document.sentences && again.first?.url == document.url,
        "reading the same page twice gave different documents")
    default:
      violations.add("reading the same page twice gave a document once and a skip once")
    }
    return violations.list
  }

  /// JSON Lines dumps: any bytes named `.jsonl` load as documents, one per line that holds an
  /// article, or are skipped with a reason; each document is well formed, its every byte maps
  /// into its own line of the file (lines in order from document to document), a byte copied
  /// from the file equal to the file's byte there; the documents share one copy of the file.
  static let jsonl = FuzzTarget(
    name: "jsonl",
    summary: "JSON Lines dumps: documents each inside its own line of the file, or a skip"
  ) { bytes in
    var violations = Violations()
    switch readExtracted(bytes, name: "dump.jsonl") {
    case .failure(let reason):
      violations.expect(!reason.isEmpty, "skipped without a reason")
    case .success(let documents):
      violations.expect(!documents.isEmpty, "read with no document")
      let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
      violations.expect(documents.count <= lineCount, "more documents than lines")
      var previousLine = -1
      for (index, document) in documents.enumerated() {
        checkDocument(document, &violations)
        checkOrigin(document, inOrder: false, &violations)
        violations.expect(
          document.fileText.bytes == documents[0].fileText.bytes,
          "document \(index) has another copy of the file")
        // Every byte of the text comes from one line, after the previous document's.
        let file = document.fileText
        var lines = Set<Int>()
        for offset in 0..<document.text.bytes.count {
          let range = document.fileRange(of: offset..<offset + 1)
          if !range.isEmpty {
            lines.insert(file.lineIndex.line(containing: range.lowerBound))
          }
        }
        // A lone carriage return between a record's tokens also ends a line of the file.
        let first = lines.min() ?? previousLine + 1
        violations.expect(first > previousLine, "document \(index) starts on a line already read")
        previousLine = lines.max() ?? first
      }
    }
    return violations.list
  }

  /// The documents `bytes` give when read as a file named `name`, or why they were skipped.
  static func readExtracted(_ bytes: [UInt8], name: String) -> Result<[CorpusDocument], Skip> {
    switch CorpusLoader.outcome(relativePath: name, path: "/fuzz/" + name, raw: bytes) {
    case .documents(let documents, _): .success(documents)
    case .document(let document, _): .success([document])
    case .skipped(let skip): .failure(Skip(skip.reason))
    }
  }

  struct Skip: Error, Equatable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
    var isEmpty: Bool { reason.isEmpty }
  }

  /// The origin of a page's or a record's text: valid, inside the file, copies equal.
  static func checkOrigin(
    _ document: CorpusDocument, inOrder: Bool, _ violations: inout Violations
  ) {
    guard let origin = document.origin else {
      violations.add("a document taken out of a file has no origin")
      return
    }
    let file = origin.file.bytes
    let text = document.text.bytes
    violations.expect(
      String(validating: file, as: UTF8.self) != nil, "the file's text is not valid UTF-8")
    var previousStart = 0
    for offset in 0..<text.count {
      let range = origin.fileRange(of: offset..<offset + 1)
      guard range.lowerBound >= 0, range.upperBound <= file.count else {
        violations.add("text byte \(offset) maps to \(range), outside the file of \(file.count)")
        return
      }
      if origin.isCopied(textOffset: offset) {
        guard range.count == 1, file[range.lowerBound] == text[offset] else {
          violations.add("text byte \(offset), copied, is not the file's byte at \(range)")
          return
        }
      }
      if inOrder {
        guard range.lowerBound >= previousStart else {
          violations.add("text byte \(offset) maps to \(range), before byte \(offset - 1)'s")
          return
        }
        previousStart = range.lowerBound
      }
    }
    let whole = origin.fileRange(of: 0..<text.count)
    violations.expect(whole.upperBound <= file.count, "the whole text maps outside the file")
  }
}
