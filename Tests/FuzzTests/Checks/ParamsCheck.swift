import Base
import Corpus

@testable import DossierServer
@testable import JSONRPC

extension FuzzTarget {
  /// The params of every request and notification the server takes, decoded and handled by a
  /// real session on the shipped seeds: the first byte picks the position encoding (its value
  /// modulo 3) and the method (`ParamsHarness.knownMethods`, by the value divided by 3), the
  /// rest is the params JSON. A request is answered with JSON or refused with
  /// -32602 naming the field, never with -32603 (a handler that failed on odd input); after a
  /// notification every open document is still valid UTF-8.
  static let params = FuzzTarget(
    name: "params",
    summary: "params of every request and notification, handled by a session on the seeds"
  ) { bytes in
    var input = FuzzInput(bytes)
    let selector = Int(input.byte())
    guard let params = try? JSONParser.parse(input.rest()) else { return [] }
    return ParamsHarness.shared.withLock { $0.check(selector: selector, params: params) }
  }
}

/// Sessions on the seeds, one per position encoding, initialised once per process and
/// returned to the same open document after every input.
struct ParamsHarness: ~Copyable {
  /// The folder the sessions index: `DOSSIER_FUZZ_CORPUS`, else the shipped seeds of the
  /// repository this file was compiled from (the fuzz executables and the tests both are).
  static let corpusPath: String = {
    if let path = getenv("DOSSIER_FUZZ_CORPUS") { return String(cString: path) }
    var path = #filePath
    for _ in 0..<4 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path + "/seeds"
  }()
  /// The check runs one input at a time: a session is not thread-safe.
  static let shared = Lock(ParamsHarness(corpus: corpusPath))

  static let reportURI = DocumentURI(string: "file:///fuzz/report.md")
  static let reportText = """
    # Notes on the talks — draft 🎌
    Russian Foreign Minister Sergei Lavrov met Fumio Kishida about the Southern Kurils,\r
    the “Northern Territories” in Tokyo’s words.\rLavrov said: "No deal."
    """

  /// Notifications that carry params; every request comes from the session's table.
  static let notifications: Set<String> = [
    "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
    "textDocument/didSave", "$/cancelRequest", "workspace/didChangeWatchedFiles",
    "workspace/didChangeConfiguration",
  ]

  /// The methods the first byte chooses from, in a fixed order so that a saved input keeps
  /// choosing the same method as features land: these first (one not registered yet is
  /// refused with -32601), then any registered request missing here, by name.
  static let knownMethods = [
    "initialize", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
    "textDocument/didSave", "$/cancelRequest", "workspace/didChangeWatchedFiles",
    "workspace/didChangeConfiguration", "textDocument/hover", "textDocument/definition",
    "textDocument/references", "textDocument/documentHighlight", "textDocument/documentSymbol",
    "textDocument/semanticTokens/full", "textDocument/semanticTokens/range",
    "textDocument/completion", "textDocument/inlayHint", "textDocument/codeAction",
    "textDocument/diagnostic", "workspace/symbol", "workspace/executeCommand", "dossier/lookup",
    "dossier/entity", "dossier/documents", "dossier/status",
  ]

  let sessions: [Session]
  /// Registered requests, by name.
  let requests: [String]
  /// What the first byte of an input chooses from.
  let methods: [String]
  let baseline: [DocumentURI: OpenDocument]

  init(corpus: String) {
    let output = open("/dev/null", O_WRONLY | O_CLOEXEC)
    var sessions: [Session] = []
    for encoding in PositionEncoding.allCases {
      let session = Session(
        connection: Connection(input: -1, output: output),
        logger: Logger(level: .error),
        options: Session.Options(corpus: corpus, logLevel: .error, version: "fuzz"))
      _ = try? session.handle(
        Request(
          id: .int(0), method: "initialize",
          params: [
            "capabilities": [
              "general": ["positionEncodings": [.string(encoding.rawValue)]],
              "textDocument": ["definition": ["linkSupport": true]],
            ]
          ]))
      session.handle(Notification(method: "initialized", params: [:]))
      session.handle(
        Notification(
          method: "textDocument/didOpen",
          params: [
            "textDocument": [
              "uri": .string(Self.reportURI.string), "languageId": "markdown", "version": 1,
              "text": .string(Self.reportText),
            ]
          ]))
      sessions.append(session)
    }
    // Handlers answer from whatever index is current; waiting for the real one makes the
    // fuzzer reach the code that reads entities.
    var waits = 0
    for session in sessions {
      while case .indexing = session.store.snapshot.status, waits < 12_000 {
        usleep(10_000)
        waits += 1
      }
    }
    self.sessions = sessions
    self.requests = sessions[0].table.entries.keys.sorted()
    self.methods = Self.knownMethods + requests.filter { !Self.knownMethods.contains($0) }
    self.baseline = sessions[0].documents
  }

  func check(selector: Int, params: JSONValue) -> [String] {
    var violations = Violations()
    let session = sessions[selector % sessions.count]
    let method = methods[(selector / sessions.count) % methods.count]
    defer { session.documents = baseline }
    if method == "initialize" {
      // A second initialize is refused before its params are read: decode them directly.
      if let decoded = try? decodeParams(InitializeParams.self, from: params) {
        var problems: [String] = []
        _ = Settings(initializationOptions: decoded.initializationOptions, problems: &problems)
        _ = Session.workspaceRoot(of: decoded)
        _ = decoded.capabilities?.positionEncodings
        _ = decoded.capabilities?.prefersPlainTextHover
      }
    } else if Self.notifications.contains(method) {
      session.handle(Notification(method: method, params: params))
      for (uri, document) in session.documents {
        violations.expect(
          String(validating: document.text.bytes, as: UTF8.self) != nil,
          "after \(method), \(uri) is not valid UTF-8")
        // Every request on the edited text, at its start, its middle and past its end.
        let lastLine = document.text.lineIndex.lineCount - 1
        for (line, character) in [(0, 0), (lastLine / 2, 7), (lastLine, 1_000)] {
          let position: JSONValue = ["line": .int(line), "character": .int(character)]
          let anywhere: JSONValue = [
            "textDocument": ["uri": .string(uri.string)], "position": position,
            "range": ["start": ["line": 0, "character": 0], "end": position],
            "context": ["includeDeclaration": true, "diagnostics": [], "triggerKind": 1],
            "query": "Lav",
          ]
          for request in requests {
            check(request: request, params: anywhere, session: session, &violations)
          }
        }
      }
    } else {
      check(request: method, params: params, session: session, &violations)
    }
    return violations.list
  }

  private func check(
    request method: String, params: JSONValue, session: Session, _ violations: inout Violations
  ) {
    do {
      let result = try session.handle(Request(id: .int(1), method: method, params: params))
      let written = JSONWriter.encode(result)
      violations.expect(
        (try? JSONParser.parse(written, maxDepth: 10_000)) != nil,
        "\(method) answered with JSON that does not parse back")
    } catch let error as ResponseError {
      violations.expect(
        error.code == .invalidParams || error.code == .methodNotFound,
        "\(method) failed with \(error.code.rawValue): \(error.message)")
    } catch {
      violations.add("\(method) threw \(error)")
    }
  }
}
