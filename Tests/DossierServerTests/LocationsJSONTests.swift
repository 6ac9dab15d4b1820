import Corpus
import Foundation
import JSONRPC
import Testing

@testable import DossierServer

/// Answers written straight into bytes (`JSONWritable`, `RangeBytes`) must be the JSON the
/// synthesised `Codable` conformances would give.
@Suite struct LocationsJSONTests {
  /// The value as Foundation's encoder writes it from the synthesised `Encodable`.
  func codable(_ value: some Encodable) throws -> JSONValue {
    try JSONParser.parse(Array(try JSONEncoder().encode(value)))
  }

  func written(_ value: some JSONWritable) throws -> JSONValue {
    try value.encodedJSON.parsed()
  }

  let range = LSPRange(
    start: Position(line: 0, character: 9), end: Position(line: 1_234_567, character: 10))

  @Test func positionsRangesAndLocationsAreTheirCodableJSON() throws {
    #expect(try written(range.start) == codable(range.start))
    #expect(try written(range) == codable(range))
    for uri in [
      DocumentURI(filePath: "/corpus/a b/“c”.txt"), DocumentURI(string: #"untitled:say "hi"\n"#),
    ] {
      let location = Location(uri: uri, range: range)
      #expect(try written(location) == codable(location))
      for origin in [nil, range] {
        let link = LocationLink(
          originSelectionRange: origin, targetUri: uri, targetRange: range,
          targetSelectionRange: LSPRange(start: range.end, end: range.end))
        #expect(try written(link) == codable(link))
      }
    }
  }

  @Test func aHoverIsItsContentsAndRange() throws {
    let contents = MarkupContent(kind: "markdown", value: "**Kurils** “x”\n\n> a \\* b")
    for range in [nil, range] {
      let hover = Hover(contents: contents, range: range)
      var expected: [String: JSONValue] = ["contents": try codable(contents)]
      if let range { expected["range"] = try codable(range) }
      #expect(try written(hover) == .object(expected))
    }
  }

  @Test func aCachedCardIsItsMarkupContent() throws {
    for markdown in [true, false] {
      let card = "**A** ⇔ *B*\n\n“quoted” \"straight\" \\ tab\t"
      #expect(
        try CardCache.encode(card, markdown: markdown).parsed()
          == codable(MarkupContent(kind: markdown ? "markdown" : "plaintext", value: card)))
    }
  }

  @Test func rangeBytesAreWhatTheRangeWrites() {
    let numbers = [0, 1, 9, 10, 99, 100, 65_535, 1_000_000_007, Int.max]
    var buffer = [UInt8](repeating: 0, count: RangeBytes.capacity)
    for (index, number) in numbers.enumerated() {
      let other = numbers[(index * 5 + 3) % numbers.count]
      let start = LineColumn(line: number, column: other)
      let end = LineColumn(line: other, column: number)
      var expected: [UInt8] = []
      LSPRange(
        start: Position(line: start.line, character: start.column),
        end: Position(line: end.line, character: end.column)
      ).writeJSON(into: &expected)
      for closing in [false, true] {
        let count = buffer.withUnsafeMutableBufferPointer {
          RangeBytes.write(start: start, end: end, closing: closing, into: $0.baseAddress!)
        }
        #expect(Array(buffer[..<count]) == expected + (closing ? [UInt8(ascii: "}")] : []))
      }
    }
  }
}
