import Base
import Dispatch
import TestSupport
import Testing

@testable import Corpus

/// Corpus files that change between being listed and being read, as when an editor or a sync
/// tool works in the folder while Dossier indexes it: each is skipped or read as it is now,
/// never a crash or a hang.
@Suite struct CorpusChangingWhileReadTests {
  static let article = "Talks resume in Tokyo\n\nThe minister said Tokyo’s position was firm.\n"

  /// A fresh folder with `count` articles.
  func makeCorpus(count: Int) -> TemporaryFolder {
    let folder = TemporaryFolder()
    for index in 0..<count { folder.write("\(index).txt", Self.article) }
    return folder
  }

  /// Runs `body` on another thread and waits at most `seconds`: false when it did not return.
  func finishes(within seconds: Int, _ body: @escaping @Sendable () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      body()
      done.signal()
    }
    return done.wait(timeout: .now() + .seconds(seconds)) == .success
  }

  @Test func fileDeletedAfterListingIsSkipped() throws {
    let corpus = makeCorpus(count: 2)
    let root = corpus.path
    defer { corpus.remove() }
    let files = try CorpusLoader.listFiles(root: root)
    #expect(files == ["0.txt", "1.txt"])
    unlink(root + "/0.txt")
    guard
      case .failure(let skip) = CorpusLoader.readDocument(id: 0, relativePath: "0.txt", root: root)
    else {
      Issue.record("a deleted file was read")
      return
    }
    #expect(skip.reason.contains("No such file"))
    guard case .success = CorpusLoader.readDocument(id: 0, relativePath: "1.txt", root: root) else {
      Issue.record("the file left in place was not read")
      return
    }
  }

  @Test func fileTruncatedAfterListingIsReadAsItIsNow() throws {
    let corpus = makeCorpus(count: 2)
    let root = corpus.path
    defer { corpus.remove() }
    _ = try CorpusLoader.listFiles(root: root)
    truncate(root + "/0.txt", 0)
    // Cut inside the three bytes of "’": the broken character becomes U+FFFD.
    let cut = Array(Self.article.utf8).firstIndex(of: 0xE2)! + 1
    truncate(root + "/1.txt", off_t(cut))
    guard
      case .failure(let skip) = CorpusLoader.readDocument(id: 0, relativePath: "0.txt", root: root)
    else {
      Issue.record("an emptied file was read as a document")
      return
    }
    #expect(skip.reason.contains("empty"))
    let document = try CorpusLoader.readDocument(id: 1, relativePath: "1.txt", root: root).get()
    #expect(document.text.string == "Talks resume in Tokyo\n\nThe minister said Tokyo\u{FFFD}")
  }

  @Test func fileReplacedByAPipeAfterListingIsSkippedWithoutBlocking() throws {
    let corpus = makeCorpus(count: 1)
    let root = corpus.path
    defer { corpus.remove() }
    _ = try CorpusLoader.listFiles(root: root)
    unlink(root + "/0.txt")
    #expect(mkfifo(root + "/0.txt", 0o600) == 0)
    let outcome = Shared<Result<CorpusDocument, SkippedFile>?>(nil)
    let returned = finishes(within: 10) {
      let result = CorpusLoader.readDocument(id: 0, relativePath: "0.txt", root: root)
      outcome.withLock { $0 = result }
    }
    if !returned {
      // Unblock the reader stuck in open(2), so the thread ends with the test.
      let writer = open(root + "/0.txt", O_WRONLY | O_NONBLOCK)
      if writer >= 0 { close(writer) }
    }
    #expect(returned, "reading a pipe put in place of an article blocked")
    guard case .failure? = outcome.withLock({ $0 }) else {
      Issue.record("a pipe was read as a document")
      return
    }
  }

  /// Loads a folder over and over while another thread deletes, rewrites and truncates its
  /// files. Every load returns, with documents in path order and ids that match their places.
  @Test func loadingWhileFilesAreDeletedAndTruncatedAlwaysFinishes() throws {
    let corpus = makeCorpus(count: 16)
    let root = corpus.path
    defer { corpus.remove() }
    let stop = Shared(false)
    let churned = Shared(0)
    let article = Array(Self.article.utf8)
    let churner = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      var state: UInt64 = 42
      while !stop.withLock({ $0 }) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let path = root + "/\(Int(state >> 33) % 16).txt"
        switch (state >> 20) % 4 {
        case 0: unlink(path)
        case 1: truncate(path, off_t(Int(state >> 40) % article.count))
        case 2: truncate(path, 0)
        default:
          let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
          if fd >= 0 {
            _ = article.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            close(fd)
          }
        }
        churned.withLock { $0 += 1 }
      }
      churner.signal()
    }
    let loads = Shared<[Corpus]>([])
    let finished = finishes(within: 120) {
      for _ in 0..<300 {
        guard let corpus = try? CorpusLoader.load(root: root) else { continue }
        loads.withLock { $0.append(corpus) }
      }
    }
    stop.withLock { $0 = true }
    churner.wait()
    #expect(finished, "a load did not finish while files changed under it")
    #expect(churned.withLock { $0 } > 0)
    for corpus in loads.withLock({ $0 }) {
      #expect(corpus.documents.count + corpus.skipped.count <= 16)
      #expect(corpus.documents.enumerated().allSatisfy { $0.offset == $0.element.id })
      let paths = corpus.documents.map(\.relativePath)
      #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
      #expect(corpus.documents.allSatisfy { !$0.text.bytes.isEmpty })
    }
  }
}

/// A value behind a lock that escaping closures can share (a `Mutex` itself cannot be captured).
final class Shared<Value: Sendable>: Sendable {
  private let mutex: Lock<Value>
  init(_ value: Value) { mutex = Lock(value) }
  func withLock<T: Sendable>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
}
