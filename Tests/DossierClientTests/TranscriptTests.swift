import DossierClient
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The repository root, from this file's location.
let repositoryRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
  return path
}()

/// The `dossier` executable built beside this test binary (its servers keep their index cache
/// in `testCacheHome`).
let dossierExecutable: String = {
  _ = testCacheHome
  var buffer = [CChar](repeating: 0, count: 4096)
  let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
  let me =
    count > 0
    ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
  var folder = String(me[..<(me.lastIndex(of: "/") ?? me.endIndex)])
  // The test binary may sit inside a bundle folder (`X.xctest/...`); walk up to the build folder.
  while !folder.isEmpty, access(folder + "/dossier", X_OK) != 0,
    let slash = folder.lastIndex(of: "/")
  {
    folder = String(folder[..<slash])
  }
  return folder + "/dossier"
}()

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

func readText(_ path: String) -> String? {
  guard let file = fopen(path, "rb") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65536)
  while true {
    let count = fread(&chunk, 1, chunk.count, file)
    if count <= 0 { break }
    bytes += chunk[0..<count]
  }
  return String(decoding: bytes, as: UTF8.self)
}

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
