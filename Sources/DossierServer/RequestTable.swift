import JSONRPC

/// Every request the server answers beyond the lifecycle, with the capability each advertises.
///
/// Adding a request touches two places: its type (in `Protocol/` or beside its feature) and one
/// `register` line in `RequestTable.standard`.
public struct RequestTable: Sendable {
  /// Params as parsed, to the result's bytes.
  typealias Handler = @Sendable (JSONValue?, RequestContext) throws -> EncodedJSON

  struct Entry: Sendable {
    let feature: String
    let handler: Handler
  }

  private(set) var entries: [String: Entry] = [:]
  /// Capabilities contributed by features, merged into `initialize`'s result.
  private(set) var capabilities: [(feature: String, key: String, value: JSONValue)] = []
  /// Custom requests, listed under `capabilities.experimental`.
  private(set) var experimental: [(feature: String, method: String)] = []

  public init() {}

  /// Registers `handler` for `R.method`. `feature` names the switch in
  /// `initializationOptions.features` that turns it off; `capability` is merged into the
  /// server capabilities when the feature is on (custom methods instead get an entry under
  /// `experimental`).
  mutating func register<R: LSPRequest>(
    _ type: R.Type, feature: String, capability: (key: String, value: JSONValue)? = nil,
    _ handler: @escaping @Sendable (R.Params, RequestContext) throws -> R.Response
  ) {
    entries[R.method] = Entry(feature: feature) { rawParams, context in
      let params = try R.decodeParams(rawParams)
      do {
        return try R.encodeResponse(try handler(params, context))
      } catch let error as ResponseError {
        throw error
      } catch {
        throw ResponseError.internalError("\(R.method) failed: \(error)")
      }
    }
    if let capability {
      capabilities.append((feature, capability.key, capability.value))
    } else if R.method.hasPrefix("dossier/") {
      experimental.append((feature, R.method))
    }
  }

  func entry(for method: String) -> Entry? { entries[method] }
}

/// Decodes params, turning a failure into -32602 with a message that names the field.
func decodeParams<P: Decodable>(_ type: P.Type, from raw: JSONValue?) throws(ResponseError) -> P {
  do {
    return try JSONValueDecoder().decode(P.self, from: raw ?? .object([:]))
  } catch {
    throw ResponseError.invalidParams("invalid params: \(error)")
  }
}
