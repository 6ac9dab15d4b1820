import Testing

@testable import JSONRPC

func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

@Suite struct JSONParserTests {
  @Test func parsesEveryKindOfValue() throws {
    let value = try parse(#" {"a": [1, -2, 3.5, 1e2, true, false, null, "x"], "b": {}} "#)
    #expect(
      value
        == .object([
          "a": [.int(1), .int(-2), .double(3.5), .double(100), true, false, .null, "x"],
          "b": .object([:]),
        ]))
  }

  @Test func integersStayIntegersAndMinusZeroIsZero() throws {
    #expect(try parse("7") == .int(7))
    #expect(try parse("-0") == .int(0))
    #expect(try parse("7.0") == .double(7))
    #expect(try parse("9223372036854775807") == .int(Int.max))
    #expect(try parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
  }

  @Test func numbersTooLargeForADoubleAreRefused() {
    #expect(throws: JSONParseError.self) { try parse("1e999") }
    #expect(throws: JSONParseError.self) { try parse("-1e999") }
  }

  @Test func malformedNumbersAreRefused() {
    for text in ["01", "1.", ".5", "-", "+1", "1e", "0x10", "NaN", "Infinity"] {
      #expect(throws: JSONParseError.self, "\(text)") { try parse(text) }
    }
  }

  @Test func escapesAndSurrogatePairsDecode() throws {
    #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83c\udf8c""#) == .string("a\"b\\c/d\n\té🎌"))
  }

  @Test func loneSurrogatesBecomeReplacementCharacters() throws {
    #expect(try parse(#""\ud800""#) == .string("\u{FFFD}"))
    #expect(try parse(#""\udc00x""#) == .string("\u{FFFD}x"))
    #expect(try parse(#""\ud800\u0041""#) == .string("\u{FFFD}A"))
  }

  @Test func duplicateKeysKeepTheLast() throws {
    #expect(try parse(#"{"id": 1, "id": 2}"#) == .object(["id": .int(2)]))
  }

  @Test func bytesThatAreNotUTF8AreRefused() {
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xC3, 0x22]) }
    #expect(throws: JSONParseError.self) { try JSONParser.parse([0xEF, 0xBB, 0xBF, 0x31]) }
  }

  @Test func controlCharactersInStringsAreRefused() {
    #expect(throws: JSONParseError.self) { try JSONParser.parse(Array("\"a\nb\"".utf8)) }
  }

  @Test func deepNestingIsRefusedNotRecursed() {
    // 100,000 levels would overflow the stack of a naive recursive parser.
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParseError.self) { try parse(deep) }
    let objects = String(repeating: #"{"a":"#, count: 100_000)
    #expect(throws: JSONParseError.self) { try parse(objects) }
    let allowed = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
    #expect(throws: Never.self) { try parse(allowed) }
  }

  @Test func aTenMegabyteStringParses() throws {
    let big = String(repeating: "abcdefghij", count: 1_000_000)
    #expect(try parse("\"\(big)\"") == .string(big))
  }

  @Test func truncatedInputIsRefused() {
    for text in ["", " ", "{", "[1,", #"{"a""#, #"{"a":"#, #""abc"#, "tru", "[1 2]", "{} {}"] {
      #expect(throws: JSONParseError.self, "\(text)") { try parse(text) }
    }
  }

  @Test func writerRoundTripsThroughTheParser() throws {
    let value: JSONValue = [
      "text": "quote \" backslash \\ newline \n tab \t bell \u{07} ’ 🎌", "n": -12, "d": 0.25,
      "list": [nil, true, [:]],
    ]
    #expect(try JSONParser.parse(JSONWriter.encode(value)) == value)
  }
}
