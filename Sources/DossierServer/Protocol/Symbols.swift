import JSONRPC

/// LSP's `SymbolKind`: the numbers clients turn into icons.
public struct SymbolKind: RawRepresentable, Codable, Sendable, Hashable {
  public var rawValue: Int

  public init(rawValue: Int) { self.rawValue = rawValue }

  public init(from decoder: Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(Int.self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public static let namespace = SymbolKind(rawValue: 3)
  public static let `class` = SymbolKind(rawValue: 5)
  public static let interface = SymbolKind(rawValue: 11)
  public static let variable = SymbolKind(rawValue: 13)
  public static let constant = SymbolKind(rawValue: 14)
  public static let event = SymbolKind(rawValue: 24)
}

/// A symbol with its location: `workspace/symbol`'s answer, and `textDocument/documentSymbol`'s
/// for clients without hierarchical support.
public struct SymbolInformation: Codable, Sendable, Hashable {
  public var name: String
  public var kind: SymbolKind
  public var location: Location
  public var containerName: String?

  public init(name: String, kind: SymbolKind, location: Location, containerName: String?) {
    self.name = name
    self.kind = kind
    self.location = location
    self.containerName = containerName
  }
}

/// A node of a document's outline. `selectionRange` lies within `range`, and so do the
/// children's ranges.
public struct DocumentSymbol: Codable, Sendable, Hashable {
  public var name: String
  public var detail: String?
  public var kind: SymbolKind
  public var range: LSPRange
  public var selectionRange: LSPRange
  public var children: [DocumentSymbol]?

  public init(
    name: String, detail: String?, kind: SymbolKind, range: LSPRange, selectionRange: LSPRange,
    children: [DocumentSymbol]?
  ) {
    self.name = name
    self.detail = detail
    self.kind = kind
    self.range = range
    self.selectionRange = selectionRange
    self.children = children
  }
}

public struct WorkspaceSymbolParams: Codable, Sendable, Hashable {
  public var query: String

  public init(query: String) { self.query = query }
}

public struct WorkspaceSymbolRequest: LSPRequest {
  public static let method = "workspace/symbol"
  public typealias Params = WorkspaceSymbolParams
  public typealias Response = [SymbolInformation]
}

public struct DocumentSymbolParams: Codable, Sendable, Hashable {
  public var textDocument: TextDocumentIdentifier

  public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}

/// `textDocument/documentSymbol`'s answer: an outline, or a flat list for clients that
/// cannot show one.
public enum DocumentSymbolResponse: Encodable, Sendable, Hashable {
  case outline([DocumentSymbol])
  case flat([SymbolInformation])

  public func encode(to encoder: Encoder) throws {
    switch self {
    case .outline(let symbols): try symbols.encode(to: encoder)
    case .flat(let symbols): try symbols.encode(to: encoder)
    }
  }
}

public struct DocumentSymbolRequest: LSPRequest {
  public static let method = "textDocument/documentSymbol"
  public typealias Params = DocumentSymbolParams
  public typealias Response = DocumentSymbolResponse
}

// Built directly: an outline of a long report has a child per mention.

extension SymbolInformation: JSONValueRepresentable {
  public var jsonValue: JSONValue {
    var members: [String: JSONValue] = [
      "name": .string(name), "kind": .int(kind.rawValue), "location": location.jsonValue,
    ]
    if let containerName { members["containerName"] = .string(containerName) }
    return .object(members)
  }
}

extension DocumentSymbol: JSONValueRepresentable {
  public var jsonValue: JSONValue {
    var members: [String: JSONValue] = [
      "name": .string(name), "kind": .int(kind.rawValue), "range": range.jsonValue,
      "selectionRange": selectionRange.jsonValue,
    ]
    if let detail { members["detail"] = .string(detail) }
    if let children { members["children"] = children.jsonValue }
    return .object(members)
  }
}

extension DocumentSymbolResponse: JSONValueRepresentable {
  public var jsonValue: JSONValue {
    switch self {
    case .outline(let symbols): return symbols.jsonValue
    case .flat(let symbols): return symbols.jsonValue
    }
  }
}
