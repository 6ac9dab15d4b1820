import Corpus
import JSONRPC
import Knowledge

/// The LSP session: lifecycle, negotiation, open documents, and dispatch of every other
/// request to the handlers in `RequestTable`.
///
/// All methods run on the connection's read loop, one message at a time, so the session's
/// mutable state needs no lock; indexing runs elsewhere and publishes through `IndexStore`.
public final class Session: MessageHandler {
  public struct Options: Sendable {
    /// `--corpus`: wins over every other way of choosing the corpus.
    public var corpus: String?
    /// `--log-level`: wins over `initializationOptions.logLevel`.
    public var logLevel: LogLevel?
    public var executablePath: String?
    public var version: String
    /// Whether the index is read from and written to the index cache (`dossier lsp` turns it
    /// on, `--no-cache` off). Off unless asked for, so a session made in a test or another
    /// program never writes into the user's cache folder.
    public var useCache = false
    /// `--cache-dir`: where the index cache lives (default `$XDG_CACHE_HOME/dossier`, else
    /// `~/.cache/dossier`).
    public var cacheDirectory: String?
    /// `--follow-links-outside`: links in the corpus whose targets lie outside it are read
    /// too (also `initializationOptions.followLinksOutside`; never from a workspace file).
    public var followLinksOutside = false
    /// A test hook: the first index run waits this long before it starts (environment
    /// `DOSSIER_TEST_FIRST_INDEX_DELAY_MS`), so tests can ask while no index is in service.
    public var firstIndexDelayForTesting: Double = 0

    public init(
      corpus: String? = nil, logLevel: LogLevel? = nil,
      executablePath: String? = CorpusLocator.currentExecutable(), version: String,
      useCache: Bool = false, cacheDirectory: String? = nil
    ) {
      self.corpus = corpus
      self.logLevel = logLevel
      self.executablePath = executablePath
      self.version = version
      self.useCache = useCache
      self.cacheDirectory = cacheDirectory
    }
  }

  enum Lifecycle {
    case awaitingInitialize
    case running
    case shutDown
  }

  let connection: Connection
  let logger: Logger
  let options: Options
  let table: RequestTable
  let store = IndexStore()
  let analysis = AnalysisCache()
  let indexer: Indexer
  let reindexer: Reindexer
  /// Pushes diagnostics once `initialize` has chosen the settings (nil while they are off).
  let diagnostics = DiagnosticsSlot()
  /// Requests held until the first index is in service.
  let firstIndex: FirstIndexWait

  var lifecycle = Lifecycle.awaitingInitialize
  var encoding = PositionEncoding.utf16
  var client = ClientCapabilities.none
  var settings = Settings()
  var workspaceRoot: String?
  var corpusRoot: String?
  var isClientInitialized = false
  var isIndexingStarted = false
  var documents: [DocumentURI: OpenDocument] = [:]

  /// Set by `exit`: 0 after `shutdown`, 1 otherwise.
  public private(set) var exitCode: Int32?
  public var isFinished: Bool { exitCode != nil }
  /// The exit code when the input ends without `exit`.
  public var exitCodeAtEndOfInput: Int32 { lifecycle == .shutDown ? 0 : 1 }

  public convenience init(connection: Connection, logger: Logger, options: Options) {
    self.init(connection: connection, logger: logger, options: options, table: .standard)
  }

  init(connection: Connection, logger: Logger, options: Options, table: RequestTable) {
    self.connection = connection
    self.logger = logger
    self.options = options
    self.table = table
    self.indexer = Indexer(
      store: store, logger: logger, firstRunDelay: options.firstIndexDelayForTesting)
    let firstIndex = FirstIndexWait(store: store, connection: connection, logger: logger)
    self.firstIndex = firstIndex
    self.reindexer = Reindexer(
      indexer: indexer, store: store, connection: connection, logger: logger,
      onFailure: { [connection] failure in failure.report(to: connection) },
      onInstalled: { [diagnostics, analysis, store, firstIndex] snapshot in
        // Requests that waited for the first index are answered before anything else.
        firstIndex.indexInService()
        // The quotation index first (in the background): definitions and the misquotation
        // check wait for it. Then the tables the refreshed diagnostics need, then the cards
        // hovers will most likely ask for.
        analysis.warmingUp(after: snapshot) {
          analysis.prepareQuoteFinder(index: snapshot)
          let publisher = diagnostics.publisher
          analysis.warmUp(snapshot, diagnostics: publisher != nil)
          publisher?.refreshAll()
          analysis.warmCardsInBackground(snapshot) {
            store.snapshot.generation == snapshot.generation
          }
        }
      })
  }

