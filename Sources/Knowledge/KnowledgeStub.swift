import Corpus

// STAND-IN, to be deleted by the knowledge layer when its KnowledgeBase lands: the agreed API
// with no knowledge, so the server features can be built against it meanwhile.
public final class KnowledgeBase: Sendable {
  public let corpus: Corpus
  public let entities: [Entity]
  init(corpus: Corpus) {
    self.corpus = corpus
    self.entities = []
  }
  public static func build(corpus: Corpus, log: (String) -> Void) -> KnowledgeBase {
    KnowledgeBase(corpus: corpus)
  }
  public func entity(key: String) -> Entity? { nil }
  public func matches(in bytes: [UInt8]) -> [TextMatch] { [] }
  public func mentions(inDocument id: Int) -> [TextMatch] { [] }
  public func lookup(_ query: String, limit: Int) -> [LookupHit] { [] }
  public func sentenceText(_ ref: SentenceRef) -> String { "" }
}
