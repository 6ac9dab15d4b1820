import DossierClient

/// `dossier hover FILE LINE COL`: what an editor shows when the pointer rests there.
enum HoverCommand: Command {
  static let name = "hover"
  static let summary = "Show the hover card for a position in a file (textDocument/hover)."
  static let usage = """
    Usage: dossier hover [options] FILE LINE COL
           dossier hover [options] --stdin           (lines of FILE LINE COL)

    Opens FILE in a fresh `dossier lsp` and prints the hover at LINE and COL (1-based; COL
    counts characters). FILE may be any text file: a report being written or a corpus file.

    \(ClientCommandLine.commonUsage)
    """

  static func run(_ arguments: [String]) -> Int32 {
    runClientCommand(
      self, arguments,
      single: { .hover(try FilePosition.parse(arguments: $0.positional)) },
      line: { line throws(QueryParseError) in .hover(try FilePosition.parse(line: line)) })
  }
}
