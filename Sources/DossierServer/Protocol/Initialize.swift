import JSONRPC

public struct WorkspaceFolder: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var name: String
}

/// The parts of `initialize`'s params that Dossier reads.
public struct InitializeParams: Decodable, Sendable {
  public var processId: Int?
  public var rootUri: DocumentURI?
  public var rootPath: String?
  public var workspaceFolders: [WorkspaceFolder]?
  /// Required by LSP, but a script that sends `{}` still gets a server (with no capabilities).
  public var capabilities: ClientCapabilities?
  public var initializationOptions: JSONValue?
  public var clientInfo: ClientInfo?

  public struct ClientInfo: Decodable, Sendable {
    public var name: String
    public var version: String?
  }
}

/// What the client can do, kept as sent and read through accessors, so that an odd value in a
/// part Dossier never reads can't fail `initialize`.
public struct ClientCapabilities: Decodable, Sendable {
  public let raw: JSONValue
  /// True when the client prefers plain text over markdown in hovers (read once: every hover
  /// asks).
  public let prefersPlainTextHover: Bool
  /// `textDocument.definition.linkSupport`: definitions answer with `LocationLink`s.
  public let supportsDefinitionLinks: Bool

  public init(raw: JSONValue) {
    self.raw = raw
    prefersPlainTextHover = Self.prefersPlainText(raw)
    supportsDefinitionLinks =
      raw["textDocument"]?["definition"]?["linkSupport"]?.boolValue ?? false
  }

  public init(from decoder: Decoder) throws {
    self.init(raw: try decoder.singleValueContainer().decode(JSONValue.self))
  }

  /// The value at a dotted path ("textDocument.hover.contentFormat").
  public func value(_ path: String) -> JSONValue? {
    var current: JSONValue? = raw
    for key in path.split(separator: ".") { current = current?[String(key)] }
    return current
  }

  public func flag(_ path: String) -> Bool { value(path)?.boolValue ?? false }

  /// Encodings the client offers, in its order of preference.
  public var positionEncodings: [String] {
    value("general.positionEncodings")?.arrayValue?.compactMap(\.stringValue) ?? []
  }

  private static func prefersPlainText(_ raw: JSONValue) -> Bool {
    guard
      let formats = raw["textDocument"]?["hover"]?["contentFormat"]?.arrayValue?.compactMap(
        \.stringValue),
      let first = formats.first
    else { return false }
    return first == "plaintext"
  }

  public var supportsWorkDoneProgress: Bool { flag("window.workDoneProgress") }
}
