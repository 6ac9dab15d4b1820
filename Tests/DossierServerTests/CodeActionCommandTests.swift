import Base
import JSONRPC
import Testing

@testable import DossierServer

/// Code actions for clients without `codeActionLiteralSupport`: commands that carry the edit,
/// and `dossier.applyEdit`, which hands it to the client by `workspace/applyEdit`. The draft
/// and its edit are the ones of `CodeActionTests` ("Lavrof", UTF-16 columns 3–9).
@Suite struct CodeActionCommandTests {
  /// What the server sent the client, and what it logged.
  final class ClientRecorder: Sendable {
    let sent = Lock<[(method: String, params: JSONValue)]>([])
    let warnings = Lock<[String]>([])
    /// The client's answer to each request.
    let answer: Result<JSONValue, ResponseError>

    init(answer: Result<JSONValue, ResponseError> = .success(["applied": true])) {
      self.answer = answer
    }

    var requests: ClientRequests {
      ClientRequests(
        send: { [self] method, params, reply in
          sent.withLock { $0.append((method, params)) }
          reply(answer)
        },
        warn: { [self] line in warnings.withLock { $0.append(line) } })
    }
  }

  static let commandsOnly: JSONValue = ["workspace": ["applyEdit": true]]
  static let literals: JSONValue = [
    "workspace": ["applyEdit": true],
    "textDocument": [
      "codeAction": ["codeActionLiteralSupport": ["codeActionKind": ["valueSet": ["quickfix"]]]]
    ],
  ]

  func answer(client: JSONValue, version: Int = 7) throws -> [JSONValue] {
    let (context, uri) = writingContext(
      seedsSnapshot, open: CodeActionTests.draft.text, version: version, client: client)
    let position = CodeActionTests.draft.position("1️⃣")
    let params = CodeActionParams(
      textDocument: TextDocumentIdentifier(uri: uri),
      range: LSPRange(start: position, end: position),
      context: .init(diagnostics: [], only: ["quickfix"]))
    let result = try CodeActionFeature.answer(params, context) ?? []
    return try result.map { try JSONValueEncoder().encode($0) }
  }

  /// The spelling fix's command, as a client without literal support receives it.
  func spellingCommand() throws -> JSONValue {
    try #require(try answer(client: Self.commandsOnly).first)
  }

  func execute(_ command: JSONValue, version: Int = 7, recorder: ClientRecorder) throws
    -> JSONValue
  {
    var (context, _) = writingContext(
      seedsSnapshot, open: CodeActionTests.draft.text, version: version, client: Self.commandsOnly)
    context.clientRequests = recorder.requests
    let params = ExecuteCommandParams(
      command: command["command"]?.stringValue ?? "", arguments: command["arguments"]?.arrayValue)
    return try ApplyEditCommand.execute(params, context)
  }

  @Test func aClientWithoutLiteralSupportGetsACommandCarryingTheEdit() throws {
    let command = try spellingCommand()
    #expect(command["title"] == "Change to “Lavrov” (Sergei Lavrov)")
    #expect(command["command"] == "dossier.applyEdit")
    // A Command has no kind, diagnostics or edit of its own.
    #expect(command["kind"] == nil)
    #expect(command["edit"] == nil)
    let argument = command["arguments"]?.arrayValue?.first
    #expect(argument?["uri"] == "file:///drafts/report.txt")
    #expect(argument?["version"] == 7)
    let edit: JSONValue = [
      "range": ["start": ["line": 0, "character": 3], "end": ["line": 0, "character": 9]],
      "newText": "Lavrov",
    ]
    #expect(argument?["edit"] == ["changes": ["file:///drafts/report.txt": [edit]]])
  }

  @Test func aClientWithLiteralSupportKeepsCodeActionLiterals() throws {
    let found = try answer(client: Self.literals)
    #expect(found.count == 1)
    #expect(found.first?["kind"] == "quickfix")
    #expect(found.first?["isPreferred"] == true)
    #expect(found.first?["edit"]?["changes"] != nil)
    #expect(found.first?["command"] == nil)
  }

  @Test func aClientThatCanApplyNoEditIsOfferedNothing() throws {
    #expect(try answer(client: [:]).isEmpty)
  }

  @Test func executingTheCommandAsksTheClientToApplyTheEdit() throws {
    let command = try spellingCommand()
    let recorder = ClientRecorder()
    #expect(try execute(command, recorder: recorder) == .null)
    let sent = recorder.sent.withLock { $0 }
    #expect(sent.map(\.method) == ["workspace/applyEdit"])
    #expect(sent.first?.params["label"] == "Change to “Lavrov” (Sergei Lavrov)")
    #expect(sent.first?.params["edit"] == command["arguments"]?.arrayValue?.first?["edit"])
    #expect(recorder.warnings.withLock { $0 }.isEmpty)
  }

  @Test func aCommandOfferedForAnOlderVersionIsRefusedAndNothingIsSent() throws {
    let command = try spellingCommand()
    let recorder = ClientRecorder()
    #expect {
      try execute(command, version: 8, recorder: recorder)
    } throws: { error in
      let error = error as? ResponseError
      return error?.code == .requestFailed
        && error?.message
          == "file:///drafts/report.txt changed since the action was offered (version 7, now 8); "
          + "ask for the action again"
    }
    #expect(recorder.sent.withLock { $0 }.isEmpty)
  }

  @Test func anEditTheClientRefusesIsLogged() throws {
    let recorder = ClientRecorder(
      answer: .success(["applied": false, "failureReason": "read-only"]))
    _ = try execute(try spellingCommand(), recorder: recorder)
    #expect(
      recorder.warnings.withLock { $0 }
        == ["the editor did not apply “Change to “Lavrov” (Sergei Lavrov)”: read-only"])
  }

  @Test func argumentsThatAreNotAnActionsAreRefusedByName() throws {
    let recorder = ClientRecorder()
    let bare: JSONValue = ["command": "dossier.applyEdit", "arguments": []]
    #expect(throws: ResponseError.self) { try execute(bare, recorder: recorder) }
    let noEdit: JSONValue = [
      "command": "dossier.applyEdit",
      "arguments": [["title": "x", "uri": "file:///drafts/report.txt", "version": 7]],
    ]
    #expect {
      try execute(noEdit, recorder: recorder)
    } throws: { error in
      let error = error as? ResponseError
      return error?.code == .invalidParams && error?.message.contains("edit") == true
    }
    #expect(recorder.sent.withLock { $0 }.isEmpty)
  }
}
