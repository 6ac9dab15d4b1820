import DossierClient

/// `dossier definition FILE LINE COL`: go to source, as a list of places.
enum DefinitionCommand: Command {
  static let name = "definition"
  static let summary = "Go to source: where the name at a position is defined."
  static let usage = """
    Usage: dossier definition [options] FILE LINE COL
           dossier definition [options] --stdin      (lines of FILE LINE COL)

    Opens FILE in a fresh `dossier lsp` and prints the source sentences for the name (or the
    quotation) at LINE and COL (1-based; COL counts characters), one per line as
    path:line:column: sentence.

    \(ClientCommandLine.commonUsage)
    """

  static func run(_ arguments: [String]) -> Int32 {
    runClientCommand(
      self, arguments,
      single: { .definition(try FilePosition.parse(arguments: $0.positional)) },
      line: { line throws(QueryParseError) in .definition(try FilePosition.parse(line: line)) })
  }
}
