import JSONRPC

/// `textDocument/definition`'s answer: plain locations, or links (with the origin range) for
/// clients that support them.
enum DefinitionResponse: Encodable, Sendable {
  case locations([Location])
  case links([LocationLink])

  func encode(to encoder: Encoder) throws {
    switch self {
    case .locations(let locations): try locations.encode(to: encoder)
    case .links(let links): try links.encode(to: encoder)
    }
  }
}

extension DefinitionResponse: JSONWritable {
  func writeJSON(into output: inout [UInt8]) {
    switch self {
    case .locations(let locations): locations.writeJSON(into: &output)
    case .links(let links): links.writeJSON(into: &output)
    }
  }
}

struct DefinitionRequest: LSPRequest {
  static let method = "textDocument/definition"
  typealias Params = TextDocumentPositionParams
  typealias Response = DefinitionResponse?
}
