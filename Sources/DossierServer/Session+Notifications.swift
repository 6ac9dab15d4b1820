import JSONRPC

extension Session {
  /// What a notification does to the session, given its decoded params.
  typealias NotificationHandler = @Sendable (Session, Notification) -> Void

  /// The notifications that change the session beyond `exit` and `$/cancelRequest`, one line
  /// each: its type names the method and the params.
  static let notificationTable: [String: NotificationHandler] = Dictionary(
    uniqueKeysWithValues: [
      on(InitializedNotification.self) { session, _ in session.clientInitialized() },
      on(DidOpenNotification.self) { $0.didOpen($1) },
      on(DidChangeNotification.self) { $0.didChange($1) },
      on(DidCloseNotification.self) { $0.didClose($1) },
      on(DidSaveNotification.self) { _, _ in },
      on(DidChangeWatchedFilesNotification.self) { $0.watchedFilesChanged($1) },
    ])

  /// An entry of `notificationTable`: decodes `N.Params`, then runs `body`; a notification
  /// cannot be answered, so bad params are logged and the notification dropped.
  private static func on<N: LSPNotification>(
    _ type: N.Type, _ body: @escaping @Sendable (Session, N.Params) -> Void
  ) -> (String, NotificationHandler) {
    (
      N.method,
      { session, notification in
        do throws(ResponseError) {
          body(session, try decodeParams(N.Params.self, from: notification.params))
        } catch {
          session.logger.warning(
            "\(notification.method): \(error.message); notification ignored")
        }
      }
    )
  }

  /// `initialized`: indexing progress and the corpus watcher can start.
  func clientInitialized() {
    isClientInitialized = true
    startIndexingIfReady()
    registerCorpusWatcher()
  }
}
