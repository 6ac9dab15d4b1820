/// Pages and dumps: files whose articles are taken out of markup or records.
extension CorpusLoader {
  /// The articles a page or a dump gave, with notes for the log.
  struct Extraction {
    var pages: [ExtractedPage]
    var notes: [String]
  }

  /// Decodes a page or a dump already read and takes its articles out (`HTMLReader`,
  /// `JSONLinesReader`), without parsing their texts: what a build parses and what a restore
  /// puts its stored parts on. A file with no article is a skip.
  static func extract(kind: CorpusFileKind, relativePath: String, raw: [UInt8]) -> Result<
    Extraction, SkippedFile
  > {
    func skip(_ reason: String) -> Result<Extraction, SkippedFile> {
      .failure(SkippedFile(relativePath: relativePath, reason: reason))
    }
    switch kind {
    case .text:
      return skip("not a page or a dump")
    case .page:
      switch HTMLCharset.decode(raw) {
      case .failure(let problem): return skip(problem.description)
      case .success(let decoded):
        let file = SourceText(bytes: decoded.text.bytes)
        guard let page = HTMLReader.extract(file: file) else {
          return skip("no text in the page")
        }
        var notes: [String] = []
        if let note = decoded.note { notes.append("corpus: \(relativePath): \(note)") }
        if let note = replacementNote(decoded.text, relativePath) { notes.append(note) }
        return .success(Extraction(pages: [page], notes: notes))
      }
    case .records:
      switch TextDecoding.decode(raw) {
      case .failure(let problem): return skip(problem.description)
      case .success(let decoded):
        let file = SourceText(bytes: decoded.bytes)
        let result = JSONLinesReader.read(file: file)
        guard !result.pages.isEmpty else { return skip(JSONLinesReader.emptyReason(result)) }
        var notes = JSONLinesReader.notes(result, relativePath: relativePath)
        if let note = replacementNote(decoded, relativePath) { notes.insert(note, at: 0) }
        return .success(Extraction(pages: result.pages, notes: notes))
      }
    }
  }

  /// The log's note on invalid UTF-8 replaced, as for a text file.
  static func replacementNote(_ decoded: DecodedText, _ relativePath: String) -> String? {
    let count = decoded.replacedSequenceCount
    guard count > 0 else { return nil }
    return
      "corpus: \(relativePath): replaced \(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") "
      + "with U+FFFD"
  }
}
