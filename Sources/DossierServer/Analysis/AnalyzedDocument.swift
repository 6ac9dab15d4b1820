import Corpus
import JSONRPC
import Knowledge

/// A document a request is about, with the names found in it: an open document (the report,
/// as the editor has it now) or a corpus file that is not open.
public struct AnalyzedDocument: Sendable {
  public let uri: DocumentURI
  public let text: SourceText
  /// Every name found, sorted by position, not overlapping.
  public let matches: [TextMatch]
  /// The corpus document this is, when it is one.
  public let corpusDocumentID: Int?

  /// The name at `byteOffset`: the one that contains it, else the one that ends there (a
  /// cursor just after a word still means that word).
  public func match(at byteOffset: Int) -> TextMatch? {
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
  public func matches(overlapping byteRange: Range<Int>) -> ArraySlice<TextMatch> {
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
  public func document(_ uri: DocumentURI) throws(ResponseError) -> AnalyzedDocument {
    let corpusID = uri.fileSystemPath.flatMap {
      analysis.corpusDocumentID(forPath: $0, index: index)
    }
    if let open = documents[uri] {
      return AnalyzedDocument(
        uri: uri, text: open.text, matches: analysis.matches(for: open, index: index),
        corpusDocumentID: corpusID)
    }
    if let corpusID {
      return AnalyzedDocument(
        uri: uri, text: index.corpus.documents[corpusID].text,
        matches: knowledge.mentions(inDocument: corpusID), corpusDocumentID: corpusID)
    }
    throw ResponseError.invalidParams(
      "textDocument.uri: \(uri) is neither open nor a file of the corpus")
  }

  public func entity(_ id: Int) -> Entity { knowledge.entities[id] }

  /// The LSP location of bytes of a corpus document.
  public func location(documentID: Int, byteRange: Range<Int>) -> Location {
    let document = index.corpus.documents[documentID]
    return Location(
      uri: DocumentURI(filePath: document.path),
      range: document.text.lspRange(ofBytes: byteRange, encoding))
  }

  public func location(of sentence: SentenceRef) -> Location {
    location(documentID: sentence.documentID, byteRange: sentence.byteRange)
  }

  /// "file.txt:12", for people: the path relative to the corpus and the 1-based line.
  public func citation(of sentence: SentenceRef) -> String {
    let document = index.corpus.documents[sentence.documentID]
    let line = document.text.lineIndex.line(containing: sentence.byteRange.lowerBound) + 1
    return "\(document.relativePath):\(line)"
  }
}
