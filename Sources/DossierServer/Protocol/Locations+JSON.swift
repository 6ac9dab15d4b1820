import JSONRPC

// Positions, ranges and locations build their JSON directly: a references answer can hold
// tens of thousands of them, and the generic `Codable` path would spend most of the request
// in per-field casts (measured with perf on a 10,000-article corpus). Each form below writes
// exactly the bytes `JSONWriter` writes for its `jsonValue` (`LocationsJSONTests`).

extension Position: JSONValueRepresentable, JSONWritable {
  var jsonValue: JSONValue { ["line": .int(line), "character": .int(character)] }

  func writeJSON(into output: inout [UInt8]) {
    Self.write(line: line, character: character, into: &output)
  }

  /// `{"line":1,"character":2}`.
  static func write(line: Int, character: Int, into output: inout [UInt8]) {
    JSONWriter.writeRaw(#"{"line":"#, into: &output)
    JSONWriter.writeInt(line, into: &output)
    JSONWriter.writeRaw(#","character":"#, into: &output)
    JSONWriter.writeInt(character, into: &output)
    output.append(UInt8(ascii: "}"))
  }
}

extension LSPRange: JSONValueRepresentable, JSONWritable {
  var jsonValue: JSONValue { ["start": start.jsonValue, "end": end.jsonValue] }

  func writeJSON(into output: inout [UInt8]) {
    Self.write(start: start, end: end, into: &output)
  }

  /// `{"start":{…},"end":{…}}`.
  static func write(start: Position, end: Position, into output: inout [UInt8]) {
    JSONWriter.writeRaw(#"{"start":"#, into: &output)
    Position.write(line: start.line, character: start.character, into: &output)
    JSONWriter.writeRaw(#","end":"#, into: &output)
    Position.write(line: end.line, character: end.character, into: &output)
    output.append(UInt8(ascii: "}"))
  }
}

extension Location: JSONValueRepresentable, JSONWritable {
  var jsonValue: JSONValue { ["uri": .string(uri.string), "range": range.jsonValue] }

  func writeJSON(into output: inout [UInt8]) {
    JSONWriter.writeRaw(#"{"uri":"#, into: &output)
    JSONWriter.writeString(uri.string, into: &output)
    JSONWriter.writeRaw(#","range":"#, into: &output)
    range.writeJSON(into: &output)
    output.append(UInt8(ascii: "}"))
  }
}

extension LocationLink: JSONValueRepresentable, JSONWritable {
  var jsonValue: JSONValue {
    var members: [String: JSONValue] = [
      "targetUri": .string(targetUri.string), "targetRange": targetRange.jsonValue,
      "targetSelectionRange": targetSelectionRange.jsonValue,
    ]
    if let originSelectionRange { members["originSelectionRange"] = originSelectionRange.jsonValue }
    return .object(members)
  }

  func writeJSON(into output: inout [UInt8]) {
    output.append(UInt8(ascii: "{"))
    if let originSelectionRange {
      JSONWriter.writeRaw(#""originSelectionRange":"#, into: &output)
      originSelectionRange.writeJSON(into: &output)
      output.append(UInt8(ascii: ","))
    }
    JSONWriter.writeRaw(#""targetUri":"#, into: &output)
    JSONWriter.writeString(targetUri.string, into: &output)
    JSONWriter.writeRaw(#","targetRange":"#, into: &output)
    targetRange.writeJSON(into: &output)
    JSONWriter.writeRaw(#","targetSelectionRange":"#, into: &output)
    targetSelectionRange.writeJSON(into: &output)
    output.append(UInt8(ascii: "}"))
  }
}

// MARK: - Params read by hand

// Every document request carries a document and a position: read without `Codable`, in the
// order and with the errors of the synthesised decoders (`ParamsDecodingTests`).

extension DocumentURI: JSONDecodable {
  init(json: JSONValue) throws(DecodingFailure) {
    self.init(string: try String(json: json))
  }
}

extension TextDocumentIdentifier: JSONDecodable {
  init(json: JSONValue) throws(DecodingFailure) {
    self.init(uri: try JSONFields(json).decode(DocumentURI.self, "uri"))
  }
}

extension Position: JSONDecodable {
  init(json: JSONValue) throws(DecodingFailure) {
    let fields = try JSONFields(json)
    self.init(
      line: try fields.decode(Int.self, "line"),
      character: try fields.decode(Int.self, "character"))
  }
}

extension TextDocumentPositionParams: JSONDecodable {
  init(json: JSONValue) throws(DecodingFailure) {
    let fields = try JSONFields(json)
    self.init(
      textDocument: try fields.decode(TextDocumentIdentifier.self, "textDocument"),
      position: try fields.decode(Position.self, "position"))
  }
}

extension ReferenceParams.Context: JSONDecodable {
  init(json: JSONValue) throws(DecodingFailure) {
    self.init(includeDeclaration: try JSONFields(json).decode(Bool.self, "includeDeclaration"))
  }
}

extension ReferenceParams: JSONDecodable {
  init(json: JSONValue) throws(DecodingFailure) {
    let fields = try JSONFields(json)
    self.init(
      textDocument: try fields.decode(TextDocumentIdentifier.self, "textDocument"),
      position: try fields.decode(Position.self, "position"),
      context: try fields.decode(Context.self, "context"))
  }
}
