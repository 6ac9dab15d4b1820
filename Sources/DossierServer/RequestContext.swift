import Corpus
import JSONRPC
import Knowledge

/// Everything a request handler may read: an immutable snapshot of the index, the open
/// documents, and what was negotiated with the client. Handlers are plain functions of
/// (params, context) → result.
public struct RequestContext: Sendable {
  public let index: IndexSnapshot
  public let documents: [DocumentURI: OpenDocument]
  public let encoding: PositionEncoding
  public let client: ClientCapabilities
  public let settings: Settings
  /// Matches of open documents and corpus paths, computed once and shared.
  public let analysis: AnalysisCache
  /// Starts re-indexing (`dossier.reindex`); nil outside a session.
  var reindexer: Reindexer? = nil

  public var knowledge: KnowledgeBase { index.knowledge }
}
