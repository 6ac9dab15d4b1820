import Base
import Corpus
import Knowledge
import TestSupport
import Testing

@testable import IndexCache

let seedsFolder = repositoryRoot + "/seeds"
let falklandsFolder = repositoryRoot + "/Tests/Corpora/falklands"

/// Log lines from any thread.
final class LogLines: Sendable {
  private let lines = Lock<[String]>([])

  var all: [String] { lines.withLock { $0 } }

  var log: IndexLoader.Log {
    IndexLoader.Log(
      warning: { line in self.lines.withLock { $0.append("warning: " + line) } },
      info: { line in self.lines.withLock { $0.append("info: " + line) } },
      debug: { line in self.lines.withLock { $0.append("debug: " + line) } })
  }

  func contains(_ fragment: String) -> Bool { all.contains { $0.contains(fragment) } }

  /// The lines about the corpus's files (skips, repairs), which a restore must repeat.
  var corpusLines: [String] { all.filter { $0.hasPrefix("warning: corpus: ") } }
}

/// One load of a corpus through the cache, the cache then written as the server does.
struct Load {
  let loaded: IndexLoader.Loaded
  let lines: LogLines

  var knowledge: KnowledgeBase { loaded.knowledge }
  var origin: IndexLoader.Origin { loaded.origin }

  init(_ root: String, cache: IndexCache?) throws {
    let lines = LogLines()
    loaded = try IndexLoader.load(root: root, cache: cache, log: lines.log)
    loaded.cacheWrite?.perform(log: lines.log)
    self.lines = lines
  }
}

/// A cache in a fresh temporary folder.
func temporaryCache(_ folder: TemporaryFolder, build: String = "test build 1") -> IndexCache {
  IndexCache(directory: folder.path + "/cache", build: build)
}
