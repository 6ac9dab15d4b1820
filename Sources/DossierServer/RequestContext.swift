import Corpus
import JSONRPC
import Knowledge

/// Everything a request handler may read: an immutable snapshot of the index, the open
/// documents, and what was negotiated with the client. Handlers are plain functions of
/// (params, context) → result.
struct RequestContext: Sendable {
  let index: IndexSnapshot
  let documents: [DocumentURI: OpenDocument]
  let encoding: PositionEncoding
  let client: ClientCapabilities
  let settings: Settings
  /// Matches of open documents and corpus paths, computed once and shared.
  let analysis: AnalysisCache
  /// Starts re-indexing (`dossier.reindex`); nil outside a session.
  var reindexer: Reindexer? = nil
  /// Sends requests to the client (`workspace/applyEdit`); nil outside a session.
  var clientRequests: ClientRequests? = nil

  var knowledge: KnowledgeBase { index.knowledge }
}

/// Requests a handler sends to the client. The answer comes later, on the read loop, so a
/// handler never waits for it: it answers its own request first.
struct ClientRequests: Sendable {
  let send:
    @Sendable (_ method: String, _ params: JSONValue, _ reply: @escaping Connection.ReplyHandler) ->
      Void
  /// Where a refusal by the client is reported (the log, which reaches the client's too).
  let warn: @Sendable (String) -> Void

  /// Asks the client to apply `edit` (`workspace/applyEdit`); a refusal or a failure is logged.
  func applyEdit(label: String, edit: JSONValue) {
    send("workspace/applyEdit", ["label": .string(label), "edit": edit]) { [warn] reply in
      switch reply {
      case .success(let result) where result["applied"]?.boolValue == false:
        let reason = result["failureReason"]?.stringValue.map { ": \($0)" } ?? ""
        warn("the editor did not apply “\(label)”\(reason)")
      case .failure(let error):
        warn("the editor did not apply “\(label)”: \(error.message)")
      case .success:
        break
      }
    }
  }
}
