import Base
import Corpus
import Dispatch
import Knowledge

/// Loads the index of a corpus folder: restored from the cache when the cache holds exactly
/// this content, else read and built, with a write of the cache to do afterwards.
///
/// Every file is read once, on every core, and hashed as it is read. The key then decides:
/// on a match the documents are made from those bytes and the stored segmentation, and the
/// knowledge base from the stored entities; on anything else (no file, another key, another
/// format or build, a short or damaged file, a payload that does not fit) the problem is
/// logged and the same bytes are parsed and built from, so what the cache is written for is
/// exactly what was hashed.
public enum IndexLoader {
  /// Where a load stands, for progress reports. Called from any thread.
  public struct Progress: Sendable {
    public var filesRead: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    public var documentsParsed: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    public var knowledgeBuilt: (@Sendable (_ fraction: Double, _ stage: String) -> Void)?
    /// Called once when the cache is found good and is being restored.
    public var restoring: (@Sendable () -> Void)?

    public init(
      filesRead: (@Sendable (Int, Int) -> Void)? = nil,
      documentsParsed: (@Sendable (Int, Int) -> Void)? = nil,
      knowledgeBuilt: (@Sendable (Double, String) -> Void)? = nil,
      restoring: (@Sendable () -> Void)? = nil
    ) {
      self.filesRead = filesRead
      self.documentsParsed = documentsParsed
      self.knowledgeBuilt = knowledgeBuilt
      self.restoring = restoring
    }
  }

  /// Where log lines go: corpus problems as warnings, cache decisions as information (damage
  /// found in a cache file as a warning), the knowledge build's details as debug.
  public struct Log: Sendable {
    public var warning: @Sendable (String) -> Void
    public var info: @Sendable (String) -> Void
    public var debug: @Sendable (String) -> Void

    public init(
      warning: @escaping @Sendable (String) -> Void, info: @escaping @Sendable (String) -> Void,
      debug: @escaping @Sendable (String) -> Void
    ) {
      self.warning = warning
      self.info = info
      self.debug = debug
    }

    public static let silent = Log(warning: { _ in }, info: { _ in }, debug: { _ in })
  }

  /// One stage of a load: its wall time and the process's CPU time (all cores) meanwhile.
  public struct Stage: Sendable, CustomStringConvertible {
    public let name: String
    public let milliseconds: Int
    public let cpuMilliseconds: Int
    /// For the wait for the cache: how long reading it took, beside the corpus's files.
    public let alongsideMilliseconds: Int?

    public var description: String {
      let alongside = alongsideMilliseconds.map { ", read alongside in \($0) ms" } ?? ""
      return "\(name) \(milliseconds) ms (\(cpuMilliseconds) ms CPU\(alongside))"
    }
  }

  public enum Origin: String, Sendable {
    /// Restored from the cache.
    case cache
    /// Read and built from the files.
    case build
  }

  /// A loaded index.
  public struct Loaded: Sendable {
    public let knowledge: KnowledgeBase
    public let origin: Origin
    /// Each stage's times, in order, for the log.
    public let stages: [Stage]
    /// The cache write to do now that the index is built (nil after a restore, or without a
    /// cache). Run it after the index is in use: it never has to delay anything.
    public let cacheWrite: CacheWrite?
  }

