import Base
import DossierClient
import JSONRPC
import Testing
import TestSupport

/// The server reads the corpus and what the client sends, nothing else, and never writes to
/// the corpus, whatever URIs a client names. Proved with the kernel's own record of file
/// events (inotify) around a real server, next to a positive control: the same watch sees the
/// server open the corpus.
@Suite struct CorpusConfinementTests {
  static let canary = "root:x:0:0:CANARY-7f3a Sergei Lavrov secret"

  /// Every request that takes a document, with params that satisfy each of them.
  static let documentRequests = [
    "textDocument/hover", "textDocument/definition", "textDocument/references",
    "textDocument/documentHighlight", "textDocument/documentSymbol",
    "textDocument/semanticTokens/full", "textDocument/semanticTokens/range",
    "textDocument/completion", "textDocument/inlayHint", "textDocument/codeAction",
    "textDocument/diagnostic", "textDocument/foldingRange", "textDocument/documentLink",
  ]

  struct Snapshot: Equatable {
    var files: [String: [UInt8]] = [:]
    var times: [String: [Int]] = [:]
  }

  /// Contents, sizes, modes and times (modification and status change) of every entry.
  func snapshot(_ folder: String) -> Snapshot {
    var result = Snapshot()
    func walk(_ relative: String) {
      let path = relative.isEmpty ? folder : folder + "/" + relative
      var info = stat()
      guard lstat(path, &info) == 0 else { return }
      result.times[relative] = [
        Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ctim.tv_sec),
        Int(info.st_ctim.tv_nsec), Int(info.st_size), Int(info.st_mode),
      ]
      if info.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) {
        var names: [String] = []
        while let entry = readdir(directory) {
          let name = withUnsafeBytes(of: &entry.pointee.d_name) {
            String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
          }
          if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names { walk(relative.isEmpty ? name : relative + "/" + name) }
      } else if info.st_mode & S_IFMT == S_IFREG {
        result.files[relative] = Array((readText(path) ?? "").utf8)
      }
    }
    walk("")
    return result
  }

  @Test func serverReadsOnlyTheCorpusAndWritesNothingWhateverTheURIs() throws {
    let root = TemporaryFolder()
    let corpus = root.path + "/corpus"
    let secret = root.path + "/secret"
    for name in try #require(listFolder(repositoryRoot + "/seeds")) {
      root.write("corpus/" + name, try #require(readText(repositoryRoot + "/seeds/" + name)))
    }
    root.write("corpus/sub/extra.txt", "Talks resume\n\nLavrov met Kishida in Tokyo.\n")
    root.write("secret/passwd.txt", Self.canary + "\n")
    root.write("secret/notes.md", Self.canary + "\n")
    root.write("secret/.dossier.json", #"{"corpus": "."}"#)
    let before = snapshot(corpus)
    let watch = try #require(FileWatch())
    #expect(watch.watch(secret) && watch.watch(corpus) && watch.watch(corpus + "/sub"))

    let server = try TestServer(corpus: corpus)
    // A workspace that points at the secret folder: --corpus wins, so its config is not read.
    _ = server.call(
      "initialize",
      [
        "capabilities": [:], "rootUri": .string("file://" + secret),
        "workspaceFolders": [["uri": .string("file://" + secret), "name": "secret"]],
        "initializationOptions": ["corpus": .string(secret)],
      ])
    server.notify("initialized", [:])
    #expect(server.waitUntilIndexed()?["state"] == "ready")

    let hostileURIs = [
      "file://\(secret)/passwd.txt",
      "file://\(corpus)/../secret/passwd.txt",
      "file://\(corpus)/%2E%2E/secret/passwd.txt",
      "file://\(corpus)/..%2Fsecret%2Fpasswd.txt",
      "file://\(corpus)/sub/../../secret/notes.md",
      "file://localhost\(secret)/passwd.txt",
      "file:\(secret)/passwd.txt",
      "\(secret)/passwd.txt",
      "file://\(secret)",
      "file:///etc/passwd",
      "file:///proc/self/environ",
      "untitled:\(secret)/passwd.txt",
    ]
    let position: JSONValue = ["line": 0, "character": 3]
    var id = 100
    var answers: [JSONValue] = []
    for uri in hostileURIs {
      let document: JSONValue = ["uri": .string(uri)]
      server.notify("textDocument/didSave", ["textDocument": document])
      server.notify(
        "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": "x"]]])
      server.notify(
        "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(uri), "type": 2]]])
      for method in Self.documentRequests {
        id += 1
        let params: JSONValue = [
          "textDocument": document, "position": position,
          "range": ["start": ["line": 0, "character": 0], "end": position],
          "context": ["includeDeclaration": true, "diagnostics": []],
        ]
        answers.append(server.call(method, params, id: .int(id), timeout: 30) ?? .null)
      }
      id += 1
      answers.append(server.call("dossier/entity", ["id": .string(uri)], id: .int(id)) ?? .null)
      server.notify("textDocument/didClose", ["textDocument": document])
    }
    // A document the client opens under a secret path is served from the client's text only.
    let opened = "file://\(secret)/passwd.txt"
    server.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(opened), "languageId": "markdown", "version": 1,
          "text": "Lavrov met Kishida.",
        ]
      ])
    let hover = server.call(
      "textDocument/hover",
      ["textDocument": ["uri": .string(opened)], "position": ["line": 0, "character": 2]],
      id: "hover-opened")
    #expect(
      hover?["result"]?["range"] == [
        "start": ["line": 0, "character": 0], "end": ["line": 0, "character": 6],
      ])
    #expect(server.shutDown() == 0)

    watch.collect()
    let secretEvents = watch.events.filter { $0.folder == secret }
    #expect(secretEvents.isEmpty, "the server touched files outside the corpus: \(secretEvents)")
    let corpusChanges = watch.events.filter { $0.folder != secret && $0.isChange }
    #expect(corpusChanges.isEmpty, "the corpus changed: \(corpusChanges)")
    // The positive control: the watch did see the server open and read the corpus.
    let corpusReads = Set(
      watch.events.filter { $0.folder != secret && $0.isOpenOrRead }.map(\.name))
    #expect(corpusReads.contains("extra.txt"))
    #expect(corpusReads.count >= 5)
    #expect(snapshot(corpus) == before, "the corpus's contents or times changed")
    let leaked = answers.filter {
      $0.description.contains("CANARY-7f3a") || $0.description.contains("root:x:0:0")
    }
    #expect(leaked.isEmpty, "a response carried a secret file's text: \(leaked.prefix(2))")
    #expect(answers.count == hostileURIs.count * (Self.documentRequests.count + 1))
    #expect(answers.allSatisfy { $0["id"] != nil })
  }
}
