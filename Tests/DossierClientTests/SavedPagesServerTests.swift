import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Go to source into the files people keep: a real server on a folder of two saved web pages
/// (one UTF-8, one Windows-1252) and a scraper's JSON Lines dump. Every location it gives lies
/// on the bytes of the name or sentence in the file itself, counted in the negotiated encoding
/// over the file as the editor shows it (markup, references and escapes included).
@Suite struct SavedPagesServerTests {
  static let talksPage = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8">
    <title>Reef talks resume in Vienna | The Harbour Courier</title>
    <link rel="canonical" href="https://courier.example/world/reef-talks">
    </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Reef talks resume in Vienna</h1>
    <p data-caption="Wien 🇦🇹 — Größe">At the Café Sacher — a favourite of diplomats — Ostland Foreign Minister <b>Anna Kovacs</b> met her Eldorian counterpart, Omar Vale, on Tuesday.</p>
    <p>The reefs, called the Northern Reefs in Ostland and the Sunset Banks in Eldoria, have been disputed since 1952.</p>
    <p>&ldquo;We are ready to talk about fishing first,&rdquo; Anna&nbsp;Kovacs told reporters.</p>
    </article></body></html>

    """

  /// The text of the Windows-1252 page as an editor shows it; the file holds it in that
  /// encoding.
  static let eveningPage = """
    <html><head><meta charset="windows-1252"><title>Fisheries council sends envoys - Eldoria Evening Post</title></head>
    <body><div class="menu">Home | News | Sport</div>
    <h1>Fisheries council sends envoys</h1>
    <p>Café owners and fishermen in Porto Vell cheered as the council’s chairman, Tomas Brandt, said the Sunset Banks would stay open.</p>
    <p>“Nobody will close the banks,” Brandt said, before Anna Kovacs arrived.</p>
    </body></html>

