/// `dossier/status`: where indexing stands, for scripts that want to wait for the index.
struct StatusRequest: LSPRequest {
  static let method = "dossier/status"
  typealias Params = NoParams

  struct Response: Encodable, Sendable {
    /// "indexing", "ready" or "failed".
    var state: String
    var corpus: String?
    var documents: Int
    var skipped: Int
    var message: String?
    /// The index cache: "restored" (this index came from it), "writing", "written", "failed",
    /// "off" or "none".
    var cache: String
    /// "running" while work that follows an index swap (the quotation index, hover cards)
    /// still shares the cores with requests, else "done".
    var warmUp: String
  }

  static func handle(_ params: NoParams, _ context: RequestContext) -> Response {
    let corpus = context.index.corpus
    var response = Response(
      state: "ready", corpus: corpus.root.isEmpty ? nil : corpus.root,
      documents: corpus.documents.count, skipped: corpus.skipped.count, message: nil,
      cache: context.index.cache.rawValue,
      warmUp: context.analysis.isWarmingUp(at: context.index.generation) ? "running" : "done")
    switch context.index.status {
    case .ready: break
    case .indexing(let done, let total):
      response.state = "indexing"
      response.message = "\(done) of \(total) documents"
    case .failed(let reason):
      response.state = "failed"
      response.message = reason
    }
    return response
  }
}
