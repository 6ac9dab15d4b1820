import JSONRPC

/// Code actions for clients that take only commands (no `codeActionLiteralSupport` in their
/// capabilities): each action becomes a `dossier.applyEdit` command that carries its edit, and
/// executing it asks the client to apply the edit (`workspace/applyEdit`).
///
/// The command names the document version the edit was computed for, and is refused once the
/// document has moved on, so an edit offered for older text is never applied to newer text,
/// whether or not the client checks versions itself.
enum ApplyEditCommand {
  static let command = "dossier.applyEdit"

  /// What the command carries: `[{title, uri, version, edit}]`.
  struct Arguments: Codable, Sendable {
    var title: String
    var uri: DocumentURI
    var version: Int
    var edit: WorkspaceEdit
  }

  /// `action` as a command, for the document `uri` at `version`.
  static func command(for action: CodeAction, uri: DocumentURI, version: Int) throws -> Command {
    let arguments = Arguments(title: action.title, uri: uri, version: version, edit: action.edit)
    return Command(
      title: action.title, command: command,
      arguments: [try JSONValueEncoder().encode(arguments)])
  }

  /// Sends the edit to the client and answers `null` at once (the client's reply comes later,
  /// on the read loop; a refusal is logged).
  static func execute(_ params: ExecuteCommandParams, _ context: RequestContext) throws
    -> JSONValue
  {
    guard let arguments = params.arguments, arguments.count == 1, let argument = arguments.first
    else {
      throw ResponseError.invalidParams(
        "invalid params: arguments: \(command) takes one object {title, uri, version, edit}, "
          + "as its code actions give it")
    }
    let request = try decodeParams(Arguments.self, from: argument)
    guard let open = context.documents[request.uri] else {
      throw ResponseError(
        code: .requestFailed,
        message: "\(request.uri.string) is not open any more; ask for the action again")
    }
    guard open.version == request.version else {
      throw ResponseError(
        code: .requestFailed,
        message:
          "\(request.uri.string) changed since the action was offered (version \(request.version), "
          + "now \(open.version)); ask for the action again")
    }
    guard let clientRequests = context.clientRequests else {
      throw ResponseError(code: .requestFailed, message: "there is no client to apply the edit")
    }
    clientRequests.applyEdit(
      label: request.title, edit: try JSONValueEncoder().encode(request.edit))
    return .null
  }
}

extension CodeActionFeature {
  /// `textDocument/codeAction`: literals for clients that take them, commands for the others,
  /// and nothing for a client that can take neither literals nor `workspace/applyEdit`.
  static func answer(_ params: CodeActionParams, _ context: RequestContext) throws
    -> [CodeActionOrCommand]?
  {
    let actions = try codeActions(params, context) ?? []
    if context.client.supportsCodeActionLiterals {
      return actions.map(CodeActionOrCommand.action)
    }
    let uri = params.textDocument.uri
    guard context.client.supportsApplyEdit, let open = context.documents[uri] else {
      return []
    }
    return try actions.map {
      .command(try ApplyEditCommand.command(for: $0, uri: uri, version: open.version))
    }
  }
}
