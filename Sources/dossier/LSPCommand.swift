/// `dossier lsp`: the language server on stdin/stdout.
enum LSPCommand: Command {
  static let name = "lsp"
  static let summary = "Run the language server on stdin and stdout."
  static let usage = """
    Usage: dossier lsp [--corpus DIR] [--log-level LEVEL] [--max-message-bytes N]
    """

  static func run(_ arguments: [String]) -> Int32 {
    printError("dossier lsp: not yet wired")
    return 1
  }
}
