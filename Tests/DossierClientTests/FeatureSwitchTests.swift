import DossierClient
import JSONRPC
import Testing
import TestSupport

/// A misspelt feature switch does not pass in silence: the user is shown which name is unknown
/// and which names there are, and the feature it did not switch off stays on. Against a real
/// server.
@Suite struct FeatureSwitchTests {
  /// `initialize` with `options`; returns its result and the `window/showMessage` params seen
  /// up to the first `dossier/status` answer.
  func initialize(options: JSONValue) throws -> (result: JSONValue?, shown: [JSONValue]) {
    let server = try TestServer(corpus: repositoryRoot + "/seeds", arguments: ["--no-cache"])
    let result = server.call(
      "initialize", ["capabilities": [:], "initializationOptions": options])?["result"]
    server.notify("initialized", [:])
    _ = server.call("dossier/status", id: 2)
    let shown = server.received.filter { $0["method"] == "window/showMessage" }
      .compactMap { $0["params"] }
    #expect(server.shutDown() == 0)
    return (result, shown)
  }

  @Test func anUnknownFeatureNameIsShownWithTheValidNames() throws {
    let (result, shown) = try initialize(options: ["features": ["hovr": false]])
    let warning = try #require(shown.first, "no window/showMessage")
    #expect(warning["type"] == 2, "a warning: \(warning)")
    let message = warning["message"]?.stringValue ?? ""
    #expect(message.contains("\"hovr\""), "\(message)")
    #expect(message.contains("hover, definition, references"), "\(message)")
    #expect(message.contains("executeCommand"), "\(message)")
    // "hovr" switched nothing off.
    #expect(result?["capabilities"]?["hoverProvider"] == true)
  }

  @Test func knownFeatureNamesAreNotComplainedAbout() throws {
    let (result, shown) = try initialize(options: ["features": ["hover": false, "lookup": true]])
    #expect(shown.isEmpty, "\(shown)")
    #expect(result?["capabilities"]?["hoverProvider"] == nil)
  }
}
