import JSONRPC

/// A command the client shows and, when chosen, sends back by `workspace/executeCommand`.
struct Command: Codable, Sendable, Hashable {
  var title: String
  var command: String
  var arguments: [JSONValue]?

  init(title: String, command: String, arguments: [JSONValue]? = nil) {
    self.title = title
    self.command = command
    self.arguments = arguments
  }
}

/// One entry of a `textDocument/codeAction` answer: a `CodeAction` literal for clients that
/// declare `codeActionLiteralSupport`, a bare `Command` for the others (LSP 3.17 lets a server
/// answer `(Command | CodeAction)[]`, and older clients take only commands).
enum CodeActionOrCommand: Encodable, Sendable {
  case action(CodeAction)
  case command(Command)

  func encode(to encoder: Encoder) throws {
    switch self {
    case .action(let action): try action.encode(to: encoder)
    case .command(let command): try command.encode(to: encoder)
    }
  }
}
