import Base
import DossierClient
import Testing
import TestSupport

/// Every transcript under Tests/Transcripts, as paths relative to the repository.
let transcriptFiles: [String] = {
  var found: [String] = []
  func walk(_ relative: String) {
    guard let directory = opendir(repositoryRoot + "/" + relative) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) {
        String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(".") { continue }
      let child = relative + "/" + name
      if name.hasSuffix(".transcript") { found.append(child) } else { walk(child) }
    }
  }
  walk("Tests/Transcripts")
  return found.sorted()
}()

@Suite struct TranscriptTests {
  @Test func thereAreTranscriptsToReplay() {
    #expect(transcriptFiles.count >= 10)
    #expect(access(dossierExecutable, X_OK) == 0, "no dossier executable at \(dossierExecutable)")
  }

  @Test(arguments: transcriptFiles)
  func transcriptReplaysWithoutDifferences(_ file: String) throws {
    let path = repositoryRoot + "/" + file
    let text = try #require(readText(path))
    let transcript = try Transcript(path: path, text: text)
    var replayer = TranscriptReplayer(
      executable: dossierExecutable, defaultCorpus: repositoryRoot + "/seeds", version: "${ANY}")
    // The suite starts a server per transcript, all at once, and CI runs it under the
    // sanitizers too: a generous wait, since it only matters when something really hangs.
    replayer.timeoutSeconds = 60
    let outcome = replayer.replay(transcript)
    if !outcome.passed { Issue.record(Comment(rawValue: "\n" + outcome.report)) }
  }
}
