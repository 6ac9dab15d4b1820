import DossierClient
import JSONRPC
import Testing
import TestSupport

/// The client subcommands, run as a user runs them: the real executable, which starts its own
/// `dossier lsp` and talks to it over pipes.
@Suite struct ClientCommandTests {
  @Test func callPrintsTheResultOnceTheIndexIsReady() throws {
    let run = try CommandRun.dossier(["call", "dossier/status", "--json"])
    #expect(run.exitCode == 0)
    #expect(run.stderr == "")
    #expect(run.stdoutLines.count == 1)
    let status = try JSONParser.parse(Array(run.stdout.utf8))
    #expect(status["state"] == "ready")
    #expect(status["documents"] == 5)
  }

  @Test func unknownMethodIsPrintedAsAServerErrorWithExitOne() throws {
    let run = try CommandRun.dossier(["call", "no/such-method"])
    #expect(run.exitCode == 1)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("error -32601: "))
  }

  @Test func callTakesParamsFromStdinAfterADash() throws {
    let run = try CommandRun.dossier(["call", "dossier/status", "-", "--json"], input: "{}\n")
    #expect(run.exitCode == 0)
    #expect(run.stdout.contains(#""state":"ready""#))
  }

  @Test func callRefusesParamsThatAreNotJSON() throws {
    let run = try CommandRun.dossier(["call", "dossier/status", "{nope"])
    #expect(run.exitCode == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("PARAMS_JSON is not JSON"))
  }

  @Test(arguments: [
    ["lookup"],
    ["lookup", "--limit", "zero", "Lavrov"],
    ["hover", "seeds/000_bac31468cee974c5.txt", "1"],
    ["hover", "seeds/000_bac31468cee974c5.txt", "0", "1"],
    ["definition", "seeds/000_bac31468cee974c5.txt", "1", "x"],
    ["references", "--timeout", "-3", "seeds/000_bac31468cee974c5.txt", "1", "1"],
    ["symbols", "--frobnicate", "Lavrov"],
    ["call"],
    ["call", "--stdin", "dossier/status"],
  ])
  func usageErrorsExitTwoAndShowTheUsage(_ arguments: [String]) throws {
    let run = try CommandRun.dossier(arguments)
    #expect(run.exitCode == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("Usage: dossier \(arguments[0])"))
  }

  @Test func aFileThatCannotBeReadIsAUsageError() throws {
    let run = try CommandRun.dossier(["hover", "no-such-report.md", "1", "1"])
    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("cannot read no-such-report.md"))
  }

  @Test func aLinePastTheEndOfTheFileIsAUsageError() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    writeFile(folder + "/report.md", "one\ntwo\n")
    let run = try CommandRun.dossier(["definition", "report.md", "4", "1"], in: folder)
    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("report.md has 3 lines; there is no line 4"))
  }

  @Test func everySubcommandHasHelpOnStdout() throws {
    for command in ["lookup", "hover", "definition", "references", "symbols", "call"] {
      let run = try CommandRun.dossier([command, "--help"])
      #expect(run.exitCode == 0)
      #expect(run.stdout.hasPrefix("Usage: dossier \(command)"))
      #expect(run.stdout.contains("--corpus DIR"))
      #expect(run.stdout.contains("--stdin"))
    }
    let top = try CommandRun.dossier(["--help"])
    for command in ["lookup", "hover", "definition", "references", "symbols", "call", "replay"] {
      #expect(top.stdout.contains("  \(command) "))
    }
  }

  @Test func versionIsPrintedAlsoBySubcommands() throws {
    let top = try CommandRun.dossier(["--version"])
    #expect(top.exitCode == 0)
    #expect(top.stdout.hasPrefix("dossier "))
    let lookup = try CommandRun.dossier(["lookup", "--version"])
    #expect(lookup.exitCode == 0)
    #expect(lookup.stdout == top.stdout)
  }

  /// One server answers every line: its log (passed on by --verbose) says it indexed once.
  @Test func stdinAnswersEachLineWithOneServer() throws {
    let run = try CommandRun.dossier(
      ["call", "--stdin", "--json", "--verbose"],
      input: "dossier/status\nno/such-method\ndossier/documents {}\ndossier/status\n")
    #expect(run.exitCode == 1)
    let lines = run.stdoutLines
    #expect(lines.count == 4)
    if lines.count == 4 {
      #expect(lines[0].contains(#""state":"ready""#))
      #expect(lines[1] == "null")
      #expect(lines[2].hasPrefix(#"{"documents":[{"#))
      // The same server answers both; only the states of its background work (the cache
      // write, the warm-up after indexing) may have moved on between them.
      let steady = { (line: Substring) in line.replacing(#/"(cache|warmUp)":"[a-z]+"/#, with: "") }
      #expect(steady(lines[3]) == steady(lines[0]))
      #expect(lines[0].contains(#""warmUp":""#))
    }
    #expect(run.stderr.contains("error -32601: "))
    let starts = run.stderr.split(separator: "\n").filter { $0.hasPrefix("started ") }
    #expect(starts.count == 1)
    #expect(starts.first?.hasSuffix("dossier lsp") == true)
  }

  @Test func stdinTextAnswersEndWithAnEmptyLineEachEvenWhenEmpty() throws {
    let run = try CommandRun.dossier(
      ["call", "--stdin"], input: "no/such-method\n\ndossier/status\n")
    #expect(run.exitCode == 2)
    // Two empty answers, then the status as one block and its empty line. The block is one
    // line or several depending on the length of the corpus path (JSON wider than 80
    // characters is indented), so it is found between the separators rather than counted.
    #expect(run.stdout.hasPrefix("\n\n"))
    #expect(run.stdout.hasSuffix("\n\n"))
    let status = run.stdout.dropFirst(2).dropLast(2)
    #expect(!status.isEmpty && !status.contains("\n\n"))
    #expect(status.contains(#""state":"ready""#) || status.contains(#""state": "ready""#))
  }

  @Test func corpusFlagPointsTheServerAtAnotherFolder() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    writeFile(
      folder + "/story.txt",
      "Harbour talks resume\n\nThe Ministry of Ports said on Monday that talks would resume.\n")
    let run = try CommandRun.dossier(["call", "dossier/status", "--json", "--corpus", folder])
    #expect(run.exitCode == 0)
    #expect(run.stdout.contains(#""documents":1,"#))
    #expect(run.stdout.contains(#""corpus":"\#(folder)""#))
  }

  @Test func aMissingCorpusIsReportedOnStderr() throws {
    let run = try CommandRun.dossier(
      ["call", "dossier/status", "--json", "--corpus", "/nonexistent/corpus"])
    #expect(run.stdout.contains(#""state":"failed""#))
    #expect(run.stderr.contains("/nonexistent/corpus"))
  }

  @Test func aServerThatDoesNotAnswerIsATimeoutNotAHang() throws {
    // A process that reads nothing and says nothing, in place of `dossier`.
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    let script = folder + "/silent-dossier"
    writeFile(script, "#!/bin/sh\nexec sleep 30\n")
    _ = try ServerProcess(executable: "/bin/chmod", arguments: ["+x", script]).waitForExit(
      timeout: 10)
    var options = LSPClient.Options(executable: script)
    options.timeoutSeconds = 0.5
    let client = try LSPClient(options: options)
    do {
      try client.initialize()
      Issue.record("initialize succeeded against a silent process")
    } catch {
      #expect(error.description.hasPrefix("no answer to initialize after 0.5 s"))
    }
  }
}
