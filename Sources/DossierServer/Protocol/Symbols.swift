import JSONRPC

/// LSP's `SymbolKind`: the numbers clients turn into icons.
struct SymbolKind: RawRepresentable, Codable, Sendable, Hashable {
  var rawValue: Int

  init(rawValue: Int) { self.rawValue = rawValue }

  init(from decoder: Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(Int.self)
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  static let namespace = SymbolKind(rawValue: 3)
  static let `class` = SymbolKind(rawValue: 5)
  static let interface = SymbolKind(rawValue: 11)
  static let variable = SymbolKind(rawValue: 13)
  static let constant = SymbolKind(rawValue: 14)
  static let event = SymbolKind(rawValue: 24)
}

/// A symbol with its location: `workspace/symbol`'s answer, and `textDocument/documentSymbol`'s
/// for clients without hierarchical support.
struct SymbolInformation: Codable, Sendable, Hashable {
  var name: String
  var kind: SymbolKind
  var location: Location
  var containerName: String?

  init(name: String, kind: SymbolKind, location: Location, containerName: String?) {
    self.name = name
    self.kind = kind
    self.location = location
    self.containerName = containerName
  }
}

/// A node of a document's outline. `selectionRange` lies within `range`, and so do the
/// children's ranges.
struct DocumentSymbol: Codable, Sendable, Hashable {
  var name: String
  var detail: String?
  var kind: SymbolKind
  var range: LSPRange
  var selectionRange: LSPRange
  var children: [DocumentSymbol]?

  init(
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

struct WorkspaceSymbolParams: Codable, Sendable, Hashable {
  var query: String

  init(query: String) { self.query = query }
}

struct WorkspaceSymbolRequest: LSPRequest {
  static let method = "workspace/symbol"
  typealias Params = WorkspaceSymbolParams
  typealias Response = [SymbolInformation]
}

struct DocumentSymbolParams: Codable, Sendable, Hashable {
  var textDocument: TextDocumentIdentifier

  init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}

/// `textDocument/documentSymbol`'s answer: an outline, or a flat list for clients that
/// cannot show one.
enum DocumentSymbolResponse: Encodable, Sendable, Hashable {
  case outline([DocumentSymbol])
  case flat([SymbolInformation])

  func encode(to encoder: Encoder) throws {
    switch self {
    case .outline(let symbols): try symbols.encode(to: encoder)
    case .flat(let symbols): try symbols.encode(to: encoder)
    }
  }
}

struct DocumentSymbolRequest: LSPRequest {
  static let method = "textDocument/documentSymbol"
  typealias Params = DocumentSymbolParams
  typealias Response = DocumentSymbolResponse
}

// Built directly: an outline of a long report has a child per mention.

extension SymbolInformation: JSONValueRepresentable {
  var jsonValue: JSONValue {
    var members: [String: JSONValue] = [
      "name": .string(name), "kind": .int(kind.rawValue), "location": location.jsonValue,
    ]
    if let containerName { members["containerName"] = .string(containerName) }
    return .object(members)
  }
}

extension DocumentSymbol: JSONValueRepresentable {
  var jsonValue: JSONValue {
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
  var jsonValue: JSONValue {
    switch self {
    case .outline(let symbols): return symbols.jsonValue
    case .flat(let symbols): return symbols.jsonValue
    }
  }
}
