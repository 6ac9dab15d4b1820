import Corpus
import JSONRPC
import Knowledge
import TestSupport

@testable import DossierServer

/// The seeds, read and learnt once for every test that needs real entities.
let seedsSnapshot: IndexSnapshot = snapshot(ofFolder: repositoryRoot + "/seeds")

func snapshot(ofFolder root: String) -> IndexSnapshot {
  let corpus = (try? CorpusLoader.load(root: root)) ?? .empty
  return IndexSnapshot(
    knowledge: KnowledgeBase.build(corpus: corpus, log: { _ in }), status: .ready, generation: 1)
}

/// A corpus of articles given as text, as `DocumentParser` reads them, and its index.
func snapshot(ofArticles articles: [String]) -> IndexSnapshot {
  let documents = articles.enumerated().map { id, text in
    DocumentParser.parse(
      id: id, relativePath: "\(id).txt", path: "/corpus/\(id).txt", bytes: Array(text.utf8))
  }
  let corpus = Corpus(root: "/corpus", documents: documents, skipped: [])
  return IndexSnapshot(
    knowledge: KnowledgeBase.build(corpus: corpus, log: { _ in }), status: .ready, generation: 1)
}

/// A request context over `index` with `text` open as `uri`.
func writingContext(
  _ index: IndexSnapshot, open text: String, uri: String = "file:///drafts/report.txt",
  languageId: String = "plaintext", version: Int = 1, encoding: PositionEncoding = .utf16,
  client: JSONValue = [:], options: JSONValue? = nil
) -> (RequestContext, DocumentURI) {
  let documentURI = DocumentURI(string: uri)
  let document = OpenDocument(
    uri: documentURI, languageId: languageId, version: version, text: SourceText(text))
  var problems: [String] = []
  let context = RequestContext(
    index: index, documents: [documentURI: document], encoding: encoding,
    client: ClientCapabilities(raw: client),
    settings: Settings(initializationOptions: options, problems: &problems),
    analysis: AnalysisCache())
  return (context, documentURI)
}

extension MarkedText {
  /// The LSP position of a marker.
  func position(_ marker: String, _ encoding: PositionEncoding = .utf16) -> Position {
    SourceText(text).lspPosition(ofByteOffset: self[marker], encoding)
  }
}

/// A place with one name per side: `name` used by `side`, `alias` by `aliasSide`.
func makeSidedPlace(
  _ id: Int, _ name: String, side: String, alias: String, aliasSide: String,
  variants: [String] = []
) -> Entity {
  makeEntity(
    id, name, .place, usedBy: [side],
    aliases: [Alias(name: alias, usedBy: [aliasSide])] + variants.map { Alias(name: $0) })
}
