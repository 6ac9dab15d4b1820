import JSONRPC
import Testing

@testable import DossierServer

/// Params that every document request carries are read by hand (`JSONDecodable`); the answer,
/// and the -32602 message for bad params, must be what the `Codable` path gives.
@Suite struct ParamsDecodingTests {
  static let position: JSONValue = [
    "textDocument": ["uri": "file:///tmp/a%20b.md"], "position": ["line": 3, "character": 7],
  ]

  static func with(_ base: JSONValue, _ key: String, _ value: JSONValue?) -> JSONValue {
    guard case .object(var members) = base else { return base }
    members[key] = value
    return .object(members)
  }

  static let positionInputs: [JSONValue?] = [
    position,
    with(position, "extra", ["ignored": true]),
    nil,
    [:],
    [1, 2],
    with(position, "textDocument", nil),
    with(position, "textDocument", "file:///a"),
    with(position, "textDocument", ["uri": 5]),
    with(position, "textDocument", ["uri": nil]),
    with(position, "textDocument", [:]),
    with(position, "position", nil),
    with(position, "position", ["line": "3", "character": 7]),
    with(position, "position", ["line": 3]),
    with(position, "position", ["line": 3.0, "character": -7]),
    with(position, "position", ["line": 3.5, "character": 7]),
    with(position, "position", ["line": .double(9_223_372_036_854_775_808), "character": 0]),
    with(position, "position", ["line": .int(Int.min), "character": .int(Int.max)]),
  ]

  /// What a decoder made of `raw`: the value, or the error response.
  static func outcome<P: Hashable>(_ decode: () throws(ResponseError) -> P) -> String {
    do { return "value \(try decode())" } catch { return "error \(error.code): \(error.message)" }
  }

  @Test(arguments: positionInputs)
  func positionParamsReadByHandAsCodableReadsThem(_ raw: JSONValue?) {
    let handWritten = Self.outcome { () throws(ResponseError) in try HoverRequest.decodeParams(raw)
    }
    let codable = Self.outcome { () throws(ResponseError) in
      try decodeParams(TextDocumentPositionParams.self, from: raw)
    }
    #expect(handWritten == codable)
    #expect(
      Self.outcome { () throws(ResponseError) in try DefinitionRequest.decodeParams(raw) }
        == codable)
  }

  static let referenceInputs: [JSONValue?] =
    positionInputs.map { $0.map { with($0, "context", ["includeDeclaration": true]) } } + [
      position,
      with(position, "context", nil),
      with(position, "context", ["includeDeclaration": "yes"]),
      with(position, "context", ["includeDeclaration": nil]),
      with(position, "context", [:]),
      with(position, "context", ["includeDeclaration": false, "other": 1]),
    ]

  @Test(arguments: referenceInputs)
  func referenceParamsReadByHandAsCodableReadsThem(_ raw: JSONValue?) {
    let handWritten = Self.outcome { () throws(ResponseError) in
      try ReferencesRequest.decodeParams(raw)
    }
    let codable = Self.outcome { () throws(ResponseError) in
      try decodeParams(ReferenceParams.self, from: raw)
    }
    #expect(handWritten == codable)
  }

  @Test func theMessageNamesTheField() {
    let raw = Self.with(Self.position, "position", ["line": 1, "character": "x"])
    #expect(
      Self.outcome { () throws(ResponseError) in try HoverRequest.decodeParams(raw) }
        == "error -32602: invalid params: position.character: expected an integer, got a string")
  }
}
