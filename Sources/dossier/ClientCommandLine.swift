import Base
import DossierClient
import DossierServer

/// The options every client subcommand takes (`--corpus`, `--json`, `--stdin`, `--timeout`,
/// `--verbose`), its positional arguments, and the wiring that runs it.
struct ClientCommandLine {
  var options: ClientDriver.Options
  var readsQueriesFromStdin = false
  var positional: [String] = []

  /// The text every client subcommand's `--help` ends with.
  static let commonUsage = """
    Common options:
      --corpus DIR        The folder of articles (default: "corpus" in .dossier.json in the
                          working directory, then the shipped seeds/).
      --json              Print the server's result as is, as one line of JSON (LSP positions:
                          0-based lines, columns in the server's position encoding, file: URIs).
      --stdin             Read one query per line from stdin and answer each with one server
                          (one line in, one answer out: a line of JSON with --json, otherwise
                          a block of text ended by an empty line, empty when there is no result).
      --timeout SECONDS   Limit for start-up and indexing, and for each answer (default 60).
      --verbose           Pass the server's log and progress on to stderr.

    Text output shows paths relative to the working directory and 1-based lines and columns
    counted in characters, as editors show them. stdout carries results only.
    Exit status: 0 a result, 1 no result or a server error (printed as "error CODE: message"
    on stderr), 2 a usage error.
    """

  /// Parses `arguments`; `extra` may consume a subcommand's own options (returns true when it
  /// did). `--` ends the options.
  static func parse(
    _ arguments: [String],
    extra: (String, inout ArgumentParser) throws -> Bool = { _, _ in false }
  ) throws -> ClientCommandLine {
    guard let executable = CorpusLocator.currentExecutable() else {
      throw UsageError("cannot find my own executable to start `dossier lsp`")
    }
    var options = ClientDriver.Options(executable: executable)
    options.version = version
    var line = ClientCommandLine(options: options)
    var parser = ArgumentParser(arguments)
    var optionsEnded = false
    while let argument = parser.next() {
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        line.positional.append(argument)
        continue
      }
      switch argument {
      case "--": optionsEnded = true
      case "--corpus": line.options.corpus = try parser.value(for: argument)
      case "--json": line.options.json = true
      case "--stdin": line.readsQueriesFromStdin = true
      case "--verbose", "-v": line.options.verbose = true
      case "--timeout":
        let text = try parser.value(for: argument)
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
          throw UsageError("--timeout must be a positive number of seconds, not '\(text)'")
        }
        line.options.timeoutSeconds = seconds
      default:
        if try extra(argument, &parser) { continue }
        throw UsageError("unknown option '\(argument)'")
      }
    }
    return line
  }

  /// Runs the driver with one query, or with one per line of stdin.
  func run(
    _ command: any Command.Type, single: () throws -> ClientQuery,
    line parse: @escaping (String) throws(QueryParseError) -> ClientQuery
  ) -> Int32 {
    let input: ClientDriver.Input
    do {
      if readsQueriesFromStdin {
        guard positional.isEmpty else {
          throw UsageError(
            "--stdin reads the queries from stdin; give none as arguments (got '\(positional[0])')")
        }
        input = .lines(readLine: { readLine(strippingNewline: true) }, parse: parse)
      } else {
        input = .single(try single())
      }
    } catch {
      printError("dossier \(command.name): \(error)\n\n\(command.usage)")
      return 2
    }
    let driver = ClientDriver(
      options: options, commandName: command.name, standardOutput: writeStandardOutput,
      standardError: printError)
    return driver.run(input)
  }
}

/// Parses `arguments` and runs a client subcommand; usage errors exit 2.
func runClientCommand(
  _ command: any Command.Type, _ arguments: [String],
  extra: (String, inout ArgumentParser) throws -> Bool = { _, _ in false },
  single: (ClientCommandLine) throws -> ClientQuery,
  line: @escaping (String) throws(QueryParseError) -> ClientQuery
) -> Int32 {
  let commandLine: ClientCommandLine
  do {
    commandLine = try ClientCommandLine.parse(arguments, extra: extra)
  } catch {
    printError("dossier \(command.name): \(error)\n\n\(command.usage)")
    return 2
  }
  return commandLine.run(command, single: { try single(commandLine) }, line: line)
}

/// Writes all of `text` to fd 1 at once, unbuffered, so a pipeline reading answer by answer
/// sees each one as soon as it is printed.
func writeStandardOutput(_ text: String) {
  let bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
    if written < 0 {
      if errno == EINTR { continue }
      return
    }
    offset += written
  }
}
