import JSONRPC

/// A position in a text document, with `character` counted in the negotiated encoding.
public struct Position: Codable, Sendable, Hashable {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }
}

public struct LSPRange: Codable, Sendable, Hashable {
  public var start: Position
  public var end: Position

  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }
}

public struct Location: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var range: LSPRange

  public init(uri: DocumentURI, range: LSPRange) {
    self.uri = uri
    self.range = range
  }
}

public struct LocationLink: Codable, Sendable, Hashable {
  public var originSelectionRange: LSPRange?
  public var targetUri: DocumentURI
  public var targetRange: LSPRange
  public var targetSelectionRange: LSPRange

  public init(
    originSelectionRange: LSPRange?, targetUri: DocumentURI, targetRange: LSPRange,
    targetSelectionRange: LSPRange
  ) {
    self.originSelectionRange = originSelectionRange
    self.targetUri = targetUri
    self.targetRange = targetRange
    self.targetSelectionRange = targetSelectionRange
  }
}

public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: DocumentURI

  public init(uri: DocumentURI) { self.uri = uri }
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var version: Int
}

public struct TextDocumentItem: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var languageId: String
  public var version: Int
  public var text: String
}

/// The params of every request about one place in one document.
public struct TextDocumentPositionParams: Codable, Sendable, Hashable {
  public var textDocument: TextDocumentIdentifier
  public var position: Position

  public init(textDocument: TextDocumentIdentifier, position: Position) {
    self.textDocument = textDocument
    self.position = position
  }
}

/// Params of requests that carry nothing (`shutdown`), or whose params are ignored.
public struct NoParams: Codable, Sendable, Hashable {
  public init() {}
  public init(from decoder: Decoder) throws {}
  public func encode(to encoder: Encoder) throws {}
}

/// A `null` result (`shutdown`), encoded as JSON null.
public struct NullResult: Encodable, Sendable {
  public init() {}
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}

public enum MessageType: Int, Codable, Sendable {
  case error = 1
  case warning = 2
  case info = 3
  case log = 4
}
