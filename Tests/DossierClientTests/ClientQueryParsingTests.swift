import DossierClient
import JSONRPC
import Testing

@Suite struct ClientQueryParsingTests {
  @Test func aPositionLineKeepsSpacesInTheFileName() throws {
    let position = try FilePosition.parse(line: "my report.md 3 7")
    #expect(position == FilePosition(path: "my report.md", line: 3, column: 7))
  }

  @Test(arguments: ["a.md 3", "a.md 0 1", "a.md 1 0", "a.md one 1", ""])
  func badPositionLinesAreRefused(_ line: String) {
    #expect(throws: QueryParseError.self) { try FilePosition.parse(line: line) }
  }

  @Test func callLinesSplitTheMethodFromItsParams() throws {
    #expect(
      try ClientQuery.parseCall(line: #"  dossier/lookup   {"query": "x"}"#)
        == .call(method: "dossier/lookup", params: ["query": "x"]))
    // No params is not `null` params: the server refuses the latter.
    #expect(try ClientQuery.parseCall(line: "shutdown") == .call(method: "shutdown", params: nil))
    #expect(throws: QueryParseError.self) { try ClientQuery.parseCall(line: "m {") }
  }
}
