import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Inputs too large to write in a transcript, sent to the real server. Each ends by showing
/// that the server still answers, and shuts down cleanly.
@Suite struct HostileProtocolTests {
  let seeds = repositoryRoot + "/seeds"

  static func header(_ length: Int) -> [UInt8] { Array("Content-Length: \(length)\r\n\r\n".utf8) }

  @Test func contentLengthOfOneGibibyteIsRefusedWithoutAllocatingIt() throws {
    let server = try TestServer(corpus: seeds)
    server.initialize()
    let gibibyte = 1 << 30
    #expect(server.channel.sendRaw(Self.header(gibibyte)))
    // Refused as soon as the header is read, before one byte of the body has arrived.
    let refusal = server.waitFor(timeout: 30) { $0["error"] != nil }
    #expect(refusal?["id"] == .null)
    #expect(refusal?["error"]?["code"] == -32600)
    #expect(
      refusal?["error"]?["message"]
        == "message of 1073741824 bytes exceeds the limit of 67108864 bytes; skipped")
    // The body is then read and dropped as it comes, so memory stays flat while a full GiB of
    // it goes through.
    let megabyte = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
    for _ in 0..<(gibibyte / megabyte.count) { #expect(server.channel.sendRaw(megabyte)) }
    #expect(server.call("dossier/status", id: 2)?["result"]?["state"] != nil)
    let peakKilobytes = try #require(server.memoryKilobytes("VmHWM"))
    #expect(peakKilobytes < 256 * 1024, "peak memory \(peakKilobytes) kB while skipping 1 GiB")
    #expect(server.shutDown() == 0)
  }

  @Test func hundredThousandNestedArraysGetAParseError() throws {
    let server = try TestServer(corpus: seeds)
    server.initialize()
    let depth = 100_000
    let nested =
      Array(repeating: UInt8(ascii: "["), count: depth)
      + Array(repeating: UInt8(ascii: "]"), count: depth)
    #expect(server.channel.sendRaw(Self.header(nested.count) + nested))
    let error = server.waitFor { $0["error"] != nil }
    #expect(error?["id"] == .null)
    #expect(error?["error"]?["code"] == -32700)
    // Unclosed objects as deep, inside a request that would otherwise be valid.
    let objects = Array(
      (#"{"jsonrpc": "2.0", "id": 3, "method": "dossier/status", "params": "#
        + String(repeating: #"{"a": "#, count: depth)).utf8)
    #expect(server.channel.sendRaw(Self.header(objects.count) + objects))
    let second = server.waitFor { $0["error"] != nil }
    #expect(second?["error"]?["code"] == -32700)
    #expect(server.call("dossier/status", id: 4)?["result"]?["state"] != nil)
    #expect(server.shutDown() == 0)
  }

  @Test func tenMegabyteStringsAreTakenAndEchoed() throws {
    let server = try TestServer(corpus: seeds)
    server.initialize()
    let tenMegabytes = 10 << 20
    // A 10 MB document: opened, edited at its end, and the server goes on answering.
    let line = String(repeating: "Lavrov met Kishida — “talks”. ", count: 8) + "\n"
    let text = String(repeating: line, count: tenMegabytes / line.utf8.count + 1)
    #expect(text.utf8.count > tenMegabytes)
    let uri = "file:///tmp/dossier-hostile/ten-megabytes.md"
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text),
        ]
      ])
    server.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [
          [
            "range": [
              "start": ["line": 1_000_000, "character": 0],
              "end": ["line": 1_000_000, "character": 0],
            ],
            "text": "end",
          ]
        ],
      ])
    #expect(server.call("dossier/status", id: 2)?["result"]?["state"] != nil)
    // A 10 MB method name comes back whole in the error message.
    let method = String(repeating: "m", count: tenMegabytes)
    let reply = server.call(method, id: 3)
    #expect(reply?["error"]?["code"] == -32601)
    #expect(reply?["error"]?["message"]?.stringValue?.utf8.count == tenMegabytes + 18)
    #expect(server.shutDown() == 0)
  }

  @Test func aContentLengthOfTwoToTheSixtyThreeIsAnsweredOnceAndTheNextRequestsStillAre() throws {
    let server = try TestServer(corpus: seeds)
    server.initialize()
    // The header and, right behind it, an ordinary request: the reader must not count 2^63
    // bytes off before it looks at anything again.
    let status = Array(#"{"jsonrpc":"2.0","id":2,"method":"dossier/status"}"#.utf8)
    #expect(server.channel.sendRaw(Self.header(Int.max) + Self.header(status.count) + status))
    let refusal = server.waitFor(timeout: 30) { $0["error"] != nil }
    #expect(refusal?["error"]?["code"] == -32600)
    #expect(server.response(id: 2, timeout: 30)?["result"]?["state"] != nil)
    // One error for the one bad header, and shutdown answered.
    #expect(!server.received.contains { $0["error"] != nil })
    #expect(server.shutDown() == 0)
  }

  /// True in a build with AddressSanitizer or ThreadSanitizer (this test process and the server
  /// it starts are built alike): their shadow memory and quarantine are in every RSS figure.
  static let underSanitizer: Bool = {
    // The symbols the sanitizers' runtimes define, looked up in the whole process.
    let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
    return dlsym(everywhere, "__asan_init") != nil || dlsym(everywhere, "__tsan_init") != nil
  }()

  @Test(
    .disabled(
      if: underSanitizer, "a sanitizer's shadow memory and quarantine are in the peak RSS"))
  func aFiftyMegabyteDocumentCostsAtMostFourTimesItsText() throws {
    let server = try TestServer(corpus: seeds, arguments: ["--no-cache"])
    server.initialize()
    #expect(server.waitUntilIndexed()?["state"] == "ready")
    let before = try #require(server.memoryKilobytes("VmHWM"))
    // A draft of news text: the seed articles over and over, 50 MB of them.
    var article = ""
    for name in try #require(listFolder(seeds)).sorted() {
      article += try #require(readText(seeds + "/" + name)) + "\n\n"
    }
    let size = 50_000_000
    let text = String(repeating: article, count: size / article.utf8.count + 1)
    let uri = "file:///tmp/dossier-hostile/fifty-megabytes.md"
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text),
        ]
      ])
    // Its names are read (a hover on it) and its diagnostics published: all it will cost.
    let hover = server.call(
      "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": ["line": 12, "character": 70]], id: 2,
      timeout: 120)
    #expect(hover?["result"] != nil)
    let published = server.waitFor(timeout: 120) {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
    }
    #expect(published != nil)
    let after = try #require(server.memoryKilobytes("VmHWM"))
    let grownBytes = (after - before) * 1024
    #expect(
      grownBytes <= 4 * text.utf8.count,
      "peak memory grew by \(grownBytes / 1_000_000) MB for a \(text.utf8.count / 1_000_000) MB document"
    )
    #expect(server.shutDown() == 0)
  }
}
