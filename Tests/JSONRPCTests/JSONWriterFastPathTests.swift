import Testing

@testable import JSONRPC

/// The writer's shortcuts (digits without a `String`, strings copied whole when nothing needs
/// escaping) must write exactly what the plain path would.
@Suite struct JSONWriterFastPathTests {
  func written(_ value: JSONValue) -> String {
    String(decoding: JSONWriter.encode(value), as: UTF8.self)
  }

  @Test func integersAreWrittenInDecimalAtBothEnds() {
    #expect(written(0) == "0")
    #expect(written(7) == "7")
    #expect(written(-5) == "-5")
    #expect(written(1_234_567) == "1234567")
    #expect(written(.int(Int.max)) == "9223372036854775807")
    #expect(written(.int(Int.min)) == "-9223372036854775808")
  }

  @Test func plainStringsAreCopiedAndOthersEscaped() {
    #expect(written("file:///corpus/a b.txt") == #""file:///corpus/a b.txt""#)
    #expect(written("“Japan’s” — 🎌") == "\"“Japan’s” — 🎌\"")
    #expect(written("say \"hi\"\\\n\u{1}") == #""say \"hi\"\\\n\u0001""#)
  }

  @Test func representableValuesEncodeAsTheirJSON() throws {
    struct Point: Encodable, JSONValueRepresentable {
      var x: Int
      var jsonValue: JSONValue { ["x": .int(x), "fast": true] }
    }
    struct Wrapper: Encodable { var points: [Point]; var single: Point? }
    #expect(try JSONValueEncoder().encode([Point(x: 1)]) == [["x": 1, "fast": true]])
    #expect(
      try JSONValueEncoder().encode(Wrapper(points: [Point(x: 2)], single: nil))
        == ["points": [["x": 2, "fast": true]]])
  }
}
