import Corpus
import JSONRPC
import Knowledge

/// A document a request is about, with the names found in it: an open document (the report,
/// as the editor has it now) or a corpus file that is not open.
struct AnalyzedDocument: Sendable {
  let uri: DocumentURI
  let text: SourceText
  /// Every name found, sorted by position, not overlapping.
  let matches: [TextMatch]
  /// The corpus document this is, when it is one (a JSON Lines file's first article).
  let corpusDocumentID: Int?
  /// Every corpus document of this file: one, or a JSON Lines file's articles; empty when the
  /// document is no corpus file.
  let corpusDocumentIDs: Range<Int>

  init(
    uri: DocumentURI, text: SourceText, matches: [TextMatch], corpusDocumentID: Int?,
    corpusDocumentIDs: Range<Int>? = nil
  ) {
    self.uri = uri
    self.text = text
    self.matches = matches
    self.corpusDocumentID = corpusDocumentID
    self.corpusDocumentIDs =
      corpusDocumentIDs ?? corpusDocumentID.map { $0..<($0 + 1) } ?? 0..<0
  }

  /// The name at `byteOffset`: the one that contains it, else the one that ends there (a
  /// cursor just after a word still means that word).
  func match(at byteOffset: Int) -> TextMatch? {
    var low = 0
    var high = matches.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = matches[middle].byteRange
      if byteOffset < range.lowerBound {
        high = middle - 1
      } else if byteOffset >= range.upperBound {
        low = middle + 1
      } else {
        return matches[middle]
      }
    }
    // `high` is now the last match that ends at or before the offset.
    if high >= 0, matches[high].byteRange.upperBound == byteOffset { return matches[high] }
    return nil
  }

  /// The matches that overlap `byteRange`, in order.
  func matches(overlapping byteRange: Range<Int>) -> ArraySlice<TextMatch> {
    var low = 0
    var high = matches.count
    while low < high {
      let middle = (low + high) / 2
      if matches[middle].byteRange.upperBound <= byteRange.lowerBound {
        low = middle + 1
      } else {
        high = middle
      }
    }
    var end = low
    while end < matches.count, matches[end].byteRange.lowerBound < byteRange.upperBound { end += 1 }
    return matches[low..<end]
  }
}

extension RequestContext {
  /// The document named by `uri`: the open one if the client opened it, else the corpus file
  /// at that path. Dossier never reads any other file, whatever the URI names.
  ///
  /// A saved page or a dump is its file as the editor shows it, with the index's names of its
  /// articles placed in the file (`CorpusFileMatches`), when it is not open or is open as it
  /// is on disk; edited, it is matched as any open text.
  func document(_ uri: DocumentURI) throws(ResponseError) -> AnalyzedDocument {
    let corpusIDs = uri.fileSystemPath.flatMap {
      analysis.corpusDocumentIDs(forPath: $0, index: index)
    }
    let extracted = corpusIDs.map { index.corpus.documents[$0.lowerBound] }.flatMap {
      $0.origin == nil ? nil : $0
    }
    if let open = documents[uri] {
      if let corpusIDs, let extracted, open.text.bytes == extracted.fileText.bytes {
        return AnalyzedDocument(
          uri: uri, text: open.text, matches: fileMatches(of: corpusIDs),
          corpusDocumentID: corpusIDs.lowerBound, corpusDocumentIDs: corpusIDs)
      }
      return AnalyzedDocument(
        uri: uri, text: open.text, matches: analysis.matches(for: open, index: index),
        corpusDocumentID: corpusIDs?.lowerBound, corpusDocumentIDs: corpusIDs)
    }
    if let corpusIDs {
      if let extracted {
        return AnalyzedDocument(
          uri: uri, text: extracted.fileText, matches: fileMatches(of: corpusIDs),
          corpusDocumentID: corpusIDs.lowerBound, corpusDocumentIDs: corpusIDs)
      }
      return AnalyzedDocument(
        uri: uri, text: index.corpus.documents[corpusIDs.lowerBound].text,
        matches: knowledge.mentions(inDocument: corpusIDs.lowerBound),
        corpusDocumentID: corpusIDs.lowerBound, corpusDocumentIDs: corpusIDs)
    }
    throw ResponseError.invalidParams(
      "textDocument.uri: \(uri) is neither open nor a file of the corpus")
  }

  /// The names of a page's or a dump's articles, placed in their file.
  func fileMatches(of documentIDs: Range<Int>) -> [TextMatch] {
    analysis.derived(CorpusFileMatches.self, index: index) { CorpusFileMatches() }
      .matches(of: documentIDs, knowledge: knowledge)
  }

  func entity(_ id: Int) -> Entity { knowledge.entities[id] }

  /// The LSP location of bytes of a corpus document: in its file (a saved page's, a dump's
  /// bytes where the text came from), in the negotiated encoding.
  func location(documentID: Int, byteRange: Range<Int>) -> Location {
    let document = index.corpus.documents[documentID]
    return Location(
      uri: DocumentURI(filePath: document.path),
      range: document.fileText.lspRange(ofBytes: document.fileRange(of: byteRange), encoding))
  }

  func location(of sentence: SentenceRef) -> Location {
    location(documentID: sentence.documentID, byteRange: sentence.byteRange)
  }

  /// "file.txt:12", for people: the path relative to the corpus and the 1-based line of the
  /// file.
  func citation(of sentence: SentenceRef) -> String {
    let document = index.corpus.documents[sentence.documentID]
    let line = document.fileLine(of: sentence.byteRange.lowerBound) + 1
    return "\(document.relativePath):\(line)"
  }
}
