import JSONRPC
import Testing

@testable import DossierServer

@Suite struct WritingSettingsTests {
  func settings(_ options: JSONValue) -> (Settings, WritingSettings, [String]) {
    var problems: [String] = []
    let settings = Settings(initializationOptions: options, problems: &problems)
    let writing = WritingSettings(settings, problems: &problems)
    return (settings, writing, problems)
  }

  @Test func shorthandsSwitchFeaturesOff() {
    let (settings, _, _) = settings(["inlayHints": false, "codeActions": false, "completion": true])
    #expect(!settings.isEnabled(.inlayHint))
    #expect(!settings.isEnabled(.codeAction))
    #expect(settings.isEnabled(.completion))
    #expect(!self.settings(["diagnostics": false]).0.isEnabled(.diagnostics))
    #expect(!self.settings(["features": ["inlayHint": false]]).0.isEnabled(.inlayHint))
  }

  @Test func eachCheckAndTheDelayCanBeChosen() {
    let (settings, writing, problems) = self.settings([
      "diagnostics": ["spelling": false, "mixedNames": false, "delayMilliseconds": 50]
    ])
    #expect(settings.isEnabled(.diagnostics))
    #expect(writing.checks == .init(misquotations: true, spelling: false, mixedNames: false))
    #expect(writing.delayMilliseconds == 50)
    #expect(problems.isEmpty)
  }

  @Test func wrongTypesAreReportedAndTheDefaultsKept() {
    let (_, writing, problems) = settings([
      "diagnostics": ["spelling": "no", "delayMilliseconds": -5]
    ])
    #expect(writing.checks == .all)
    #expect(writing.delayMilliseconds == 200)
    #expect(
      problems == [
        "initializationOptions.diagnostics.spelling must be true or false",
        "initializationOptions.diagnostics.delayMilliseconds must be a number of milliseconds",
      ])
  }
}

@Suite struct ReindexFeatureTests {
  @Test func onlyFilesInsideTheCorpusFolderCount() {
    #expect(ReindexFeature.isInCorpus("/data/news/a.txt", root: "/data/news"))
    #expect(ReindexFeature.isInCorpus("/data/news/sub/b.md", root: "/data/news/"))
    #expect(!ReindexFeature.isInCorpus("/data/newsletter/a.txt", root: "/data/news"))
    #expect(!ReindexFeature.isInCorpus("/data/report.md", root: "/data/news"))
  }

  @Test func theWatcherIsARelativePatternWhenTheClientTakesOne() {
    let relative = ReindexFeature.watcherRegistration(
      root: "/data/my news/", relativePatterns: true)
    let watcher = relative["registrations"]?.arrayValue?.first
    #expect(watcher?["method"] == "workspace/didChangeWatchedFiles")
    #expect(
      watcher?["registerOptions"]?["watchers"]?.arrayValue?.first?["globPattern"]
        == ["baseUri": "file:///data/my%20news", "pattern": "**/*"])
    let absolute = ReindexFeature.watcherRegistration(root: "/data/news", relativePatterns: false)
    #expect(
      absolute["registrations"]?.arrayValue?.first?["registerOptions"]?["watchers"]?.arrayValue?
        .first?["globPattern"] == "/data/news/**/*")
  }
}