  // MARK: - Requests

  /// The answer as a value: the encoded answer parsed back (for tests and in-process callers;
  /// the connection takes `encodedReply(to:)`).
  public func handle(_ request: Request) throws -> JSONValue {
    try encodedReply(to: request).parsed()
  }

  /// Answers now, but for a request that reads the index while none has been in service yet:
  /// that one waits for the first index (`FirstIndexWait`), against the open documents as
  /// they are now. Inside a batch (which LSP clients do not send) it is answered at once.
  public func answer(to request: Request, mayDefer: Bool) throws -> Answer {
    guard mayDefer, lifecycle == .running, settings.firstIndexWait > 0,
      store.snapshot.generation == 0, let entry = table.entry(for: request.method),
      entry.needsIndex, settings.isEnabled(entry.feature)
    else { return .now(try encodedReply(to: request)) }
    let (method, params, makeContext) = (request.method, request.params, contextMaker)
    let waiting = FirstIndexWait.Waiting(method: method) { index in
      do {
        return .success(try entry.handler(params, makeContext(index)))
      } catch let error as ResponseError {
        return .failure(error)
      } catch {
        return .failure(.internalError("\(method) failed: \(error)"))
      }
    }
    if firstIndex.hold(request.id, waiting, seconds: settings.firstIndexWait) { return .later }
    return .now(try encodedReply(to: request))
  }

  public func encodedReply(to request: Request) throws -> EncodedJSON {
    switch lifecycle {
    case .awaitingInitialize:
      guard request.method == "initialize" else {
        throw ResponseError(
          code: .serverNotInitialized,
          message: "the server is not initialized: send \"initialize\" first")
      }
      return EncodedJSON(try initialize(decodeParams(InitializeParams.self, from: request.params)))
    case .shutDown:
      throw ResponseError.invalidRequest("the server is shut down: only \"exit\" is accepted")
    case .running:
      break
    }
    switch request.method {
    case "initialize":
      throw ResponseError.invalidRequest("the server is already initialized")
    case "shutdown":
      // Requests still waiting for the first index are answered first, from what is in service.
      firstIndex.answerAllNow()
      lifecycle = .shutDown
      indexer.finishCacheWrite()
      return .null
    default:
      guard let entry = table.entry(for: request.method) else {
        throw ResponseError.methodNotFound(request.method)
      }
      guard settings.isEnabled(entry.feature) else {
        throw ResponseError(
          code: .methodNotFound,
          message:
            "\(request.method) is switched off (initializationOptions.features.\(entry.feature.rawValue))"
        )
      }
      return try entry.handler(request.params, context)
    }
  }

  /// What handlers see: the current index snapshot and the open documents.
  var context: RequestContext { contextMaker(store.snapshot) }

  /// What handlers see, with the open documents as they are now and the index given later.
  var contextMaker: @Sendable (IndexSnapshot) -> RequestContext {
    let (documents, encoding, client, settings) = (documents, encoding, client, settings)
    let (analysis, reindexer, connection, logger) = (analysis, reindexer, connection, logger)
    return { index in
      RequestContext(
        index: index, documents: documents, encoding: encoding, client: client,
        settings: settings, analysis: analysis, reindexer: reindexer,
        clientRequests: ClientRequests(
          send: { method, params, reply in
            connection.sendRequest(method: method, params: params, reply: reply)
          },
          warn: { line in logger.warning(line) }))
    }
  }

  // MARK: - Notifications

  public func handle(_ notification: Notification) {
    if notification.method == "exit" {
      exitCode = lifecycle == .shutDown ? 0 : 1
      return
    }
    // A request waiting for the first index ends at once when cancelled (the connection
    // cancels only the requests it has not yet handed over).
    if notification.method == "$/cancelRequest", let rawID = notification.params?["id"],
      let id = RequestID(json: rawID)
    {
      _ = firstIndex.cancel(id)
      return
    }
    // Before initialize every notification but exit is dropped; `$/` ones are optional
    // protocol extras that need no answer.
    guard lifecycle != .awaitingInitialize, !notification.method.hasPrefix("$/") else { return }
    guard let handler = Self.notificationTable[notification.method] else {
      logger.debug("ignoring notification \(notification.method)")
      return
    }
    handler(self, notification)
  }

  // MARK: - Messages to the client

  func showMessage(_ type: MessageType, _ message: String) {
    connection.send(
      Notification(
        method: "window/showMessage",
        params: ["type": .int(type.rawValue), "message": .string(message)]))
  }
}
