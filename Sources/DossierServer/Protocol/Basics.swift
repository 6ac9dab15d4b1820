import JSONRPC

/// A position in a text document, with `character` counted in the negotiated encoding.
struct Position: Codable, Sendable, Hashable {
  var line: Int
  var character: Int

  init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }
}

struct LSPRange: Codable, Sendable, Hashable {
  var start: Position
  var end: Position

  init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }
}

struct Location: Codable, Sendable, Hashable {
  var uri: DocumentURI
  var range: LSPRange

  init(uri: DocumentURI, range: LSPRange) {
    self.uri = uri
    self.range = range
  }
}

struct LocationLink: Codable, Sendable, Hashable {
  var originSelectionRange: LSPRange?
  var targetUri: DocumentURI
  var targetRange: LSPRange
  var targetSelectionRange: LSPRange

  init(
    originSelectionRange: LSPRange?, targetUri: DocumentURI, targetRange: LSPRange,
    targetSelectionRange: LSPRange
  ) {
    self.originSelectionRange = originSelectionRange
    self.targetUri = targetUri
    self.targetRange = targetRange
    self.targetSelectionRange = targetSelectionRange
  }
}

struct TextDocumentIdentifier: Codable, Sendable, Hashable {
  var uri: DocumentURI

  init(uri: DocumentURI) { self.uri = uri }
}

struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
  var uri: DocumentURI
  var version: Int
}

struct TextDocumentItem: Codable, Sendable, Hashable {
  var uri: DocumentURI
  var languageId: String
  var version: Int
  var text: String
}

/// The params of every request about one place in one document.
struct TextDocumentPositionParams: Codable, Sendable, Hashable {
  var textDocument: TextDocumentIdentifier
  var position: Position

  init(textDocument: TextDocumentIdentifier, position: Position) {
    self.textDocument = textDocument
    self.position = position
  }
}

/// Params of requests that carry nothing (`shutdown`), or whose params are ignored.
struct NoParams: Codable, Sendable, Hashable {
  init() {}
  init(from decoder: Decoder) throws {}
  func encode(to encoder: Encoder) throws {}
}

/// A `null` result (`shutdown`), encoded as JSON null.
struct NullResult: Encodable, Sendable {
  init() {}
  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}

enum MessageType: Int, Codable, Sendable {
  case error = 1
  case warning = 2
  case info = 3
  case log = 4
}
