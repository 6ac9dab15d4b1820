import Base
import DossierClient

/// `dossier call METHOD [PARAMS_JSON | -]`: any request, raw.
enum CallCommand: Command {
  static let name = "call"
  static let summary = "Send any request with raw JSON params; print its result."
  static let usage = """
    Usage: dossier call [options] METHOD [PARAMS_JSON | -]
           dossier call [options] --stdin            (lines of METHOD [PARAMS_JSON])

    Sends one request to a fresh `dossier lsp` (after initialize and the index) and prints its
    result as indented JSON (one line with --json). PARAMS_JSON is the params object; `-`
    reads it from stdin. A null result exits 1; an error is printed as "error CODE: message".

    Example: dossier call dossier/lookup '{"query": "Lavrov", "limit": 1}'

    \(ClientCommandLine.commonUsage)
    """

  static func run(_ arguments: [String]) -> Int32 {
    runClientCommand(
      self, arguments,
      single: { commandLine in
        let positional = commandLine.positional
        guard let method = positional.first else { throw UsageError("give a METHOD") }
        guard positional.count <= 2 else {
          throw UsageError("expected METHOD [PARAMS_JSON | -], got \(positional.count) arguments")
        }
        guard positional.count == 2 else { return .call(method: method, params: nil) }
        let text = positional[1] == "-" ? readAllStandardInput() : positional[1]
        return .call(method: method, params: try ClientQuery.parseJSON(text))
      },
      line: { line throws(QueryParseError) in try ClientQuery.parseCall(line: line) })
  }

  static func readAllStandardInput() -> String {
    var lines: [String] = []
    while let line = readLine(strippingNewline: false) { lines.append(line) }
    return lines.joined()
  }
}
