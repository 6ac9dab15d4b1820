import JSONRPC

/// A request the server answers: its method and the types of its params and result.
///
/// `struct HoverRequest: LSPRequest { static let method = "textDocument/hover";
/// typealias Params = TextDocumentPositionParams; typealias Response = Hover? }`
public protocol LSPRequest: SendableMetatype {
  associatedtype Params: Decodable & Sendable
  associatedtype Response: Encodable
  static var method: String { get }
}

/// A notification the server receives.
public protocol LSPNotification: SendableMetatype {
  associatedtype Params: Decodable & Sendable
  static var method: String { get }
}
