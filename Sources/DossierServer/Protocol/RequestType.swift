import JSONRPC

/// A request the server answers: its method and the types of its params and result.
///
/// `struct HoverRequest: LSPRequest { static let method = "textDocument/hover";
/// typealias Params = TextDocumentPositionParams; typealias Response = Hover? }`
///
/// Params that are `JSONDecodable` are read by their hand-written `init(json:)`, others through
/// `Codable`; a response that is `JSONWritable` writes its own bytes, others go through
/// `JSONValueEncoder`. The choice is made once, when the request type conforms (the most
/// specific default below wins), so a request pays no cast for it.
protocol LSPRequest: SendableMetatype {
  associatedtype Params: Decodable & Sendable
  associatedtype Response: Encodable
  static var method: String { get }

  /// The params, or -32602 naming the field that is wrong.
  static func decodeParams(_ raw: JSONValue?) throws(ResponseError) -> Params
  /// The result, serialised for the wire.
  static func encodeResponse(_ response: Response) throws -> EncodedJSON
}

extension LSPRequest {
  static func decodeParams(_ raw: JSONValue?) throws(ResponseError) -> Params {
    try DossierServer.decodeParams(Params.self, from: raw)
  }

  static func encodeResponse(_ response: Response) throws -> EncodedJSON {
    EncodedJSON(try JSONValueEncoder().encode(response))
  }
}

extension LSPRequest where Params: JSONDecodable {
  static func decodeParams(_ raw: JSONValue?) throws(ResponseError) -> Params {
    do {
      return try Params(json: raw ?? .object([:]))
    } catch {
      throw ResponseError.invalidParams("invalid params: \(error)")
    }
  }
}

extension LSPRequest where Response: JSONWritable {
  static func encodeResponse(_ response: Response) throws -> EncodedJSON {
    response.encodedJSON
  }
}

/// A notification the server receives.
protocol LSPNotification: SendableMetatype {
  associatedtype Params: Decodable & Sendable
  static var method: String { get }
}
