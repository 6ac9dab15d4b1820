import JSONRPC

/// Runs a client subcommand from start to exit code: starts one server, waits for its index,
/// asks one query (or one per input line), prints each answer, shuts the server down.
///
/// stdout gets results only; the reasons for no result, server errors and (with `verbose`)
/// the server's log go to stderr. Exit codes: 0 every query had a result, 1 some had none or
/// failed, 2 a query could not be understood.
public struct ClientDriver {
  public struct Options {
    public var executable: String
    public var corpus: String?
    /// Machine output: the server's result as one line of JSON per query.
    public var json = false
    public var verbose = false
    public var timeoutSeconds: Double = 60
    public var version = "0"

    public init(executable: String) {
      self.executable = executable
    }
  }

  /// Where the queries come from.
  public enum Input {
    case single(ClientQuery)
    /// One query per line of `readLine`, parsed by `parse`.
    case lines(
      readLine: () -> String?, parse: (String) throws(QueryParseError) -> ClientQuery)
  }

  public var options: Options
  /// Writes to stdout (each call a whole result; written at once so pipelines see it).
  public var standardOutput: (String) -> Void
  /// Writes one message to stderr.
  public var standardError: (String) -> Void
  /// The subcommand's name, to prefix messages with.
  public var commandName: String

  public init(
    options: Options, commandName: String, standardOutput: @escaping (String) -> Void,
    standardError: @escaping (String) -> Void
  ) {
    self.options = options
    self.commandName = commandName
    self.standardOutput = standardOutput
    self.standardError = standardError
  }

  public func run(_ input: Input) -> Int32 {
    let workingDirectory = SourceFiles.workingDirectory()
    let files = SourceFiles(baseFolder: workingDirectory)
    var clientOptions = LSPClient.Options(executable: options.executable)
    clientOptions.corpus = options.corpus.map(SourceFiles.absolutePath)
    clientOptions.rootPath = workingDirectory
    clientOptions.timeoutSeconds = options.timeoutSeconds
    clientOptions.clientVersion = options.version
    let standardError = standardError
    if options.verbose { clientOptions.log = { standardError($0) } }
    let warnings = WarningCount()
    clientOptions.warn = {
      warnings.count += 1
      standardError($0)
    }

    let client: LSPClient
    do {
      client = try LSPClient(options: clientOptions)
      try client.initialize()
      let status = try client.waitForIndex()
      // The server usually says why itself (window/showMessage); say it only if it did not.
      if status["state"]?.stringValue == "failed", warnings.count == 0 {
        report("the server has no index: \(status["message"]?.stringValue ?? "no reason given")")
      }
    } catch {
      report("\(error)")
      return 1
    }
    defer { client.shutdown() }
    let runner = QueryRunner(client: client, files: files)

    switch input {
    case .single(let query):
      return ask(query, runner: runner, streaming: false).code
    case .lines(let readLine, let parse):
      var worst: Int32 = 0
      while let line = readLine() {
        let outcome: (code: Int32, fatal: Bool)
        do {
          outcome = ask(try parse(line), runner: runner, streaming: true)
        } catch {
          report(error.description)
          emit(json: .null, text: nil, streaming: true)
          outcome = (2, false)
        }
        worst = max(worst, outcome.code)
        if outcome.fatal { return max(worst, 1) }
      }
      return worst
    }
  }

  /// Asks one query and prints its answer. `fatal` when the server can answer no more.
  func ask(_ query: ClientQuery, runner: QueryRunner, streaming: Bool) -> (
    code: Int32, fatal: Bool
  ) {
    do {
      let answer = try runner.answer(query)
      emit(json: answer.result, text: answer.text, streaming: streaming)
      if answer.text == nil {
        report(query.noResultMessage)
        return (1, false)
      }
      return (0, false)
    } catch {
      report(error.description)
      if streaming { emit(json: .null, text: nil, streaming: true) }
      switch error {
      case .usage: return (2, false)
      case .server: return (1, false)
      case .connection: return (1, true)
      }
    }
  }

  /// One answer on stdout. With `json`, one line of JSON (also when there is no result). In
  /// text, nothing when there is no result; when streaming, each answer is a block without
  /// empty lines followed by one empty line, so answers line up with queries.
  func emit(json: JSONValue, text: String?, streaming: Bool) {
    if options.json {
      standardOutput(ResultFormatter.compactJSON(json) + "\n")
    } else if streaming {
      let lines = (text ?? "").split(separator: "\n", omittingEmptySubsequences: true)
      standardOutput(lines.map { $0 + "\n" }.joined() + "\n")
    } else if let text {
      standardOutput(text + "\n")
    }
  }

  func report(_ message: String) {
    standardError("dossier \(commandName): \(message)")
  }
}

/// How many warnings the server showed; shared with the client's callback.
private final class WarningCount {
  var count = 0
}
