import Corpus

// Stand-in until the knowledge layer lands; same shape as its KnowledgeBase.
public final class KnowledgeBase: Sendable {
  public let corpus: Corpus
  public init(corpus: Corpus) { self.corpus = corpus }
  public static func build(corpus: Corpus, log: (String) -> Void) -> KnowledgeBase {
    KnowledgeBase(corpus: corpus)
  }
  public var entityCount: Int { 0 }
}
