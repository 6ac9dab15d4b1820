import Base
import DossierClient
import DossierServer

/// `dossier replay`: plays recorded JSON-RPC transcripts against a fresh `dossier lsp`.
enum ReplayCommand: Command {
  static let name = "replay"
  static let summary = "Replay JSON-RPC transcripts against a fresh server; diff what differs."
  static let usage = """
    Usage: dossier replay [--update] [--corpus DIR] TRANSCRIPT...

    Spawns `dossier lsp` for each transcript, sends its messages and compares the answers
    structurally (key order ignored). Prints a diff for each mismatch; exits 1 if any.

    Options:
      --update        Rewrite mismatching expectations with what the server sent.
      --corpus DIR    Corpus for transcripts that name none (default: the shipped seeds).

    Transcript format: see Sources/DossierClient/Transcript.swift, or any file under
    Tests/Transcripts/.
    """

  static func run(_ arguments: [String]) -> Int32 {
    var update = false
    var corpus: String?
    var files: [String] = []
    do {
      var parser = ArgumentParser(arguments)
      while let argument = parser.next() {
        switch argument {
        case "--update": update = true
        case "--corpus": corpus = try parser.value(for: argument)
        default:
          if argument.hasPrefix("-") { throw UsageError("unknown option '\(argument)'") }
          files.append(argument)
        }
      }
      if files.isEmpty { throw UsageError("give at least one transcript") }
    } catch {
      printError("dossier replay: \(error)\n\n\(usage)")
      return 2
    }
    guard let executable = CorpusLocator.currentExecutable() else {
      printError("dossier replay: cannot find my own executable")
      return 1
    }
    // Without --corpus the server uses the shipped seeds; name them here too, so that
    // ${CORPUS} in a transcript means the folder the server reads.
    let defaultCorpus = corpus.map(absolutePath) ?? CorpusLocator(commandLineCorpus: nil).shippedSeeds()
    let replayer = TranscriptReplayer(executable: executable, defaultCorpus: defaultCorpus, version: version)
    var failed = 0
    for file in files {
      let transcript: Transcript
      do {
        guard let text = readTextFile(file) else { throw UsageError("cannot read \(file)") }
        transcript = try Transcript(path: file, text: text)
      } catch {
        printError("dossier replay: \(error)")
        return 2
      }
      let outcome = replayer.replay(transcript)
      if outcome.passed {
        print("ok    \(file)")
      } else {
        failed += 1
        print("FAIL  \(file)\n\(outcome.report)\n")
        if update, writeTextFile(file, outcome.updatedText) {
          print("      updated \(file)")
        }
      }
    }
    print("\(files.count - failed) passed, \(failed) failed")
    return failed == 0 ? 0 : 1
  }
}
