@testable import Corpus
@testable import Knowledge

extension FuzzTarget {
  /// Entity extraction on arbitrary text: the knowledge base builds from any corpus without
  /// trapping or hanging. The input is cut into up to three articles at 0xFF bytes (never part
  /// of UTF-8), so that names can meet across documents.
  static let entities = FuzzTarget(
    name: "entities",
    summary: "entity extraction on arbitrary text: builds from any corpus"
  ) { bytes in
    var violations = Violations()
    let parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
    let documents = parts.enumerated().map { index, part in
      DocumentParser.parse(
        id: index, relativePath: "\(index).txt", path: "/fuzz/\(index).txt",
        bytes: Array(String(decoding: part, as: UTF8.self).utf8))
    }
    let corpus = Corpus(root: "/fuzz", documents: documents, skipped: [])
    let knowledge = KnowledgeBase.build(corpus: corpus, log: { _ in })
    violations.expect(
      knowledge.corpus.documents.count == documents.count,
      "the knowledge base holds \(knowledge.corpus.documents.count) of \(documents.count) documents"
    )
    return violations.list
  }
}
