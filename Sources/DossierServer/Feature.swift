/// A feature that `initializationOptions.features.NAME = false` switches off: its capability is
/// not advertised and its methods are answered with -32601.
enum Feature: String, CaseIterable, Sendable {
  case hover, definition, references, workspaceSymbol, documentSymbol, documentHighlight
  case semanticTokens, completion, inlayHint, codeAction, diagnostics
  case lookup, entity, documents, status
  /// The `dossier.reindex` command and the corpus watcher.
  case reindex
  /// `workspace/executeCommand`: every command.
  case executeCommand

  /// The names a client may switch, in the order they are listed to a user.
  static let names = allCases.map(\.rawValue)
}
