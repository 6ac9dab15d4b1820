@testable import JSONRPC

extension FuzzTarget {
  /// The JSON parser and message validation: whatever parses writes back to JSON that parses
  /// to the same bytes again, and a message that validates survives the trip unchanged.
  static let json = FuzzTarget(
    name: "json",
    summary: "JSON parser and message validation: written output re-parses to itself"
  ) { bytes in
    var violations = Violations()
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch let error as JSONParseError {
      violations.expect(
        error.byteOffset >= 0 && error.byteOffset <= bytes.count,
        "error offset \(error.byteOffset) outside the body of \(bytes.count) bytes")
      return violations.list
    } catch {
      violations.add("the parser threw something other than a JSONParseError: \(error)")
      return violations.list
    }
    // Written once, numbers take their canonical form (1.0 is written 1); from then on the
    // bytes must be a fixed point.
    let written = JSONWriter.encode(value, sortedKeys: true)
    guard let reparsed = try? JSONParser.parse(written) else {
      violations.add("written JSON does not parse: \(String(decoding: written, as: UTF8.self))")
      return violations.list
    }
    let rewritten = JSONWriter.encode(reparsed, sortedKeys: true)
    violations.expect(
      rewritten == written,
      "JSON is not a fixed point: \(String(decoding: written, as: UTF8.self)) became \(String(decoding: rewritten, as: UTF8.self))"
    )
    if case .success(let message) = Message.decode(value) {
      switch Message.decode(message.json) {
      case .success(let again):
        violations.expect(again == message, "message changed on re-decoding: \(message)")
      case .failure(let invalid):
        violations.add("a valid message became invalid when written: \(invalid.error)")
      }
    }
    return violations.list
  }
}
