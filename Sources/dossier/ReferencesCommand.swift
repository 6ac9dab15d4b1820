import DossierClient

/// `dossier references FILE LINE COL`: every mention of the name there.
enum ReferencesCommand: Command {
  static let name = "references"
  static let summary = "List every mention of the name at a position, across the corpus."
  static let usage = """
    Usage: dossier references [options] [--no-declaration] FILE LINE COL
           dossier references [options] --stdin     (lines of FILE LINE COL)

    Opens FILE in a fresh `dossier lsp` and prints every mention of the entity named at LINE
    and COL (1-based; COL counts characters), whichever name it goes by, one per line as
    path:line:column: the line around it.

    Options:
      --no-declaration    Leave out the defining sentence (includeDeclaration: false).

    \(ClientCommandLine.commonUsage)
    """

  static func run(_ arguments: [String]) -> Int32 {
    var includeDeclaration = true
    return runClientCommand(
      self, arguments,
      extra: { option, _ in
        guard option == "--no-declaration" else { return false }
        includeDeclaration = false
        return true
      },
      single: {
        .references(
          try FilePosition.parse(arguments: $0.positional), includeDeclaration: includeDeclaration)
      },
      line: { [includeDeclaration] line throws(QueryParseError) in
        .references(try FilePosition.parse(line: line), includeDeclaration: includeDeclaration)
      })
  }
}
