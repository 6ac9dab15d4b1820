import JSONRPC

/// An indexing run that could not read the corpus (the folder was deleted, renamed or became
/// unreadable), and the index the server answers from after it.
///
/// A re-index that fails keeps the index it would have replaced: the articles the writer was
/// working from are still worth answering from, where an empty index would silently take every
/// hover, definition and diagnostic away. Only a run with nothing read before it (the first
/// one, or one after a failure) installs an empty index.
struct IndexFailure: Sendable {
  let reason: String
  /// The index kept in service; nil when there was none and an empty index was installed.
  let kept: IndexSnapshot?

  /// `current` when it was read from a corpus and is worth keeping over an empty index.
  static func keepable(_ current: IndexSnapshot) -> IndexSnapshot? {
    current.corpus.root.isEmpty ? nil : current
  }

  /// For `window/showMessage`.
  var userMessage: String {
    guard let kept else {
      return "Dossier cannot read its corpus: \(reason). It keeps answering from an empty index."
    }
    let documents = kept.corpus.documents.count
    return
      "Dossier could not re-index its corpus: \(reason). It keeps answering from the previous "
      + "index (\(documents) document\(documents == 1 ? "" : "s"))."
  }

  /// For the end of the run's work-done progress.
  var progressMessage: String {
    kept == nil
      ? "No corpus: \(reason)" : "Re-indexing failed: \(reason); answering from the previous index"
  }

  /// Tells the user, as an error (nothing to answer from) or a warning (the previous index).
  func report(to connection: Connection) {
    let type: MessageType = kept == nil ? .error : .warning
    connection.send(
      Notification(
        method: "window/showMessage",
        params: ["type": .int(type.rawValue), "message": .string(userMessage)]))
  }
}
