import Base
import Testing

@testable import JSONRPC

/// A handler whose answers are bytes it wrote itself, as a cache would hold them.
final class EncodedHandler: MessageHandler {
  var isFinished = false

  func handle(_ request: Request) throws -> JSONValue {
    try encodedReply(to: request).parsed()
  }

  func encodedReply(to request: Request) throws -> EncodedJSON {
    switch request.method {
    // Keys in an order no dictionary would keep, and spacing no writer would add: proof that
    // the bytes are copied, not re-encoded.
    case "cached": return EncodedJSON(uncheckedBytes: Array(#"{"z": 1, "a": [true, null]}"#.utf8))
    case "refuse":
      throw ResponseError.invalidParams("invalid params: position: missing required field")
    default: throw ResponseError.methodNotFound(request.method)
    }
  }

  func handle(_ notification: Notification) {}
}

/// Runs a connection over temporary files and returns the raw bytes it wrote.
func rawOutput(_ input: [UInt8], handler: some MessageHandler) -> [UInt8] {
  let inputPath = temporaryPath("in")
  let outputPath = temporaryPath("out")
  defer {
    unlink(inputPath)
    unlink(outputPath)
  }
  writeFile(inputPath, input)
  let inputFD = open(inputPath, O_RDONLY)
  let outputFD = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  _ = Connection(input: inputFD, output: outputFD).run(handler: handler)
  close(inputFD)
  close(outputFD)
  return readFile(outputPath)
}

@Suite struct EncodedReplyTests {
  @Test func anEncodedResultIsWrittenAsItsBytes() {
    let output = String(
      decoding: rawOutput(request(7, "cached"), handler: EncodedHandler()), as: UTF8.self)
    let body = #"{"jsonrpc":"2.0","id":7,"result":{"z": 1, "a": [true, null]}}"#
    #expect(output == "Content-Length: \(body.utf8.count)\r\n\r\n" + body)
  }

  @Test func aStringIdIsEchoedAroundTheBytes() {
    let output = String(
      decoding: rawOutput(request("a\"b", "cached"), handler: EncodedHandler()), as: UTF8.self)
    #expect(
      output.hasSuffix(#"{"jsonrpc":"2.0","id":"a\"b","result":{"z": 1, "a": [true, null]}}"#))
  }

  @Test func aBatchHoldsEncodedResultsAndErrorsInOrder() throws {
    let batch: JSONValue = [
      ["jsonrpc": "2.0", "id": 1, "method": "cached"],
      ["jsonrpc": "2.0", "id": 2, "method": "refuse"],
      ["jsonrpc": "2.0", "method": "note"],
      ["jsonrpc": "2.0", "id": 3, "method": "cached"],
    ]
    var reader = FrameReader()
    reader.append(rawOutput(frame(batch.description), handler: EncodedHandler()))
    guard case .body(let body)? = reader.next() else {
      Issue.record("no response")
      return
    }
    let answer = try JSONParser.parse(body)
    let cached: JSONValue = ["z": 1, "a": [true, nil]]
    #expect(
      answer == [
        ["jsonrpc": "2.0", "id": 1, "result": cached],
        [
          "jsonrpc": "2.0", "id": 2,
          "error": ["code": -32602, "message": "invalid params: position: missing required field"],
        ],
        ["jsonrpc": "2.0", "id": 3, "result": cached],
      ])
    #expect(reader.next() == nil)
  }

  @Test func aHandlerWithoutEncodedRepliesIsAnsweredFromItsValues() {
    // `ScriptedHandler` implements only `handle(_:) -> JSONValue`.
    let output = String(
      decoding: rawOutput(request(1, "echo", ["b": [1, 2]]), handler: ScriptedHandler()),
      as: UTF8.self)
    #expect(output.hasSuffix(#"{"jsonrpc":"2.0","id":1,"result":{"b":[1,2]}}"#))
  }

  @Test func writableValuesWriteWhatTheWriterWrites() throws {
    let values: [JSONValue] = [
      nil, true, 0, -12, 3.5, "say \"hi\"\n", [1, "two", [nil]], ["k": ["nested": [false]]],
    ]
    for value in values {
      #expect(value.encodedJSON.bytes == JSONWriter.encode(value))
      #expect(try value.encodedJSON.parsed() == value)
    }
    #expect([EncodedJSON(1), EncodedJSON("x")].encodedJSON.bytes == Array(#"[1,"x"]"#.utf8))
    #expect(Optional<EncodedJSON>.none.encodedJSON.bytes == Array("null".utf8))
  }

  @Test func literalsAndIntegersAreWrittenAsBytes() {
    var output: [UInt8] = []
    JSONWriter.writeRaw(#"{"n":"#, into: &output)
    for number in [0, 9, 10, -1, -10, 1_234_567_890, Int.max, Int.min] {
      JSONWriter.writeInt(number, into: &output)
      output.append(UInt8(ascii: ","))
    }
    #expect(
      String(decoding: output, as: UTF8.self)
        == #"{"n":0,9,10,-1,-10,1234567890,9223372036854775807,-9223372036854775808,"#)
  }
}
