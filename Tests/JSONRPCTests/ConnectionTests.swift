import Base
import Testing

@testable import JSONRPC

/// A handler with a few methods that exercise the connection's contract.
final class ScriptedHandler: MessageHandler {
  var notifications: [String] = []
  var handled: [RequestID] = []
  var isFinished = false
  let replies = ReplyLog()
  var connection: Connection?

  struct Boom: Error {}

  func handle(_ request: Request) throws -> JSONValue {
    handled.append(request.id)
    switch request.method {
    case "echo": return request.params ?? .null
    case "throw": throw Boom()
    case "reject":
      throw ResponseError.invalidParams("invalid params: position.line: expected an integer")
    case "stop":
      isFinished = true
      return "stopping"
    case "ask":
      connection?.sendRequest(method: "client/question", params: ["q": 1]) { [replies] reply in
        replies.entries.withLock { $0.append("\(reply)") }
      }
      return "asked"
    default: throw ResponseError.methodNotFound(request.method)
    }
  }

  func handle(_ notification: Notification) {
    notifications.append(notification.method)
  }
}

/// Replies to the handler's own requests, recorded from the reply callback.
final class ReplyLog: Sendable {
  let entries = Lock<[String]>([])
}

/// Runs a connection over temporary files: `input` is read as a client would send it, and
/// everything written back is parsed into messages.
func runConnection(
  _ input: [UInt8], handler: ScriptedHandler, maxMessageBytes: Int = FrameReader.defaultMaxBodyBytes
) -> (end: ConnectionEnd, output: [JSONValue]) {
  let inputPath = temporaryPath("in")
  let outputPath = temporaryPath("out")
  defer {
    unlink(inputPath)
    unlink(outputPath)
  }
  writeFile(inputPath, input)
  let inputFD = open(inputPath, O_RDONLY)
  let outputFD = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  let connection = Connection(input: inputFD, output: outputFD, maxMessageBytes: maxMessageBytes)
  handler.connection = connection
  let end = connection.run(handler: handler)
  close(inputFD)
  close(outputFD)
  var reader = FrameReader()
  reader.append(readFile(outputPath))
  var output: [JSONValue] = []
  while case .body(let bytes)? = reader.next() {
    output.append((try? JSONParser.parse(bytes)) ?? "<not JSON>")
  }
  return (end, output)
}

func request(_ id: JSONValue, _ method: String, _ params: JSONValue? = nil) -> [UInt8] {
  var message: [String: JSONValue] = ["jsonrpc": "2.0", "id": id, "method": .string(method)]
  if let params { message["params"] = params }
  return frame(JSONValue.object(message).description)
}

func notification(_ method: String, _ params: JSONValue? = nil) -> [UInt8] {
  var message: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
  if let params { message["params"] = params }
  return frame(JSONValue.object(message).description)
}

func temporaryPath(_ name: String) -> String {
  "/tmp/dossier-test-\(getpid())-\(name)-\(UInt64.random(in: 0..<UInt64.max))"
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
    if written <= 0 { break }
    offset += written
  }
  close(fd)
}

func readFile(_ path: String) -> [UInt8] {
  let fd = open(path, O_RDONLY)
  defer { close(fd) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
    if count <= 0 { break }
    bytes += chunk[0..<count]
  }
  return bytes
}

