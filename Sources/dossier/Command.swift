/// One subcommand of `dossier`. Adding a subcommand means one file with a type that conforms,
/// and one line in `Commands.all`.
protocol Command {
  /// The word after `dossier` (`lsp`, `lookup`, …).
  static var name: String { get }
  /// One line for `dossier --help`.
  static var summary: String { get }
  /// The full text for `dossier NAME --help`.
  static var usage: String { get }
  /// Runs with the arguments after the subcommand's name; returns the exit code
  /// (0 result, 1 no result or mismatch, 2 usage error).
  static func run(_ arguments: [String]) -> Int32
}
