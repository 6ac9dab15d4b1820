import Corpus
import Knowledge
import Synchronization
import Testing

@testable import IndexCache

#if canImport(Glibc)
  import Glibc
#endif

/// The repository, found from this file's path.
let repositoryRoot: String = {
  var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)  // Tests/IndexCacheTests/TestSupport.swift
  return parts.joined(separator: "/")
}()

let seedsFolder = repositoryRoot + "/seeds"
let falklandsFolder = repositoryRoot + "/Tests/Corpora/falklands"

/// Log lines from any thread.
final class LogLines: Sendable {
  private let lines = Mutex<[String]>([])

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

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
  let path: String

  init() {
    var template = Array("/tmp/dossier-cache-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = created.map { String(cString: $0) } ?? "/tmp/dossier-cache-test-failed"
  }

  /// Writes `bytes` to `relativePath`, creating folders on the way.
  func write(_ relativePath: String, _ bytes: [UInt8]) {
    let parts = relativePath.split(separator: "/")
    var folder = path
    for part in parts.dropLast() {
      folder += "/" + part
      mkdir(folder, 0o755)
    }
    let descriptor = open(path + "/" + relativePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return }
    _ = bytes.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  func write(_ relativePath: String, _ text: String) { write(relativePath, Array(text.utf8)) }

  /// Copies every file of `source` (one level) into `relativeFolder`.
  func copy(folder source: String, to relativeFolder: String) {
    for name in names(in: source) {
      if let bytes = readBytes(source + "/" + name) { write(relativeFolder + "/" + name, bytes) }
    }
  }

  func read(_ relativePath: String) -> [UInt8]? { readBytes(path + "/" + relativePath) }

  /// Deletes the folder and everything in it.
  func remove() { removeTree(path) }

  private func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      chmod(path, 0o755)
      for name in names(in: path) { removeTree(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}

/// `write(2)`, under a name that the folder's own `write` methods do not hide.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

func names(in folder: String) -> [String] {
  guard let directory = opendir(folder) else { return [] }
  defer { closedir(directory) }
  var names: [String] = []
  while let entry = readdir(directory) {
    let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    if name != "." && name != ".." { names.append(name) }
  }
  return names.sorted()
}

func readBytes(_ path: String) -> [UInt8]? {
  guard case .success(let bytes) = FileIO.readFile(path) else { return nil }
  return bytes
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  guard descriptor >= 0 else { return }
  _ = bytes.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
  close(descriptor)
}
