import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Code actions as commands, against a real server: a client without
/// `codeActionLiteralSupport` gets `dossier.applyEdit` commands, and executing one makes the
/// server ask the client to apply the edit (`workspace/applyEdit`) before it answers.
@Suite struct CodeActionCommandServerTests {
  @Test func aCommandOnlyClientAppliesTheSpellingFixThroughTheServer() throws {
    let server = try TestServer(corpus: repositoryRoot + "/seeds")
    let capabilities = try #require(
      server.initialize(capabilities: ["workspace": ["applyEdit": true]]))
    #expect(
      capabilities["capabilities"]?["executeCommandProvider"]?["commands"]?.arrayValue?.contains(
        "dossier.applyEdit") == true)
    #expect(server.waitUntilIndexed() != nil)
    let uri = "file:///drafts/report.txt"
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "plaintext", "version": 3,
          "text": "Lavrof said the talks would go on.\n",
        ]
      ])
    let reply = server.call(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(uri)],
        "range": ["start": ["line": 0, "character": 2], "end": ["line": 0, "character": 2]],
        "context": ["diagnostics": [], "only": ["quickfix"]],
      ], id: 2)
    let command = try #require(reply?["result"]?.arrayValue?.first)
    #expect(command["title"] == "Change to “Lavrov” (Sergei Lavrov)")
    #expect(command["command"] == "dossier.applyEdit")

    server.channel.send([
      "jsonrpc": "2.0", "id": 3, "method": "workspace/executeCommand",
      "params": [
        "command": command["command"] ?? .null, "arguments": command["arguments"] ?? .null,
      ],
    ])
    // The server's request comes before its answer; the editor applies the edit.
    var applyEdit: JSONValue?
    var answer: JSONValue?
    let deadline = Deadline(seconds: 30)
    while answer == nil, !deadline.hasPassed,
      let message = server.channel.receive(timeout: Double(deadline.remainingMilliseconds) / 1000)
    {
      if message["method"] == "workspace/applyEdit", let id = message["id"] {
        applyEdit = message
        server.channel.send(["jsonrpc": "2.0", "id": id, "result": ["applied": true]])
      } else if message["id"] == 3, message["method"] == nil {
        answer = message
      }
    }
    #expect(answer?["result"] == .null)
    #expect(answer?["error"] == nil)
    let edit: JSONValue = [
      "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 6]],
      "newText": "Lavrov",
    ]
    #expect(applyEdit?["params"]?["edit"] == ["changes": .object([uri: [edit]])])
    #expect(applyEdit?["params"]?["label"] == "Change to “Lavrov” (Sergei Lavrov)")
    #expect(server.shutDown() == 0)
  }
}