@Suite struct ConnectionTests {
  @Test func requestsAreAnsweredWithTheirIdOfTheSameType() {
    let input = request(1, "echo", ["a": 1]) + request("1", "echo", [2])
    let (end, output) = runConnection(input, handler: ScriptedHandler())
    #expect(end == .endOfInput(midMessage: false))
    #expect(
      output == [
        ["jsonrpc": "2.0", "id": 1, "result": ["a": 1]],
        ["jsonrpc": "2.0", "id": "1", "result": [2]],
      ])
  }

  @Test func notificationsAreNeverAnswered() {
    let handler = ScriptedHandler()
    let (_, output) = runConnection(notification("note") + notification("$/x"), handler: handler)
    #expect(output.isEmpty)
    #expect(handler.notifications == ["note", "$/x"])
  }

  @Test func aHandlerThatThrowsGetsInternalErrorAndTheServerCarriesOn() {
    let input = request(1, "throw") + request(2, "echo", ["still": "here"])
    let (_, output) = runConnection(input, handler: ScriptedHandler())
    #expect(output.count == 2)
    #expect(output[0]["id"] == 1)
    #expect(output[0]["error"]?["code"] == .int(-32603))
    #expect(output[1] == ["jsonrpc": "2.0", "id": 2, "result": ["still": "here"]])
  }

  @Test func aResponseErrorKeepsItsCodeAndMessage() {
    let (_, output) = runConnection(request(9, "reject"), handler: ScriptedHandler())
    #expect(
      output == [
        [
          "jsonrpc": "2.0", "id": 9,
          "error": [
            "code": -32602, "message": "invalid params: position.line: expected an integer",
          ],
        ]
      ])
  }

  @Test func cancellationInTheSameReadAnswersWithRequestCancelledAndSkipsTheHandler() {
    let handler = ScriptedHandler()
    let input = request(1, "echo") + request(2, "echo") + notification("$/cancelRequest", ["id": 1])
    let (_, output) = runConnection(input, handler: handler)
    #expect(
      output == [
        ["jsonrpc": "2.0", "id": 1, "error": ["code": -32800, "message": "request cancelled"]],
        ["jsonrpc": "2.0", "id": 2, "result": nil],
      ])
    #expect(handler.handled == [.int(2)])
  }

  @Test func tenThousandPipelinedRequestsGetTenThousandAnswersInOrder() {
    var input: [UInt8] = []
    for id in 0..<10_000 {
      input +=
        id % 2 == 0
        ? request(.int(id), "echo", [.int(id)]) : request(.string("s\(id)"), "echo", [.int(id)])
    }
    let (end, output) = runConnection(input, handler: ScriptedHandler())
    #expect(end == .endOfInput(midMessage: false))
    #expect(output.count == 10_000)
    for (index, response) in output.enumerated() {
      let id: JSONValue = index % 2 == 0 ? .int(index) : .string("s\(index)")
      if response != ["jsonrpc": "2.0", "id": id, "result": [.int(index)]] {
        Issue.record("answer \(index) is \(response)")
        break
      }
    }
  }

  @Test func theHandlerCanStopTheLoop() {
    let input = request(1, "stop") + request(2, "echo")
    let handler = ScriptedHandler()
    let (end, output) = runConnection(input, handler: handler)
    #expect(end == .finished)
    #expect(output == [["jsonrpc": "2.0", "id": 1, "result": "stopping"]])
  }

  @Test func repliesToTheServersOwnRequestsReachTheirCallback() {
    let handler = ScriptedHandler()
    let reply = frame(#"{"jsonrpc":"2.0","id":"dossier-1","result":{"ok":true}}"#)
    let unknown = frame(#"{"jsonrpc":"2.0","id":"dossier-99","result":null}"#)
    let (_, output) = runConnection(request(1, "ask") + reply + unknown, handler: handler)
    #expect(output.count == 2)
    #expect(
      output[0] == [
        "jsonrpc": "2.0", "id": "dossier-1", "method": "client/question", "params": ["q": 1],
      ])
    #expect(output[1] == ["jsonrpc": "2.0", "id": 1, "result": "asked"])
    #expect(handler.replies.entries.withLock { $0 } == [#"success({"ok":true})"#])
  }

  @Test func endOfInputInsideAMessageIsReported() {
    let input = request(1, "echo") + Array("Content-Length: 50\r\n\r\n{\"jsonrpc\"".utf8)
    let (end, output) = runConnection(input, handler: ScriptedHandler())
    #expect(end == .endOfInput(midMessage: true))
    #expect(output.count == 1)
  }

  @Test func oversizedMessageIsRefusedAndTheNextAnswered() {
    let big = request(1, "echo", .string(String(repeating: "x", count: 5000)))
    let (_, output) = runConnection(
      big + request(2, "echo"), handler: ScriptedHandler(), maxMessageBytes: 1000)
    #expect(output.count == 2)
    #expect(output[0]["error"]?["code"] == .int(-32600))
    #expect(output[0]["id"] == .null)
    #expect(output[1]["id"] == 2)
  }
}
