import Corpus
import JSONRPC

extension ErrorCode {
  /// LSP: a request arrived before `initialize`.
  static let serverNotInitialized = ErrorCode(rawValue: -32002)
}

extension Session {
  func initialize(_ params: InitializeParams) throws -> JSONValue {
    client = params.capabilities ?? .none
    encoding = Self.negotiateEncoding(offered: client.positionEncodings)
    analysis.cardFormat.withLock { $0 = !client.prefersPlainTextHover }
    var problems: [String] = []
    settings = Settings(initializationOptions: params.initializationOptions, problems: &problems)
    startDiagnostics(&problems)
    if let level = options.logLevel ?? settings.logLevel { logger.level = level }
    logger.connectClient { [connection] level, text in
      let type: MessageType = level == .error ? .error : level == .warning ? .warning : .info
      connection.send(
        Notification(
          method: "window/logMessage",
          params: ["type": .int(type.rawValue), "message": .string(text)]))
    }
    workspaceRoot = Self.workspaceRoot(of: params)
    let locator = CorpusLocator(
      commandLineCorpus: options.corpus, executablePath: options.executablePath)
    for problem in problems { logger.warning(problem) }
    if let problem = settings.unknownFeaturesProblem { showMessage(.warning, problem) }
    // What is wrong with the corpus chosen is shown, not only logged: the server then reads
    // another folder than the one the user (or the workspace) named.
    var corpusProblems: [String] = []
    let choice = locator.locate(
      initializationCorpus: settings.corpus, workspaceRoot: workspaceRoot,
      problems: &corpusProblems)
    for problem in corpusProblems {
      logger.warning(problem)
      showMessage(.warning, problem)
    }
    lifecycle = .running
    if let choice {
      corpusRoot = choice.path
      logger.info("corpus: \(choice.path) (from \(choice.source.rawValue))")
    } else {
      showMessage(
        .error, "Dossier found no corpus: pass --corpus DIR or set initializationOptions.corpus.")
    }
    indexer.useCache(indexCache())
    indexer.followLinksOutside(options.followLinksOutside || settings.followLinksOutside == true)
    startIndexingIfReady()
    return [
      "capabilities": capabilities,
      "serverInfo": ["name": "dossier", "version": .string(options.version)],
    ]
  }

  /// utf-8 when offered, else utf-32 when offered, else utf-16 (the LSP default).
  static func negotiateEncoding(offered: [String]) -> PositionEncoding {
    if offered.contains(PositionEncoding.utf8.rawValue) { return .utf8 }
    if offered.contains(PositionEncoding.utf32.rawValue) { return .utf32 }
    return .utf16
  }

  static func workspaceRoot(of params: InitializeParams) -> String? {
    if let folder = params.workspaceFolders?.first?.uri.fileSystemPath { return folder }
    if let root = params.rootUri?.fileSystemPath { return root }
    if let path = params.rootPath, path.hasPrefix("/") { return path }
    return nil
  }

  var capabilities: JSONValue {
    var capabilities: [String: JSONValue] = [
      "positionEncoding": .string(encoding.rawValue),
      "textDocumentSync": [
        "openClose": true, "change": 2, "save": ["includeText": false],
      ],
    ]
    var experimental: [String: JSONValue] = [:]
    for entry in table.capabilities where settings.isEnabled(entry.feature) {
      capabilities[entry.key] = entry.value
    }
    for entry in table.experimental where settings.isEnabled(entry.feature) {
      experimental[entry.method] = true
    }
    capabilities["experimental"] = .object(experimental)
    let commands = table.commands.names(enabledBy: settings)
    if !commands.isEmpty, settings.isEnabled(.executeCommand) {
      capabilities["executeCommandProvider"] = ["commands": .array(commands.map(JSONValue.string))]
    }
    return .object(capabilities)
  }

  /// Starts the first index as soon as the corpus is known. Progress is reported once the
  /// client has said `initialized` (a token can't be created before).
  func startIndexingIfReady() {
    guard lifecycle == .running else { return }
    if !isIndexingStarted {
      isIndexingStarted = true
      reindexer.start(root: corpusRoot)
    }
    if isClientInitialized {
      reindexer.clientIsReady(supportsProgress: client.supportsWorkDoneProgress)
    }
  }
}
