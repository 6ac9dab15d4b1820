import Base
import DossierServer
import JSONRPC

/// `dossier lsp`: the language server on stdin and stdout.
enum LSPCommand: Command {
  static let name = "lsp"
  static let summary = "Run the language server on stdin and stdout (what editors start)."
  static let usage = """
    Usage: dossier lsp [--corpus DIR] [--log-level LEVEL] [--max-message-bytes N]
                       [--no-cache] [--cache-dir DIR] [--follow-links-outside]

    Speaks LSP 3.17 (JSON-RPC 2.0, Content-Length framing) on stdin and stdout. Logs go to
    stderr and, from warnings up, to the client as window/logMessage.

    Options:
      --corpus DIR             The folder of articles (default: initializationOptions.corpus,
                               then "corpus" in .dossier.json at the workspace root, then the
                               shipped seeds/).
      --log-level LEVEL        error, warning, info (default), debug or trace.
      --max-message-bytes N    Refuse messages larger than N bytes (default 67108864).
      --no-cache               Neither read nor write the index cache (also
                               initializationOptions.cache: false).
      --cache-dir DIR          Keep the index cache in DIR (default $XDG_CACHE_HOME/dossier,
                               else ~/.cache/dossier).
      --follow-links-outside   Read links in the corpus whose targets lie outside it (off:
                               such links are skipped with a log line). Also
                               initializationOptions.followLinksOutside, never a workspace file.
    """

  static func run(_ arguments: [String]) -> Int32 {
    // The editor's server keeps the index cache unless told not to.
    var options = Session.Options(version: version, useCache: true)
    var maxMessageBytes = FrameReader.defaultMaxBodyBytes
    do {
      var parser = ArgumentParser(arguments)
      while let argument = parser.next() {
        switch argument {
        case "--corpus": options.corpus = try parser.value(for: argument)
        case "--log-level":
          let name = try parser.value(for: argument)
          guard let level = LogLevel(name: name) else {
            throw UsageError(
              "--log-level must be error, warning, info, debug or trace, not '\(name)'")
          }
          options.logLevel = level
        case "--max-message-bytes":
          let text = try parser.value(for: argument)
          guard let bytes = Int(text), bytes > 0 else {
            throw UsageError(
              "--max-message-bytes must be a positive number of bytes, not '\(text)'")
          }
          maxMessageBytes = bytes
        case "--no-cache": options.useCache = false
        case "--follow-links-outside": options.followLinksOutside = true
        case "--cache-dir": options.cacheDirectory = try parser.value(for: argument)
        case "--stdio": continue  // Some clients add it; stdio is the only transport.
        default: throw UsageError("unknown option '\(argument)'")
        }
      }
    } catch {
      printError("dossier lsp: \(error)\n\n\(usage)")
      return 2
    }

    // The protocol gets its own descriptor; fd 1 then points at stderr, so a stray print from
    // any layer lands in the log instead of corrupting the protocol stream.
    if let delay = getenv("DOSSIER_TEST_FIRST_INDEX_DELAY_MS").flatMap({ Int(String(cString: $0)) }
    ),
      delay > 0
    {
      options.firstIndexDelayForTesting = Double(delay) / 1000
    }
    let protocolOutput = dup(1)
    guard protocolOutput >= 0, dup2(2, 1) >= 0 else {
      printError("dossier lsp: cannot set up stdout: \(String(cString: strerror(errno)))")
      return 1
    }
    let logger = Logger(level: options.logLevel ?? .info)
    let connection = Connection(
      input: 0, output: protocolOutput, maxMessageBytes: maxMessageBytes,
      log: { line in logger.warning(line) })
    let session = Session(connection: connection, logger: logger, options: options)
    let end = connection.run(handler: session)
    switch end {
    case .finished:
      return session.exitCode ?? 0
    case .endOfInput(let midMessage):
      if midMessage { logger.warning("input ended in the middle of a message") }
      return session.exitCodeAtEndOfInput
    case .ioError(let reason):
      logger.error("connection lost: \(reason)")
      return 1
    }
  }
}
