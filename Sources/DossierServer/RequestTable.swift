import JSONRPC

/// Every request the server answers beyond the lifecycle, with the capability each advertises.
///
/// Adding a request touches two places: its type (in `Protocol/` or beside its feature) and one
/// `register` line in `RequestTable.standard`.
struct RequestTable: Sendable {
  /// Params as parsed, to the result's bytes.
  typealias Handler = @Sendable (JSONValue?, RequestContext) throws -> EncodedJSON

  struct Entry: Sendable {
    let feature: Feature
    /// Reads the index: before the first one is in service, the request waits for it
    /// (`FirstIndexWait`).
    let needsIndex: Bool
    let handler: Handler
  }

  private(set) var entries: [String: Entry] = [:]
  /// Capabilities contributed by features, merged into `initialize`'s result.
  private(set) var capabilities: [(feature: Feature, key: String, value: JSONValue)] = []
  /// Custom requests, listed under `capabilities.experimental`.
  private(set) var experimental: [(feature: Feature, method: String)] = []
  /// The commands of `workspace/executeCommand`, in the order they are advertised.
  private(set) var commands = CommandTable()

  init() {}

  /// Registers `handler` for `R.method`. `feature` names the switch in
  /// `initializationOptions.features` that turns it off; `capability` is merged into the
  /// server capabilities when the feature is on (custom methods instead get an entry under
  /// `experimental`).
  mutating func register<R: LSPRequest>(
    _ type: R.Type, feature: Feature, capability: (key: String, value: JSONValue)? = nil,
    needsIndex: Bool = true,
    _ handler: @escaping @Sendable (R.Params, RequestContext) throws -> R.Response
  ) {
    entries[R.method] = Entry(feature: feature, needsIndex: needsIndex) { rawParams, context in
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

  /// Registers `command` for `workspace/executeCommand`, behind the switch `feature`. The
  /// commands of switched-on features are advertised in `executeCommandProvider.commands`.
  mutating func register(
    command: String, feature: Feature,
    _ handler: @escaping @Sendable (ExecuteCommandParams, RequestContext) throws -> JSONValue
  ) {
    commands.add(command, feature: feature, handler)
    // The one `workspace/executeCommand` entry, registered again over the commands so far (the
    // handler keeps a copy of the table).
    let commands = self.commands
    register(ExecuteCommandRequest.self, feature: .executeCommand, needsIndex: false) {
      params, context in
      try commands.execute(params, context)
    }
  }

  func entry(for method: String) -> Entry? { entries[method] }
}

/// The commands the server executes (`workspace/executeCommand`), each behind a feature switch.
struct CommandTable: Sendable {
  typealias Handler = @Sendable (ExecuteCommandParams, RequestContext) throws -> JSONValue

  private(set) var entries: [(name: String, feature: Feature, handler: Handler)] = []

  mutating func add(_ name: String, feature: Feature, _ handler: @escaping Handler) {
    entries.append((name, feature, handler))
  }

  /// The names of the commands that `settings` leaves on.
  func names(enabledBy settings: Settings) -> [String] {
    entries.filter { settings.isEnabled($0.feature) }.map(\.name)
  }

  /// Runs the command named in `params`; an unknown or switched-off command is refused by name.
  func execute(_ params: ExecuteCommandParams, _ context: RequestContext) throws -> JSONValue {
    guard let entry = entries.first(where: { $0.name == params.command }),
      context.settings.isEnabled(entry.feature)
    else {
      let known = names(enabledBy: context.settings)
      throw ResponseError.invalidParams(
        "invalid params: command: unknown command \"\(params.command)\" (Dossier has "
          + (known.isEmpty ? "none" : known.joined(separator: ", ")) + ")")
    }
    return try entry.handler(params, context)
  }
}

/// Decodes params, turning a failure into -32602 with a message that names the field.
func decodeParams<P: Decodable>(_ type: P.Type, from raw: JSONValue?) throws(ResponseError) -> P {
  do {
    return try JSONValueDecoder().decode(P.self, from: raw ?? .object([:]))
  } catch {
    throw ResponseError.invalidParams("invalid params: \(error)")
  }
}
