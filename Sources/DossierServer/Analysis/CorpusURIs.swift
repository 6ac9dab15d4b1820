import Corpus
import JSONRPC

/// The `file:` URI of every corpus document, percent-encoded and written as a JSON string,
/// built once per index: a references answer copies them instead of encoding a URI per
/// document per request (ten thousand for the most mentioned name of a large corpus).
struct CorpusURIs: Sendable {
  /// Every URI's JSON string, one after another.
  private let bytes: [UInt8]
  /// Where each document's URI starts in `bytes`, and one past the last.
  private let starts: [Int]

  init(corpus: Corpus) {
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    starts.reserveCapacity(corpus.documents.count + 1)
    for document in corpus.documents {
      JSONWriter.writeString(DocumentURI(filePath: document.path).string, into: &bytes)
      starts.append(bytes.count)
    }
    self.bytes = bytes
    self.starts = starts
  }

  /// Document `id`'s URI as a JSON string (with its quotes).
  subscript(id: Int) -> ArraySlice<UInt8> { bytes[starts[id]..<starts[id + 1]] }
}

extension AnalysisCache {
  func corpusURIs(index: IndexSnapshot) -> CorpusURIs {
    derived(CorpusURIs.self, index: index) { CorpusURIs(corpus: index.corpus) }
  }
}
