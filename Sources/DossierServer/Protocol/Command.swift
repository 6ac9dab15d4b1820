import JSONRPC

/// A command the client shows and, when chosen, sends back by `workspace/executeCommand`.
public struct Command: Codable, Sendable, Hashable {
  public var title: String
  public var command: String
  public var arguments: [JSONValue]?

  public init(title: String, command: String, arguments: [JSONValue]? = nil) {
    self.title = title
    self.command = command
    self.arguments = arguments
  }
}

/// One entry of a `textDocument/codeAction` answer: a `CodeAction` literal for clients that
/// declare `codeActionLiteralSupport`, a bare `Command` for the others (LSP 3.17 lets a server
/// answer `(Command | CodeAction)[]`, and older clients take only commands).
public enum CodeActionOrCommand: Encodable, Sendable {
  case action(CodeAction)
  case command(Command)

  public func encode(to encoder: Encoder) throws {
    switch self {
    case .action(let action): try action.encode(to: encoder)
    case .command(let command): try command.encode(to: encoder)
    }
  }
}
