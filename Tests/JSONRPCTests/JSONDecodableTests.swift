import Testing

@testable import JSONRPC

/// Hand-written decoding (`JSONDecodable`, `JSONFields`) must fail exactly as
/// `JSONValueDecoder` fails on the same input: same path, same words.
@Suite struct JSONDecodableTests {
  struct Inner: Codable, Equatable, JSONDecodable {
    var line: Int
    var note: String?

    init(json: JSONValue) throws(DecodingFailure) {
      let fields = try JSONFields(json)
      line = try fields.decode(Int.self, "line")
      note = try fields.decodeIfPresent(String.self, "note")
    }
  }

  struct Sample: Codable, Equatable, JSONDecodable {
    var name: String
    var flag: Bool
    var inner: Inner
    var items: [Inner]
    var extra: JSONValue?

    init(json: JSONValue) throws(DecodingFailure) {
      let fields = try JSONFields(json)
      name = try fields.decode(String.self, "name")
      flag = try fields.decode(Bool.self, "flag")
      inner = try fields.decode(Inner.self, "inner")
      items = try fields.decode([Inner].self, "items")
      extra = try fields.decodeIfPresent(JSONValue.self, "extra")
    }
  }

  /// The hand-written result and the `Codable` one, as text to compare.
  func both(_ json: JSONValue) -> (handWritten: String, codable: String) {
    let handWritten: String
    do { handWritten = "\(try Sample(json: json))" } catch { handWritten = "error: \(error)" }
    let codable: String
    do {
      codable = "\(try JSONValueDecoder().decode(Sample.self, from: json))"
    } catch {
      codable = "error: \(error)"
    }
    return (handWritten, codable)
  }

  static let valid: JSONValue = [
    "name": "x", "flag": true, "inner": ["line": 1], "items": [["line": 2, "note": "n"]],
  ]

  static func replacing(_ key: String, with value: JSONValue?) -> JSONValue {
    guard case .object(var members) = valid else { return valid }
    members[key] = value
    return .object(members)
  }

  static let inputs: [JSONValue] = [
    valid,
    replacing("extra", with: ["anything": [1]]),
    replacing("extra", with: nil),
    replacing("name", with: nil),
    replacing("name", with: .null),
    replacing("name", with: 3),
    replacing("flag", with: "yes"),
    replacing("inner", with: "here"),
    replacing("inner", with: [:]),
    replacing("inner", with: ["line": "one"]),
    replacing("inner", with: ["line": 1.0]),
    replacing("inner", with: ["line": 1.5]),
    replacing("inner", with: ["line": .double(9_223_372_036_854_775_808)]),
    replacing("inner", with: ["line": 1, "note": .null]),
    replacing("inner", with: ["line": 1, "note": 4]),
    replacing("items", with: [:]),
    replacing("items", with: [["line": 1], ["line": nil]]),
    replacing("items", with: [["line": 1], 7]),
    [],
    "text",
    nil,
  ]

  @Test(arguments: inputs)
  func handWrittenDecodingSaysWhatTheCodableDecoderSays(_ input: JSONValue) {
    let (handWritten, codable) = both(input)
    #expect(handWritten == codable)
  }

  @Test func aFailureInsideAnArrayOfObjectsNamesBoth() {
    let (handWritten, _) = both(Self.replacing("items", with: [["line": 1], ["line": "x"]]))
    #expect(handWritten == "error: items[1].line: expected an integer, got a string")
  }
}
