import DossierClient
import JSONRPC
import Testing

@Suite struct TranscriptFormatTests {
  @Test func entriesSpanLinesUntilTheNextMarker() throws {
    let transcript = try Transcript(
      path: "t",
      text: """
        # comment
        @args --log-level debug
        --> {"a":
             1}
        <~~ {"b": 2}

        <-- exit 3
        """)
    #expect(transcript.arguments == ["--log-level", "debug"])
    #expect(transcript.entries.count == 3)
    guard case .send(let sent) = transcript.entries[0].step else {
      Issue.record("first entry is not a send")
      return
    }
    #expect(sent == ["a": 1])
    #expect(transcript.entries[0].lines == 2..<4)
    guard case .expect(let expected, let subset) = transcript.entries[1].step else {
      Issue.record("second entry is not an expectation")
      return
    }
    #expect(expected == ["b": 2] && subset)
    guard case .expectExit(3) = transcript.entries[2].step else {
      Issue.record("third entry is not an exit")
      return
    }
  }

  @Test func rawSendsDecodeEscapes() throws {
    let transcript = try Transcript(path: "t", text: #"==> "A\r\n\x00\xff\"\\""#)
    guard case .sendRaw(let bytes) = transcript.entries[0].step else {
      Issue.record("not a raw send")
      return
    }
    #expect(bytes == [0x41, 0x0D, 0x0A, 0x00, 0xFF, 0x22, 0x5C])
  }

  @Test func badLinesAreReportedWithTheirLineNumber() {
    #expect(throws: Transcript.ParseError.self) { try Transcript(path: "t", text: "--> {not json") }
    do {
      _ = try Transcript(path: "f.transcript", text: "\n\nhello")
      Issue.record("accepted a line without a marker")
    } catch {
      #expect("\(error)".hasPrefix("f.transcript:3:"))
    }
  }

  @Test func comparisonIgnoresKeyOrderAndHonoursSubsetAndAny() {
    let actual: JSONValue = ["id": 1, "result": ["a": 1, "b": [1, 2]]]
    #expect(
      JSONComparison.matches(
        expected: ["result": ["b": [1, 2], "a": 1], "id": 1], actual: actual, subset: false))
    #expect(
      !JSONComparison.matches(
        expected: ["id": 1, "result": ["a": 1]], actual: actual, subset: false))
    #expect(
      JSONComparison.matches(expected: ["id": 1, "result": ["a": 1]], actual: actual, subset: true))
    #expect(
      JSONComparison.matches(
        expected: ["id": "${ANY}", "result": "${ANY}"], actual: actual, subset: false))
    #expect(
      !JSONComparison.matches(
        expected: ["id": "1", "result": "${ANY}"], actual: actual, subset: false))
    #expect(
      !JSONComparison.matches(
        expected: ["id": 1, "result": ["b": [1]]], actual: actual, subset: true))
  }

  @Test func containsPartsMustAllAppearInOrder() {
    let card: JSONValue = "**Southern Kurils** (Russia) ⇔ **Northern Territories** (Japan)\n\n*place*"
    #expect(JSONComparison.matches(expected: "${CONTAINS:Southern Kurils}${CONTAINS:*place*}", actual: card, subset: false))
    #expect(!JSONComparison.matches(expected: "${CONTAINS:*place*}${CONTAINS:Southern Kurils}", actual: card, subset: false))
    #expect(!JSONComparison.matches(expected: "${CONTAINS:Habomai}", actual: card, subset: false))
    #expect(!JSONComparison.matches(expected: "${CONTAINS:place}", actual: 5, subset: false))
  }
}