  /// Loads the index of `root`; with `cache` nil, reads and builds as before there was a cache.
  /// Throws only when the folder itself cannot be read.
  public static func load(
    root: String, followLinksOutside: Bool = false, cache: IndexCache?,
    progress: Progress = Progress(), log: Log
  ) throws(CorpusError) -> Loaded {
    var clock = StageClock()
    var cache = cache
    if let inside = cache, inside.lies(inside: root) {
      log.warning(
        "index cache not used: its folder \(inside.directory) is inside the corpus \(root), "
          + "and Dossier never writes into a corpus")
      cache = nil
    }
    guard let cache else {
      let corpus = try CorpusLoader.loadConcurrently(
        root: root, followLinksOutside: followLinksOutside, progress: progress.documentsParsed,
        log: log.warning)
      clock.end("reading")
      let knowledge = KnowledgeBase.build(
        corpus: corpus, progress: progress.knowledgeBuilt, log: log.debug)
      clock.end("knowledge")
      return Loaded(knowledge: knowledge, origin: .build, stages: clock.stages, cacheWrite: nil)
    }
    // The cache file is read and decoded alongside the corpus's files, as far as it can be
    // without them: whether it is used is decided once the files' key is known.
    let path = cache.path(forRoot: root)
    for removed in cache.removeAbandonedWrites() {
      log.info("index cache: removed \(removed), left by a write whose process is gone")
    }
    let early = EarlyRestore.start(cache: cache, path: path)
    let paths: [String]
    do {
      paths = try CorpusLoader.listFiles(
        root: root, followLinksOutside: followLinksOutside, log: log.warning)
    } catch {
      early.wait()
      throw error
    }
    let hashes = FileHashes()
    hashes.prepare(count: paths.count)
    let files = CorpusLoader.readFiles(
      root: root, relativePaths: paths, progress: progress.filesRead,
      inspect: { index, bytes in hashes[index] = ContentHash.hash(bytes) })
    let glossaryFile = readGlossary(root: root)
    let key = CorpusKey.key(
      files: files, hashes: hashes, glossary: glossaryFile, build: cache.build)
    clock.end("reading and hashing files")

    switch finishRestore(early, key: key, root: root, files: files, progress, log, &clock) {
    case .success(let knowledge):
      FileIO.touch(path)
      return Loaded(knowledge: knowledge, origin: .cache, stages: clock.stages, cacheWrite: nil)
    case .failure(let problem):
      let line = "index cache \(path) not used: \(problem); building the index"
      if problem.isRoutine {
        log.info(line)
      } else {
        // Damaged: removed now, not kept until the build's write replaces it (a write that
        // never comes would leave it to be read, and refused, at every start).
        log.warning(line)
        cache.discard(path)
      }
    }
    let corpus = CorpusLoader.parse(
      root: root, files: files, progress: progress.documentsParsed, log: log.warning)
    let records = fileRecords(files: files, corpus: corpus)
    clock.end("parsing")
    let knowledge = KnowledgeBase.build(
      corpus: corpus, glossary: glossary(glossaryFile, root: root, log: log.debug),
      progress: progress.knowledgeBuilt, log: log.debug)
    clock.end("knowledge")
    let write = CacheWrite(cache: cache, knowledge: knowledge, files: records, key: key, root: root)
    return Loaded(knowledge: knowledge, origin: .build, stages: clock.stages, cacheWrite: write)
  }

  // MARK: - Restoring

  /// The restore's last steps, once the key is known: the documents from the files just read
  /// and their stored parts (while the cache's thread still decodes and prepares the
  /// entities), then the knowledge base from the prepared entities. Returns only once the
  /// cache's thread is done, so a build that follows has the cores to itself.
  private static func finishRestore(
    _ early: EarlyRestore, key: UInt64, root: String, files: [CorpusFile], _ progress: Progress,
    _ log: Log, _ clock: inout StageClock
  ) -> Result<KnowledgeBase, CacheProblem> {
    let parts: EarlyRestore.Parts
    switch early.waitForParts() {
    case .failure(let problem):
      early.wait()
      if let headerKey = problem.headerKey, headerKey != key { return .failure(.stale) }
      return .failure(problem.problem)
    case .success(let made):
      guard made.key == key else {
        early.wait()
        return .failure(.stale)
      }
      parts = made
    }
    clock.end("waiting for the documents' parts")
    // Log lines of the corpus wait until the restore is sure: a failed restore is followed
    // by a parse that writes them.
    var corpusLines: [String] = []
    let corpus: Corpus
    do {
      corpus = try CorpusLoader.restore(
        root: root, files: files, outcomes: parts.outcomes, log: { corpusLines.append($0) })
    } catch {
      early.wait()
      return .failure(.malformed(error.description))
    }
    clock.end("documents")
    let prepared = early.wait()
    clock.end("waiting for the entities", alongside: prepared.milliseconds)
    let ready: EarlyRestore.Prepared
    switch prepared.result {
    case .failure(let problem):
      return .failure(problem.problem)
    case .success(let made):
      // The same header as the parts' (one file, read once), so the same key.
      guard made.key == key else { return .failure(.stale) }
      ready = made
    }
    progress.restoring?()
    let knowledge: KnowledgeBase
    do {
      knowledge = try KnowledgeBase.restore(corpus: corpus, prepared: ready.knowledge)
    } catch {
      return .failure(.malformed(error.description))
    }
    clock.end("knowledge")
    for line in corpusLines { log.warning(line) }
    return .success(knowledge)
  }

