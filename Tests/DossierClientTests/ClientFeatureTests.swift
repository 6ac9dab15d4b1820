import DossierClient
import JSONRPC
import Testing
import TestSupport

/// The client commands on the shipped seeds, as a writer uses them: a report that mentions
/// the Southern Kurils (Tests/Editors/report.md, line 3: "Moscow calls the disputed islands the
/// Southern Kurils, …"; the name starts at character 39).
@Suite struct ClientFeatureTests {
  static let report = "Tests/Editors/report.md"

  /// The text of line `number` (1-based) of a file under the repository.
  func line(_ number: Int, of relativePath: String) -> String? {
    guard let text = readText(repositoryRoot + "/" + relativePath) else { return nil }
    let lines = SourceFiles.splitLines(text)
    return number >= 1 && number <= lines.count ? lines[number - 1] : nil
  }

  /// `path:line:column: …` at the start of a location line, with the line's own text.
  func citedLine(_ location: Substring) -> (path: String, text: String)? {
    let fields = location.split(separator: ":", maxSplits: 3)
    guard fields.count >= 3, let number = Int(fields[1]), Int(fields[2]) != nil,
      let text = line(number, of: String(fields[0]))
    else { return nil }
    return (String(fields[0]), text)
  }

  func mentionsTheIslands(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return lowered.contains("kuril") || lowered.contains("northern territories")
  }

  @Test func lookupShowsEachSidesNameAndTheSourceSentence() throws {
    let run = try CommandRun.dossier(["lookup", "Southern Kurils"])
    #expect(run.exitCode == 0)
    #expect(run.stderr == "")
    let lines = run.stdoutLines
    #expect(lines.contains { $0.contains("Southern Kurils") && $0.hasSuffix("used by Russia") })
    #expect(lines.contains { $0.contains("Northern Territories") && $0.hasSuffix("used by Japan") })
    // The source: "    — seeds/FILE:LINE:COL", and that line of that file names the islands.
    let source = try #require(lines.first { $0.hasPrefix("    — seeds/") })
    let cited = try #require(citedLine(source.dropFirst("    — ".count)))
    #expect(mentionsTheIslands(cited.text))
    #expect(lines.contains { $0.hasPrefix("  ") && $0.contains(" mentions in ") })
  }

  @Test func lookupOfAnUnknownNameIsNoResult() throws {
    let run = try CommandRun.dossier(["lookup", "Zzyzx Qwerty"])
    #expect(run.exitCode == 1)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("no entity matches “Zzyzx Qwerty”"))
  }

  @Test func hoverInAReportNamesTheOtherSide() throws {
    let run = try CommandRun.dossier(["hover", Self.report, "3", "40"])
    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("Northern Territories"))
    #expect(run.stdout.contains("Southern Kurils"))
  }

  @Test func hoverOnAWordThatNamesNothingIsNoResult() throws {
    let run = try CommandRun.dossier(["hover", Self.report, "1", "4"])
    #expect(run.exitCode == 1)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("nothing to show at \(Self.report):1:4"))
  }

  @Test func definitionListsSeedsLinesAboutTheIslands() throws {
    let run = try CommandRun.dossier(["definition", Self.report, "3", "40"])
    #expect(run.exitCode == 0)
    let first = try #require(run.stdoutLines.first)
    #expect(first.hasPrefix("seeds/"))
    let cited = try #require(citedLine(first))
    #expect(mentionsTheIslands(cited.text))
  }

  @Test func referencesIncludeTheReportAndHonourNoDeclaration() throws {
    let all = try CommandRun.dossier(["references", Self.report, "3", "40"])
    #expect(all.exitCode == 0)
    #expect(all.stdoutLines.contains { $0.hasPrefix("\(Self.report):3:39: ") })
    #expect(all.stdoutLines.filter { $0.hasPrefix("seeds/") }.count >= 4)
    let withoutDeclaration = try CommandRun.dossier(
      ["references", "--no-declaration", Self.report, "3", "40"])
    #expect(withoutDeclaration.exitCode == 0)
    #expect(withoutDeclaration.stdoutLines.count < all.stdoutLines.count)
  }

  /// 🙂 is two UTF-16 units but one character: the user's column 7 is the "S" of the name, and
  /// the mention is printed at column 7 too.
  @Test func columnsCountCharactersAsEditorsShowThem() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    writeFile(folder + "/emoji.md", "🙂 The Southern Kurils again.\n")
    let hover = try CommandRun.dossier(["hover", "emoji.md", "1", "7"], in: folder)
    #expect(hover.exitCode == 0)
    #expect(hover.stdout.contains("Northern Territories"))
    let references = try CommandRun.dossier(["references", "emoji.md", "1", "7"], in: folder)
    #expect(references.stdoutLines.first == "emoji.md:1:7: 🙂 The Southern Kurils again.")
  }

  @Test func symbolsFindAPersonByName() throws {
    let run = try CommandRun.dossier(["symbols", "Lavrov"])
    #expect(run.exitCode == 0)
    let lavrov = try #require(run.stdoutLines.first { $0.contains(": Sergei Lavrov (") })
    #expect(lavrov.hasPrefix("seeds/"))
  }

  @Test func stdinLookupsAnswerOneLineEachInOrder() throws {
    let run = try CommandRun.dossier(
      ["lookup", "--stdin", "--json"], input: "Southern Kurils\nZzyzx Qwerty\nLavrov\n")
    #expect(run.exitCode == 1)
    let answers = try run.stdoutLines.map { try JSONParser.parse(Array($0.utf8)) }
    #expect(answers.count == 3)
    guard answers.count == 3 else { return }
    #expect(answers[0]["entities"]?.arrayValue?.isEmpty == false)
    #expect(answers[1]["entities"] == [])
    let names = answers[2]["entities"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
    #expect(names.contains("Sergei Lavrov"))
  }

  @Test func lookupJSONIsTheServersResultOnOneLine() throws {
    let run = try CommandRun.dossier(["lookup", "--json", "--limit", "1", "Lavrov"])
    #expect(run.exitCode == 0)
    #expect(run.stdoutLines.count == 1)
    let result = try JSONParser.parse(Array(run.stdout.utf8))
    #expect(result["entities"]?.arrayValue?.count == 1)
    // LSP positions, 0-based, and a file: URI.
    let definition = result["entities"]?.arrayValue?.first?["definition"]
    #expect(definition?["uri"]?.stringValue?.hasPrefix("file://") == true)
    #expect(definition?["range"]?["start"]?["line"]?.intValue != nil)
  }
}
