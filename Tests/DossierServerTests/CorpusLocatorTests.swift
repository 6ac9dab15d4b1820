import Base
import Testing

@testable import DossierServer

/// A scratch folder under /tmp, removed by the caller.
func makeFolder(_ name: String) -> String {
  let path = "/tmp/dossier-locator-\(getpid())-\(name)-\(UInt32.random(in: 0..<UInt32.max))"
  mkdir(path, 0o755)
  return path
}

func write(_ text: String, to path: String) {
  let file = fopen(path, "wbe")!
  fputs(text, file)
  fclose(file)
}

@Suite struct CorpusLocatorTests {
  @Test func theCommandLineWinsOverEverything() {
    let locator = CorpusLocator(commandLineCorpus: "/data/cli", executablePath: nil)
    var problems: [String] = []
    let choice = locator.locate(
      initializationCorpus: "/data/init", workspaceRoot: "/w", problems: &problems)
    #expect(choice == CorpusLocator.Choice(path: "/data/cli", source: .commandLine))
  }

  @Test func initializationOptionsWinOverTheWorkspaceConfig() {
    let root = makeFolder("init")
    defer { system("rm -rf \(root)") }
    write(#"{"corpus": "from-config"}"#, to: root + "/.dossier.json")
    let locator = CorpusLocator(commandLineCorpus: nil, executablePath: nil)
    var problems: [String] = []
    let choice = locator.locate(
      initializationCorpus: "articles", workspaceRoot: root, problems: &problems)
    #expect(
      choice == CorpusLocator.Choice(path: root + "/articles", source: .initializationOptions))
  }

  @Test func theWorkspaceConfigIsReadRelativeToTheWorkspace() {
    let root = makeFolder("config")
    defer { system("rm -rf \(root)") }
    write(#"{"corpus": "./news/../articles"}"#, to: root + "/.dossier.json")
    let locator = CorpusLocator(commandLineCorpus: nil, executablePath: nil)
    var problems: [String] = []
    let choice = locator.locate(initializationCorpus: nil, workspaceRoot: root, problems: &problems)
    #expect(choice == CorpusLocator.Choice(path: root + "/articles", source: .workspaceConfig))
  }

  @Test func aBrokenConfigIsReportedAndSkipped() {
    let root = makeFolder("broken")
    defer { system("rm -rf \(root)") }
    write("{corpus: nope", to: root + "/.dossier.json")
    let locator = CorpusLocator(commandLineCorpus: nil, executablePath: nil)
    var problems: [String] = []
    #expect(
      locator.locate(initializationCorpus: nil, workspaceRoot: root, problems: &problems) == nil)
    #expect(problems.count == 1)
  }

  @Test func shippedSeedsAreFoundFromTheExecutablesRealPath() {
    // A layout like a build inside the repository: ROOT/seeds and ROOT/.build/debug/dossier,
    // reached through a symbolic link from elsewhere.
    let root = makeFolder("shipped")
    defer { system("rm -rf \(root)") }
    mkdir(root + "/seeds", 0o755)
    system(
      "mkdir -p \(root)/.build/debug && touch \(root)/.build/debug/dossier && mkdir -p \(root)/bin && ln -s \(root)/.build/debug/dossier \(root)/bin/dossier"
    )
    let locator = CorpusLocator(commandLineCorpus: nil, executablePath: root + "/bin/dossier")
    var problems: [String] = []
    let choice = locator.locate(initializationCorpus: nil, workspaceRoot: nil, problems: &problems)
    #expect(choice?.source == .shippedSeeds)
    #expect(choice?.path.hasSuffix("/seeds") == true)
    #expect(
      choice.map { CorpusLocator.realPath($0.path) } == CorpusLocator.realPath(root + "/seeds"))
  }

  @Test func anInstalledCopyFindsShareDossierSeeds() {
    let prefix = makeFolder("prefix")
    defer { system("rm -rf \(prefix)") }
    system("mkdir -p \(prefix)/bin \(prefix)/share/dossier/seeds && touch \(prefix)/bin/dossier")
    let locator = CorpusLocator(commandLineCorpus: nil, executablePath: prefix + "/bin/dossier")
    #expect(
      locator.shippedSeeds().map(CorpusLocator.realPath)
        == CorpusLocator.realPath(prefix + "/share/dossier/seeds"))
  }
}

@Suite struct DocumentURITests {
  @Test func fileURIsDecodeToPathsAndCompareByPath() {
    let uri = DocumentURI(string: "file:///home/ana/My%20Report.md")
    #expect(uri.fileSystemPath == "/home/ana/My Report.md")
    #expect(uri == DocumentURI(filePath: "/home/ana/My Report.md"))
    #expect(DocumentURI(filePath: "/a b/é.txt").string == "file:///a%20b/%C3%A9.txt")
    #expect(DocumentURI(string: "file://localhost/tmp/x").fileSystemPath == "/tmp/x")
  }

  @Test func otherSchemesAndBrokenEscapesHaveNoPath() {
    #expect(DocumentURI(string: "untitled:Untitled-1").fileSystemPath == nil)
    #expect(DocumentURI(string: "https://example.com/a").fileSystemPath == nil)
    #expect(DocumentURI(string: "file:///a%zz").fileSystemPath == nil)
    #expect(DocumentURI(string: "file:///a%00b").fileSystemPath == nil)
  }
}