    """

  static let dump =
    #"{"title": "Envoys reach Vienna", "text": "Omar Vale said Eldoria\u2019s envoys reached Vienna on Monday.\n\nAnna Kovacs welcomed them to the \u201cfinal round\u201d of the talks.", "url": "https://wire.example/envoys", "sitename": "Wire Example"}"#
    + "\n"
    + #"{"text": "Kovacs and Vale will meet again in March \ud83c\udf38 to sign the agreement.", "title": "Next round in March"}"#
    + "\n"

  static let draft = "Kovacs met Vale to talk about the Sunset Banks.\n"
  static let draftURI = "untitled:report.md"

  /// `text` in Windows-1252 (the characters the page uses beyond ASCII).
  static func windows1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
      switch scalar {
      case "é": 0xE9
      case "’": 0x92
      case "“": 0x93
      case "”": 0x94
      default: UInt8(scalar.value)
      }
    }
  }

  /// The corpus folder and each file's text as an editor shows it, by path.
  static func corpus() -> (folder: TemporaryFolder, texts: [String: String]) {
    let folder = TemporaryFolder()
    let talks = folder.write("001_talks.html", talksPage)
    let evening = folder.write("002_evening.html", windows1252(eveningPage))
    let crawl = folder.write("crawl.jsonl", dump)
    return (folder, [talks: talksPage, evening: eveningPage, crawl: dump])
  }

  // MARK: - Positions, counted by hand

  /// The units of `scalar` in `encoding`.
  static func units(_ scalar: Unicode.Scalar, _ encoding: String) -> Int {
    switch encoding {
    case "utf-8": String(scalar).utf8.count
    case "utf-32": 1
    default: String(scalar).utf16.count
    }
  }

  /// The UTF-8 offset in `text` of the LSP position (line, character) in `encoding`.
  static func byteOffset(line: Int, character: Int, in text: String, encoding: String) -> Int {
    var offset = 0
    var currentLine = 0
    var units = 0
    for scalar in text.unicodeScalars {
      if currentLine == line {
        if units >= character || scalar == "\n" { return offset }
        units += Self.units(scalar, encoding)
      }
      if scalar == "\n" { currentLine += 1 }
      offset += String(scalar).utf8.count
    }
    return offset
  }

  /// The LSP position of the first `snippet` in `text`.
  static func position(of snippet: String, in text: String, encoding: String) -> JSONValue? {
    let bytes = Array(text.utf8)
    let needle = Array(snippet.utf8)
    guard
      let start = (0...(bytes.count - needle.count)).first(where: {
        bytes[$0..<$0 + needle.count].elementsEqual(needle)
      })
    else { return nil }
    var line = 0
    var units = 0
    var offset = 0
    for scalar in text.unicodeScalars {
      if offset >= start { break }
      if scalar == "\n" {
        line += 1
        units = 0
      } else {
        units += Self.units(scalar, encoding)
      }
      offset += String(scalar).utf8.count
    }
    return ["line": .int(line), "character": .int(units)]
  }

  /// The text a location covers in its file, as the editor shows the file.
  static func covered(_ location: JSONValue, _ texts: [String: String], encoding: String)
    -> String?
  {
    guard let uri = location["uri"]?.stringValue, uri.hasPrefix("file://"),
      let text = texts[String(uri.dropFirst("file://".count))],
      let range = location["range"],
      let startLine = range["start"]?["line"]?.intValue,
      let startCharacter = range["start"]?["character"]?.intValue,
      let endLine = range["end"]?["line"]?.intValue,
      let endCharacter = range["end"]?["character"]?.intValue
    else { return nil }
    let start = byteOffset(line: startLine, character: startCharacter, in: text, encoding: encoding)
    let end = byteOffset(line: endLine, character: endCharacter, in: text, encoding: encoding)
    guard start <= end else { return nil }
    return String(decoding: Array(text.utf8)[start..<end], as: UTF8.self)
  }

  func start(_ encoding: String, corpus: String) throws -> TestServer {
    let server = try TestServer(corpus: corpus, arguments: ["--no-cache"])
    let capabilities: JSONValue = [
      "general": ["positionEncodings": [.string(encoding)]],
      "textDocument": ["hover": ["contentFormat": ["markdown"]]],
    ]
    #expect(
      server.initialize(capabilities: capabilities)?["capabilities"]?["positionEncoding"]
        == .string(encoding))
    _ = server.waitUntilIndexed()
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(Self.draftURI), "languageId": "markdown", "version": 1,
          "text": .string(Self.draft),
        ]
      ])
    return server
  }

  func at(_ uri: String, _ position: JSONValue?) -> JSONValue {
    ["textDocument": ["uri": .string(uri)], "position": position ?? .null]
  }

  @Test(arguments: ["utf-16", "utf-8", "utf-32"])
  func locationsLieOnTheNamesInTheFilesThemselves(encoding: String) throws {
    let (folder, texts) = Self.corpus()
    defer { withExtendedLifetime(folder) {} }
    let server = try start(encoding, corpus: folder.path)
    defer { _ = server.shutDown() }
    let draftPosition = { (snippet: String) in
      Self.position(of: snippet, in: Self.draft, encoding: encoding)
    }

    // References: every mention, in each file, covers a spelling of the name there.
    let references =
      server.call(
        "textDocument/references",
        at(Self.draftURI, draftPosition("Kovacs")).merging(["context": ["includeDeclaration": true]]
        ),
        id: 2)?["result"]?.arrayValue ?? []
    let inFiles = references.filter { $0["uri"]?.stringValue != Self.draftURI }
    let spellings = inFiles.map { Self.covered($0, texts, encoding: encoding) }
    #expect(!spellings.isEmpty)
    #expect(
      spellings.allSatisfy { ["Kovacs", "Anna Kovacs", "Anna&nbsp;Kovacs"].contains($0) },
      "\(spellings)")
    let files = Set(inFiles.compactMap { $0["uri"]?.stringValue })
    #expect(files == Set(texts.keys.map { "file://" + $0 }))

    // Definition: the sentence that says what the Sunset Banks are, in the saved page.
    let definitions =
      server.call(
        "textDocument/definition", at(Self.draftURI, draftPosition("Sunset Banks")), id: 3)?[
        "result"]?.arrayValue ?? []
    let first = try #require(definitions.first)
    #expect(first["uri"] == .string("file://" + folder.path + "/001_talks.html"))
    #expect(
      ["Northern Reefs", "Sunset Banks"].contains(Self.covered(first, texts, encoding: encoding)))
    #expect(first["range"]?["start"]?["line"] == 8)

    // Hover on the page itself, not open in the editor: the name under the cursor.
    let talksURI = "file://" + folder.path + "/001_talks.html"
    let hover = server.call(
      "textDocument/hover",
      at(talksURI, Self.position(of: "Omar Vale", in: Self.talksPage, encoding: encoding)),
      id: 4)?["result"]
    let hoverRange: JSONValue = ["uri": .string(talksURI), "range": hover?["range"] ?? .null]
    #expect(Self.covered(hoverRange, texts, encoding: encoding) == "Omar Vale")

    // The Windows-1252 page: the name after "council’s", one character of three bytes.
    let eveningURI = "file://" + folder.path + "/002_evening.html"
    let brandt =
      server.call(
        "textDocument/documentHighlight",
        at(eveningURI, Self.position(of: "Tomas Brandt", in: Self.eveningPage, encoding: encoding)),
        id: 5)?["result"]?.arrayValue ?? []
    let highlighted = brandt.map {
      Self.covered(
        ["uri": .string(eveningURI), "range": $0["range"] ?? .null], texts, encoding: encoding)
    }
    #expect(highlighted == ["Tomas Brandt", "Brandt"])

    // Symbols of the dump: each in its own line, on its name inside the JSON string.
    let crawlURI = "file://" + folder.path + "/crawl.jsonl"
    let symbols =
      server.call(
        "textDocument/documentSymbol", ["textDocument": ["uri": .string(crawlURI)]], id: 6)?[
        "result"]?.arrayValue ?? []
    let omar = try #require(symbols.first { $0["name"] == "Omar Vale" })
    #expect(omar["location"]?["range"]?["start"]?["line"] == 0)
    #expect(Self.covered(omar["location"] ?? .null, texts, encoding: encoding) == "Omar Vale")

    // Workspace symbols point into the files too.
    let found = server.call("workspace/symbol", ["query": "Brandt"], id: 7)?["result"]?.arrayValue
    let brandtSymbol = try #require(found?.first)
    #expect(brandtSymbol["location"]?["uri"] == .string(eveningURI))
    #expect(
      Self.covered(brandtSymbol["location"] ?? .null, texts, encoding: encoding) == "Tomas Brandt")
  }

  @Test func theHoverCardAndLookupGiveTheArticlesAddress() throws {
    let (folder, texts) = Self.corpus()
    defer { withExtendedLifetime(folder) {} }
    _ = texts
    let server = try start("utf-16", corpus: folder.path)
    defer { _ = server.shutDown() }
    let hover =
      server.call(
        "textDocument/hover",
        at(Self.draftURI, Self.position(of: "Sunset Banks", in: Self.draft, encoding: "utf-16")),
        id: 2)?["result"]?["contents"]?["value"]?.stringValue ?? ""
    // The defining sentence is on line 9 of the page, the ninth of its file.
    #expect(hover.contains("[001_talks.html:9]("), "\(hover)")
    #expect(hover.contains("<https://courier.example/world/reef-talks>"), "\(hover)")
    let lookup = server.call("dossier/lookup", ["query": "Sunset Banks"], id: 3)?["result"]?[
      "entities"]?.arrayValue?.first
    #expect(lookup?["definitionURL"] == "https://courier.example/world/reef-talks")
    let documents = server.call("dossier/documents", id: 4)?["result"]?["documents"]?.arrayValue
    #expect(
      documents?.map { $0["path"]?.stringValue ?? "" } == [
        "001_talks.html", "002_evening.html", "crawl.jsonl", "crawl.jsonl",
      ])
    #expect(
      documents?.map { $0["url"]?.stringValue ?? "-" } == [
        "https://courier.example/world/reef-talks", "-", "https://wire.example/envoys", "-",
      ])
    #expect(
      documents?.map { $0["title"]?.stringValue ?? "-" } == [
        "Reef talks resume in Vienna", "Fisheries council sends envoys", "Envoys reach Vienna",
        "Next round in March",
      ])
  }

  @Test func aPageOrADumpChangedOnDiskIsReadAgainWhenTheEditorSaysSo() throws {
    let (folder, _) = Self.corpus()
    defer { withExtendedLifetime(folder) {} }
    let server = try start("utf-16", corpus: folder.path)
    defer { _ = server.shutDown() }
    func lookup(_ name: String, id: Int) -> String? {
      server.call("dossier/lookup", ["query": .string(name)], id: .int(id))?["result"]?[
        "entities"]?.arrayValue?.first?["name"]?.stringValue
    }
    #expect(lookup("Ilse Marek", id: 2) == nil)
    let changed = Self.eveningPage.replacingAll("Tomas Brandt", with: "Ilse Marek")
      .replacingAll("Brandt said", with: "Marek said")
    folder.write("002_evening.html", Self.windows1252(changed))
    folder.write(
      "crawl.jsonl",
      Self.dump
        + #"{"title": "Envoy joins the talks", "text": "Envoy Karl Ostrander joined the talks on Friday. Ostrander said he was hopeful."}"#
        + "\n")
    server.notify(
      "workspace/didChangeWatchedFiles",
      [
        "changes": [
          ["uri": .string("file://" + folder.path + "/002_evening.html"), "type": 2],
          ["uri": .string("file://" + folder.path + "/crawl.jsonl"), "type": 2],
        ]
      ])
    var found: [String?] = []
    for attempt in 0..<500 {
      found = [
        lookup("Ilse Marek", id: 10 + 2 * attempt), lookup("Karl Ostrander", id: 11 + 2 * attempt),
      ]
      if found.allSatisfy({ $0 != nil }) { break }
      usleep(20_000)
    }
    #expect(found == ["Ilse Marek", "Karl Ostrander"])
  }

  @Test func aSavedPageOpenInTheEditorIsNotSpellCheckedButAnswersFromTheIndex() throws {
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    // Markup holds a near-miss of a name ("Kovecs"), which in a draft would be a hint.
    let page = Self.talksPage.replacingAll(
      "<nav>", with: "<nav data-editor=\"Kovecs\">")
    let path = folder.write("001_talks.html", page)
    let server = try TestServer(corpus: folder.path, arguments: ["--no-cache"])
    server.initialize()
    _ = server.waitUntilIndexed()
    let uri = "file://" + path
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "html", "version": 1, "text": .string(page),
        ]
      ])
    let published = server.waitFor(timeout: 30) {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
    }
    let codes = published?["params"]?["diagnostics"]?.arrayValue?.map { $0["code"] } ?? [nil]
    #expect(!codes.contains("name-spelling"), "\(codes)")
    // Open as it is on disk, the page answers from the index: the name's bytes in the page.
    let texts = [path: page]
    let hover = server.call(
      "textDocument/hover",
      at(uri, Self.position(of: "Omar Vale", in: page, encoding: "utf-16")), id: 2)?["result"]
    #expect(
      Self.covered(
        ["uri": .string(uri), "range": hover?["range"] ?? .null], texts, encoding: "utf-16")
        == "Omar Vale")
    #expect(server.shutDown() == 0)
  }

  @Test func theClientsLookupPrintsTheAddress() throws {
    let (folder, _) = Self.corpus()
    defer { withExtendedLifetime(folder) {} }
    let run = try CommandRun.dossier(["lookup", "--corpus", folder.path, "Sunset Banks"])
    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("001_talks.html:9:"), "\(run.stdout)")
    #expect(
      run.stdout.contains("      https://courier.example/world/reef-talks\n"), "\(run.stdout)")
  }
}

extension String {
  /// The text with every `target` replaced (the tests have no Foundation).
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}

extension JSONValue {
  /// An object with `other`'s members added.
  fileprivate func merging(_ other: JSONValue) -> JSONValue {
    guard case .object(var members) = self, case .object(let added) = other else { return self }
    for (key, value) in added { members[key] = value }
    return .object(members)
  }
}

/// Pages and dumps no site or scraper would write, in a corpus given to the real server: each
/// is read or skipped with a log line naming it, indexing finishes, and the server answers.
@Suite struct HostilePagesServerTests {
  @Test func hugeBrokenAndEmptyPagesAndDumpsAreReadOrSkippedAndTheServerAnswers() throws {
    let folder = TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    folder.write("001_talks.html", SavedPagesServerTests.talksPage)
    // 50 MB of a page: a script that never ends after the story.
    var huge = Array(
      "<html><body><article><h1>Envoys meet</h1><p>Omar Vale met Anna Kovacs in Vienna.</p></article><script>"
        .utf8)
    huge += [UInt8](repeating: UInt8(ascii: "x"), count: 50_000_000)
    folder.write("002_huge.html", huge)
    folder.write("003_binary.html", [0x3C, 0x70, 0x3E, 0x00, 0xFF, 0xFE, 0x00, 0x01])
    folder.write("004_blank.jsonl", [UInt8](repeating: 0x0A, count: 1_000_000))
    folder.write("005_broken.jsonl", "{\"text\": \"never closed\n[1, 2]\n")
    folder.write("006_unclosed.html", "<p>Text <a href=\"never closed>and the rest</p>")
    let server = try TestServer(corpus: folder.path, arguments: ["--no-cache"])
    server.initialize()
    let status = try #require(server.waitUntilIndexed(timeout: 120))
    #expect(status["state"] == "ready")
    #expect(status["documents"] == 3)
    #expect(status["skipped"] == 3)
    let lookup = server.call("dossier/lookup", ["query": "Omar Vale"], id: 2)?["result"]?[
      "entities"]?.arrayValue?.first
    #expect(lookup?["documents"] == 2)
    #expect(server.shutDown() == 0)
    let log = server.channel.serverLogText
    #expect(log.contains("skipped 003_binary.html: binary (contains NUL bytes)"))
    #expect(log.contains("skipped 004_blank.jsonl: empty"))
    #expect(
      log.contains(
        "skipped 005_broken.jsonl: no articles: 2 of 2 lines skipped; line 1: not a JSON object (the line ends inside a string)"
      ), "\(log)")
  }
}
