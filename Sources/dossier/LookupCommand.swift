import Base
import DossierClient

/// `dossier lookup QUERY`: what the corpus knows about a name (`dossier/lookup`).
enum LookupCommand: Command {
  static let name = "lookup"
  static let summary = "Look up a name: its kind, every side's name for it, its source sentence."
  static let usage = """
    Usage: dossier lookup [options] [--limit N] QUERY...
           dossier lookup [options] --stdin          (one query per line)

    Asks a fresh `dossier lsp` (`dossier/lookup`) for the entities that QUERY names (the words
    are joined by spaces). Prints, for each: its name and kind, the names each side uses and
    who uses them, its summary, the defining sentence with file:line:column, and how often it
    is mentioned.

    Options:
      --limit N           At most N entities.

    \(ClientCommandLine.commonUsage)
    """

  static func run(_ arguments: [String]) -> Int32 {
    var limit: Int?
    return runClientCommand(
      self, arguments,
      extra: { option, parser in
        guard option == "--limit" else { return false }
        let text = try parser.value(for: option)
        guard let number = Int(text), number > 0 else {
          throw UsageError("--limit must be a positive number, not '\(text)'")
        }
        limit = number
        return true
      },
      single: { commandLine in
        let query = commandLine.positional.joined(separator: " ")
        guard !query.isEmpty else { throw UsageError("give a QUERY") }
        return .lookup(query, limit: limit)
      },
      line: { [limit] line in .lookup(line, limit: limit) })
  }
}
