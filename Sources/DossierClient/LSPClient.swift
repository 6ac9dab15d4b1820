import Base
import JSONRPC

/// A small synchronous LSP session with a spawned `dossier lsp`: spawn, initialize (with
/// work-done progress), wait for the index, send requests one at a time, shut down.
///
/// Every answer comes over the server's stdout; the client never calls into the server's
/// libraries. Each step has a time limit, so a silent or dead server becomes an error that
/// carries the server's own stderr, never a hang.
public final class LSPClient {
  public struct Options {
    /// The `dossier` executable, started as `dossier lsp`.
    public var executable: String
    /// `--corpus` for the server; nil lets the server choose (workspace config, then seeds).
    public var corpus: String?
    /// The workspace root sent in `initialize` (where `.dossier.json` is looked for).
    public var rootPath: String?
    /// Limit for starting and indexing, and for each request.
    public var timeoutSeconds: Double = 60
    /// Receives what the server logs (its stderr, `window/logMessage`, progress) and the
    /// client's own steps; nil discards them.
    public var log: ((String) -> Void)?
    /// Receives `window/showMessage` warnings and errors: the user must see those even
    /// without `--verbose` (an unreadable corpus, say).
    public var warn: (String) -> Void = { _ in }
    public var clientVersion = "0"

    public init(executable: String) {
      self.executable = executable
    }
  }

  public let options: Options
  public let channel: MessageChannel
  /// The position encoding the server chose: "utf-8", "utf-16" or "utf-32".
  public private(set) var positionEncoding = "utf-16"
  /// The server's `capabilities` from `initialize`.
  public private(set) var capabilities: JSONValue = .object([:])
  private var nextID = 1
  private var finishedProgressTokens: Set<JSONValue> = []
  private var loggedBytes = 0
  private var openedURIs: Set<String> = []

  /// Starts `dossier lsp`; nothing is sent yet.
  public init(options: Options) throws(ClientError) {
    self.options = options
    var arguments = ["lsp"]
    if let corpus = options.corpus { arguments += ["--corpus", corpus] }
    do {
      channel = MessageChannel(
        process: try ServerProcess(executable: options.executable, arguments: arguments))
    } catch {
      throw .cannotStart("\(error)")
    }
    options.log?("started \(options.executable) \(arguments.joined(separator: " "))")
  }

  deinit {
    channel.process.terminate()
  }

  // MARK: - Lifecycle

  /// `initialize` then `initialized`. The client offers utf-32 first: its columns are then
  /// characters, as editors show them, with no conversion.
  public func initialize() throws(ClientError) {
    var params: [String: JSONValue] = [
      "processId": .int(Int(getpid())),
      "clientInfo": ["name": "dossier-client", "version": .string(options.clientVersion)],
      "capabilities": [
        "general": ["positionEncodings": ["utf-32", "utf-16"]],
        "window": ["workDoneProgress": true, "showMessage": [:]],
        "textDocument": [
          "synchronization": ["didSave": false],
          "hover": ["contentFormat": ["plaintext", "markdown"]],
          "definition": ["linkSupport": false],
          "references": [:],
        ],
        "workspace": ["symbol": [:], "workspaceFolders": true],
      ],
    ]
    if let root = options.rootPath {
      let uri = JSONValue.string(fileURI(root))
      params["rootUri"] = uri
      params["workspaceFolders"] = [["uri": uri, "name": .string(lastComponent(of: root))]]
    }
    let result = try request("initialize", .object(params))
    capabilities = result["capabilities"] ?? .object([:])
    if let encoding = capabilities["positionEncoding"]?.stringValue {
      positionEncoding = encoding
    }
    notify("initialized", [:])
  }

  /// Waits until `dossier/status` says the index is no longer being built, and returns that
  /// status. Between polls it sleeps on the server's output, so a `$/progress` end wakes it at
  /// once.
  @discardableResult
  public func waitForIndex() throws(ClientError) -> JSONValue {
    let deadline = Deadline(seconds: options.timeoutSeconds)
    while true {
      let status = try request("dossier/status", nil)
      if status["state"]?.stringValue != "indexing" {
        options.log?("index \(status["state"]?.stringValue ?? "?"): \(status.description)")
        return status
      }
      if deadline.hasPassed {
        throw .timedOut(
          "the index was not ready after \(Self.seconds(options.timeoutSeconds)) (\(status["message"]?.stringValue ?? "indexing"))",
          serverLog: channel.serverLogText)
      }
      let endsBefore = finishedProgressTokens.count
      let pause = Deadline(seconds: 0.25)
      while finishedProgressTokens.count == endsBefore, !pause.hasPassed {
        guard let message = channel.receive(timeout: Double(pause.remainingMilliseconds) / 1000)
        else { break }
        handleUnsolicited(message)
      }
    }
  }

  /// `shutdown` and `exit`, then waits briefly for the process to end.
  public func shutdown() {
    if (try? request("shutdown", nil)) != nil {
      notify("exit", nil)
      _ = channel.process.waitForExit(timeout: 5)
    }
    flushServerLog()
  }

  // MARK: - Messages

