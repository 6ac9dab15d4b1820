import Corpus
import JSONRPC
import Knowledge

@testable import DossierServer

/// The repository, from this file's location.
let writingRepositoryRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
  return path
}()

/// The seeds, read and learnt once for every test that needs real entities.
let seedsSnapshot: IndexSnapshot = snapshot(ofFolder: writingRepositoryRoot + "/seeds")

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

/// Text with emoji position markers: `"Kish1️⃣"` is `"Kish"` with `1️⃣` at byte 4.
struct MarkedDraft {
  let text: String
  let offsets: [String: Int]

  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  init(_ marked: String) {
    var text = ""
    var offsets: [String: Int] = [:]
    var rest = Substring(marked)
    outer: while !rest.isEmpty {
      for marker in Self.markers where rest.hasPrefix(marker) {
        offsets[marker] = text.utf8.count
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      text.append(rest.removeFirst())
    }
    self.text = text
    self.offsets = offsets
  }

  subscript(marker: String) -> Int { offsets[marker] ?? -1 }

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