  /// What became of each listed file, for the cache: the documents in order, then whether each
  /// one's text is its file's bytes (usually the very same storage, so the test is free).
  static func fileRecords(files: [CorpusFile], corpus: Corpus) -> [FileRecord] {
    var records: [FileRecord] = []
    records.reserveCapacity(files.count)
    var documents = corpus.documents[...]
    var skipped = corpus.skipped[...]
    for file in files {
      if let document = documents.first, document.relativePath == file.relativePath,
        document.origin != nil
      {
        // A page's article, or a dump's articles: every document of the file, in order.
        var count = 0
        while let next = documents.first, next.relativePath == file.relativePath {
          documents.removeFirst()
          count += 1
        }
        records.append(.extracted(count: count))
      } else if let document = documents.first, document.relativePath == file.relativePath {
        documents.removeFirst()
        let textIsFileBytes: Bool
        if case .success(let bytes) = file.contents {
          textIsFileBytes = bytes == document.text.bytes
        } else {
          textIsFileBytes = false
        }
        records.append(.document(textIsFileBytes: textIsFileBytes))
      } else if let skip = skipped.first, skip.relativePath == file.relativePath {
        skipped.removeFirst()
        records.append(.skipped(reason: skip.reason))
      } else {
        records.append(.skipped(reason: "not read"))
      }
    }
    return records
  }

  // MARK: - Glossary

  /// The glossary file's bytes as they are now, for the key and for the build, so the index
  /// is built from exactly what was hashed.
  private static func readGlossary(root: String) -> CorpusKey.GlossaryFile {
    CorpusBoundary.readFile(named: Glossary.fileName, inFolder: root)
  }

  /// The glossary to build with, logged as `KnowledgeBase.build` logs the one it reads itself.
  /// None, or one that cannot be used, is an empty glossary, which builds the same index.
  private static func glossary(
    _ file: CorpusKey.GlossaryFile, root: String, log: (String) -> Void
  ) -> Glossary {
    switch file {
    case .absent:
      return Glossary(entities: [])
    case .unreadable(let reason):
      log("knowledge: glossary not used: cannot read \(reason)")
      return Glossary(entities: [])
    case .bytes(let bytes):
      do {
        let glossary = try Glossary.parse(bytes)
        log("knowledge: glossary \(Glossary.fileName) with \(glossary.entities.count) entries")
        return glossary
      } catch {
        log("knowledge: glossary not used: \(root)/\(Glossary.fileName): \(error.reason)")
        return Glossary(entities: [])
      }
    }
  }
}

/// The cache write that follows a build.
public struct CacheWrite: Sendable {
  let cache: IndexCache
  let knowledge: KnowledgeBase
  let files: [FileRecord]
  let key: UInt64
  let root: String

  /// Writes the cache file and logs what happened: written (with its size and time, and any
  /// cache of another corpus removed), or why not (a cache folder that cannot be written is
  /// not an error: the next start builds again).
  @discardableResult
  public func perform(log: IndexLoader.Log) -> Bool {
    var clock = StageClock()
    switch cache.write(knowledge: knowledge, files: files, key: key, root: root) {
    case .success(let written):
      clock.end("writing")
      let mebibytes = Double(written.byteCount) / 1_048_576
      log.info(
        "index cache written: \(written.path) (\(mebibytes.formatted(decimals: 1)) MiB in "
          + "\(clock.stages.first?.milliseconds ?? 0) ms)")
      for path in written.evicted { log.info("index cache removed (least recently used): \(path)") }
      return true
    case .failure(let failure):
      log.warning("index cache not written: \(failure.description)")
      return false
    }
  }
}

/// Wall time and process CPU time (all cores) of consecutive stages.
struct StageClock {
  private var lastWall = Clocks.monotonicNanoseconds()
  private var lastCPU = Clocks.processCPUNanoseconds()
  private(set) var stages: [IndexLoader.Stage] = []

  /// Ends stage `name`; `alongside`: how long work that ran beside it took.
  mutating func end(_ name: String, alongside: Int? = nil) {
    let wall = Clocks.monotonicNanoseconds()
    let cpu = Clocks.processCPUNanoseconds()
    stages.append(
      IndexLoader.Stage(
        name: name, milliseconds: Int((wall - lastWall) / 1_000_000),
        cpuMilliseconds: Int((cpu &- lastCPU) / 1_000_000), alongsideMilliseconds: alongside))
    lastWall = wall
    lastCPU = cpu
  }
}

extension Double {
  func formatted(decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (self * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(abs(scaled).truncatingRemainder(dividingBy: scale))
    guard decimals > 0 else { return "\(whole)" }
    let digits = String(fraction)
    return "\(whole).\(String(repeating: "0", count: decimals - digits.count))\(digits)"
  }
}