  /// Sends a request and waits for its answer; server requests and notifications that arrive
  /// meanwhile are handled. A JSON-RPC error becomes `ClientError.server`.
  public func request(_ method: String, _ params: JSONValue?) throws(ClientError) -> JSONValue {
    let id = nextID
    nextID += 1
    var message: [String: JSONValue] = [
      "jsonrpc": "2.0", "id": .int(id), "method": .string(method),
    ]
    if let params { message["params"] = params }
    guard channel.send(.object(message)) else {
      throw .serverExited(
        "the server closed its input before \(method) was sent", serverLog: finalServerLog())
    }
    let deadline = Deadline(seconds: options.timeoutSeconds)
    while true {
      guard let reply = channel.receive(timeout: Double(deadline.remainingMilliseconds) / 1000)
      else {
        if channel.reachedEndOfOutput {
          throw .serverExited(
            "the server exited before answering \(method)", serverLog: finalServerLog())
        }
        throw .timedOut(
          "no answer to \(method) after \(Self.seconds(options.timeoutSeconds))",
          serverLog: channel.serverLogText)
      }
      flushServerLog()
      guard reply["method"] == nil, reply["id"] == .int(id) else {
        handleUnsolicited(reply)
        continue
      }
      if let error = reply["error"] {
        throw .server(
          ServerError(
            code: error["code"]?.intValue ?? 0,
            message: error["message"]?.stringValue ?? error.description, data: error["data"]))
      }
      return reply["result"] ?? .null
    }
  }

  public func notify(_ method: String, _ params: JSONValue?) {
    var message: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
    if let params { message["params"] = params }
    channel.send(.object(message))
  }

  /// Opens a file as a document (once per URI), so the server can answer about any file, not
  /// only those of its corpus.
  public func open(path: String, text: String) {
    let uri = fileURI(path)
    guard !openedURIs.contains(uri) else { return }
    openedURIs.insert(uri)
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": .string(Self.languageID(ofPath: path)),
          "version": 1, "text": .string(text),
        ]
      ])
  }

  /// "60 s", "0.5 s".
  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  static func languageID(ofPath path: String) -> String {
    let name = lastComponent(of: path).lowercased()
    if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return "markdown" }
    if name.hasSuffix(".org") { return "org" }
    return "plaintext"
  }

  /// Answers the server's requests and reports its notifications.
  private func handleUnsolicited(_ message: JSONValue) {
    guard let method = message["method"]?.stringValue else { return }
    let params = message["params"]
    if let id = message["id"] {
      // workspace/configuration wants one entry per item; everything else takes null.
      var result = JSONValue.null
      if method == "workspace/configuration" {
        result = .array((params?["items"]?.arrayValue ?? []).map { _ in .null })
      }
      channel.send(["jsonrpc": "2.0", "id": id, "result": result])
      return
    }
    switch method {
    case "$/progress":
      let value = params?["value"]
      if value?["kind"] == "end", let token = params?["token"] {
        finishedProgressTokens.insert(token)
      }
      let text = [value?["title"], value?["message"]].compactMap { $0?.stringValue }
      let percentage = value?["percentage"]?.intValue.map { " \($0)%" } ?? ""
      options.log?(
        "progress \(value?["kind"]?.stringValue ?? "?")\(percentage): \(text.joined(separator: ": "))"
      )
    case "window/showMessage":
      let text = params?["message"]?.stringValue ?? ""
      if let type = params?["type"]?.intValue, type <= 2 {
        options.warn("dossier lsp: \(text)")
      } else {
        options.log?("server says: \(text)")
      }
    case "window/logMessage":
      // The same lines reach stderr, which is passed on whole; skip the copy.
      break
    default:
      options.log?("notification \(method)")
    }
  }

  /// Passes on what the server wrote to stderr since last time.
  private func flushServerLog() {
    guard let log = options.log, channel.serverLog.count > loggedBytes else { return }
    let fresh = channel.serverLog[loggedBytes...]
    loggedBytes = channel.serverLog.count
    var text = String(decoding: fresh, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    log(text)
  }

  /// The server's whole stderr, read to its end (the process is gone or going).
  private func finalServerLog() -> String {
    channel.drainLog(timeout: 1)
    return channel.serverLogText
  }
}

/// Why the client could not get an answer.
public enum ClientError: Error, CustomStringConvertible {
  case cannotStart(String)
  case timedOut(String, serverLog: String)
  case serverExited(String, serverLog: String)
  /// The server answered with a JSON-RPC error.
  case server(ServerError)

  public var description: String {
    switch self {
    case .cannotStart(let reason): return reason
    case .timedOut(let reason, let log), .serverExited(let reason, let log):
      let trimmed = log.split(separator: "\n").suffix(20).joined(separator: "\n")
      return trimmed.isEmpty ? reason : reason + "\n--- server stderr (last lines) ---\n" + trimmed
    case .server(let error): return error.description
    }
  }
}

/// A JSON-RPC error from the server, printed as `error CODE: message`.
public struct ServerError: Error, CustomStringConvertible, Equatable {
  public var code: Int
  public var message: String
  public var data: JSONValue?

  public var description: String { "error \(code): \(message)" }
}

func lastComponent(of path: String) -> String {
  guard let slash = path.lastIndex(of: "/") else { return path }
  return String(path[path.index(after: slash)...])
}
