import JSONRPC

extension ErrorCode {
  /// LSP: the request was valid but could not be carried out.
  static let requestFailed = ErrorCode(rawValue: -32803)
}

/// Re-indexing: the `dossier.reindex` command (`workspace/executeCommand`), and corpus files
/// changed on disk (`workspace/didChangeWatchedFiles`, with the watcher registered for the
/// client when it can take a dynamic registration).
enum ReindexFeature {
  static let command = "dossier.reindex"
  static let watcherRegistrationID = "dossier/corpus-watcher"

  /// Starts a re-index and answers at once (`null`); progress follows as `$/progress`.
  static func executeCommand(_ params: ExecuteCommandParams, _ context: RequestContext) throws
    -> JSONValue
  {
    guard let reindexer = context.reindexer, reindexer.root != nil else {
      throw ResponseError(
        code: .requestFailed,
        message:
          "there is no corpus to index: pass --corpus DIR or set initializationOptions.corpus")
    }
    reindexer.request()
    return .null
  }

  /// True when `path` lies inside the corpus folder `root`.
  static func isInCorpus(_ path: String, root: String) -> Bool {
    let folder = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(folder)
  }

  /// The `client/registerCapability` params that watch every file under `root`: a relative
  /// pattern when the client supports one, else an absolute glob.
  static func watcherRegistration(root: String, relativePatterns: Bool) -> JSONValue {
    let folder = root.hasSuffix("/") ? String(root.dropLast()) : root
    let globPattern: JSONValue =
      relativePatterns
      ? ["baseUri": .string(DocumentURI(filePath: folder).string), "pattern": "**/*"]
      : .string(folder + "/**/*")
    return [
      "registrations": [
        [
          "id": .string(watcherRegistrationID), "method": "workspace/didChangeWatchedFiles",
          "registerOptions": ["watchers": [["globPattern": globPattern]]],
        ]
      ]
    ]
  }
}

extension Session {
  /// After `initialized`: asks the client to watch the corpus folder, when it can register
  /// watchers dynamically (clients that can't may still send the events they watch).
  func registerCorpusWatcher() {
    guard settings.isEnabled(.reindex), let root = reindexer.root,
      client.supportsWatcherRegistration
    else { return }
    let params = ReindexFeature.watcherRegistration(
      root: root,
      relativePatterns: client.supportsRelativePatterns)
    connection.sendRequest(method: "client/registerCapability", params: params) {
      [logger] reply in
      if case .failure(let error) = reply {
        logger.warning("the client refused to watch the corpus folder: \(error.message)")
      }
    }
  }

  /// Files changed on disk: a re-index when any of them is in the corpus.
  func watchedFilesChanged(_ params: DidChangeWatchedFilesParams) {
    guard settings.isEnabled(.reindex), let root = reindexer.root else { return }
    let changed = params.changes.compactMap(\.uri.fileSystemPath).filter {
      ReindexFeature.isInCorpus($0, root: root)
    }
    guard !changed.isEmpty else { return }
    logger.info(
      "\(changed.count) corpus file\(changed.count == 1 ? "" : "s") changed on disk; re-indexing")
    reindexer.request()
  }
}
