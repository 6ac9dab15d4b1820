import Base
import DossierClient

/// `dossier symbols QUERY`: the workspace symbol search editors offer.
enum SymbolsCommand: Command {
  static let name = "symbols"
  static let summary = "Search entities by name, alias or prefix (workspace/symbol)."
  static let usage = """
    Usage: dossier symbols [options] QUERY...
           dossier symbols [options] --stdin         (one query per line)

    Asks a fresh `dossier lsp` for the workspace symbols matching QUERY (the words are joined
    by spaces) and prints one per line as path:line:column: name (kind).

    \(ClientCommandLine.commonUsage)
    """

  static func run(_ arguments: [String]) -> Int32 {
    runClientCommand(
      self, arguments,
      single: { commandLine in
        let query = commandLine.positional.joined(separator: " ")
        guard !query.isEmpty else { throw UsageError("give a QUERY") }
        return .symbols(query)
      },
      line: { line in .symbols(line) })
  }
}
