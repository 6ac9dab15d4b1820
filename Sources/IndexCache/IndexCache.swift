import Base
import Corpus
import Knowledge

/// Where and how indexes are kept between starts: one file per corpus folder in the user's
/// cache directory, written to a temporary file and renamed into place, the least recently
/// used beyond `keptCorpora` removed.
public struct IndexCache: Sendable {
  /// The folder of the cache files (created when first written).
  public let directory: String
  /// The Dossier build that reads and writes: a cache written by another build is not used.
  public let build: String
  /// How many corpora keep a cache file; the least recently used go first.
  public var keptCorpora = 8

  public init(directory: String, build: String) {
    self.directory = directory
    self.build = build
  }

  /// `$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`; nil when neither can be found.
  /// (A relative `XDG_CACHE_HOME` is ignored, as the XDG specification says.)
  public static func defaultDirectory(
    environment: (String) -> String? = processEnvironment
  ) -> String? {
    if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/dossier" }
    if let home = environment("HOME"), home.hasPrefix("/") { return home + "/.cache/dossier" }
    return nil
  }

  /// A variable of this process's environment; nil when unset or empty.
  public static func processEnvironment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The build identity of a Dossier: its version and its executable's size and modification
  /// time, so that a rebuilt executable (whose index rules may differ under the same version
  /// number) never reads an index another one wrote.
  public static func buildIdentity(version: String, executablePath: String?) -> String {
    let stamp = executablePath.flatMap(FileIO.stamp) ?? "executable unknown"
    return "Dossier \(version); \(stamp)"
  }

  /// True when the cache folder is the corpus folder `root` or lies inside it, links followed
  /// (`--cache-dir` or `XDG_CACHE_HOME` pointed into the corpus): Dossier never writes into a
  /// corpus, so such a cache is not used at all.
  public func lies(inside root: String) -> Bool {
    guard let corpus = CorpusBoundary.resolved(root),
      let cacheFolder = CorpusBoundary.resolved(directory)
    else {
      return false
    }
    return cacheFolder == corpus || cacheFolder.hasPrefix(corpus == "/" ? "/" : corpus + "/")
  }

  /// The cache file of the corpus folder `root`.
  public func path(forRoot root: String) -> String {
    directory + "/" + ContentHash.hex(ContentHash.hash(root)) + Self.fileExtension
  }

  static let fileExtension = ".dossier-index"
  static let temporaryPrefix = ".writing-"

  // MARK: - Reading

  /// The cache file at `path`, opened and checked as far as it can be without the corpus's
  /// key: format, build, size and checksums. `key` is the key the header gives, when the
  /// header could be read (a stale file is reported as stale, whatever else is wrong in it).
  ///
  /// The header is read and checked first (`CacheFormat.Header.decode`): the rest of the file
  /// is read only when its size is the one the header gives, and that size is one an index of
  /// the text it was built from can have. A 3 GiB file costs a header's read, not 3 GiB.
  func openFile(path: String) -> (key: UInt64?, opened: Result<IndexDecoder, CacheProblem>) {
    let file: [UInt8]
    let header: CacheFormat.Header
    switch FileIO.openForReading(path) {
    case .failure(let failure):
      return (nil, .failure(failure.isMissing ? .missing : .unreadable(failure.description)))
    case .success(let (descriptor, fileSize)):
      defer { close(descriptor) }
      var bytes: [UInt8] = []
      let headerRead = min(fileSize, CacheFormat.maximumHeaderSize)
      if case .failure(let failure) = FileIO.append(descriptor, count: headerRead, to: &bytes) {
        return (nil, .failure(.unreadable(failure.description)))
      }
      do throws(CacheProblem) {
        header = try bytes.withBytes { prefix throws(CacheProblem) in
          try CacheFormat.Header.decode(prefix, fileSize: fileSize)
        }
      } catch {
        return (nil, .failure(error))
      }
      guard header.build == build else {
        return (nil, .failure(.otherBuild(found: header.build)))
      }
      // Checked now: exactly a header and its payload, the payload within its bound.
      bytes.reserveCapacity(fileSize)
      if case .failure(let failure) = FileIO.append(
        descriptor, count: fileSize - bytes.count, to: &bytes)
      {
        return (header.key, .failure(.unreadable(failure.description)))
      }
      guard bytes.count == fileSize else {
        return (header.key, .failure(.truncated(expectedBytes: fileSize, foundBytes: bytes.count)))
      }
      file = bytes
    }
    do throws(CacheProblem) {
      let checksum = file.withUnsafeBytes {
        PayloadChecksum.of(UnsafeRawBufferPointer(rebasing: $0[header.size...]))
      }
      guard checksum == header.payloadChecksum else {
        throw .corrupt("the payload's checksum does not match")
      }
      let decoder = try IndexDecoder(file: file, payloadStart: header.size)
      guard decoder.fileCount == header.fileCount, decoder.entityCount == header.entityCount
      else { throw .malformed("the header and the payload disagree on what they hold") }
      return (header.key, .success(decoder))
    } catch {
      return (header.key, .failure(error))
    }
  }

  /// Removes the cache file at `path` (one found damaged).
  func discard(_ path: String) {
    unlink(path)
  }

  /// Removes the temporary files of writes whose process is gone (killed midway, the machine
  /// stopped), returning their paths. A temporary file is named for its writer's process id
  /// (`.writing-PID-…`); one whose process still runs is another server's write under way.
  func removeAbandonedWrites() -> [String] {
    var removed: [String] = []
    for name in FileIO.names(in: directory) where name.hasPrefix(Self.temporaryPrefix) {
      let pidText = name.dropFirst(Self.temporaryPrefix.count).prefix { $0 != "-" }
      guard let pid = pid_t(pidText), pid > 0 else { continue }
      if kill(pid, 0) == 0 || errno != ESRCH { continue }
      let path = directory + "/" + name
      if unlink(path) == 0 { removed.append(path) }
    }
    return removed
  }

  // MARK: - Writing

  /// What a write did.
  public struct Written: Sendable {
    public let path: String
    public let byteCount: Int
    /// Cache files of other corpora removed to keep `keptCorpora`.
    public let evicted: [String]
  }

  /// Writes the index of `knowledge` under `key` for corpus folder `root`: to a temporary file
  /// in the cache folder, renamed over the corpus's cache file once complete, so a reader sees
  /// the old file or the new one, never half of one.
  func write(knowledge: KnowledgeBase, files: [FileRecord], key: UInt64, root: String)
    -> Result<Written, FileIO.Failure>
  {
    if case .failure(let failure) = FileIO.makeFolders(directory) { return .failure(failure) }
    let target = path(forRoot: root)
    let temporary =
      directory + "/" + Self.temporaryPrefix + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return .failure(.current(temporary)) }
    var closed = false
    defer {
      if !closed { close(descriptor) }
    }
    let result = fill(descriptor, temporary, knowledge: knowledge, files: files, key: key)
    closed = true
    let closeFailed = close(descriptor) != 0
    switch result {
    case .failure(let failure):
      unlink(temporary)
      return .failure(failure)
    case .success(let byteCount):
      if closeFailed {
        let failure = FileIO.Failure.current(temporary)
        unlink(temporary)
        return .failure(failure)
      }
      guard rename(temporary, target) == 0 else {
        let failure = FileIO.Failure.current(target)
        unlink(temporary)
        return .failure(failure)
      }
      FileIO.touch(target)  // its time of use, to the nanosecond, for eviction
      return .success(Written(path: target, byteCount: byteCount, evicted: evict(keeping: target)))
    }
  }

  /// Writes the header's room, the payload, then the header; returns the file's size.
  private func fill(
    _ descriptor: Int32, _ path: String, knowledge: KnowledgeBase, files: [FileRecord],
    key: UInt64
  ) -> Result<Int, FileIO.Failure> {
    var header = CacheFormat.Header(
      key: key, payloadSize: 0, payloadChecksum: 0, fileCount: files.count,
      documentCount: knowledge.corpus.documents.count, entityCount: knowledge.entities.count,
      textBytes: knowledge.corpus.documents.reduce(0) { $0 + $1.text.bytes.count }, build: build)
    guard lseek(descriptor, off_t(header.size), SEEK_SET) == off_t(header.size) else {
      return .failure(.current(path))
    }
    let sink = PayloadSink { bytes in FileIO.writeAll(descriptor, bytes, path: path) }
    guard IndexEncoder.encode(knowledge: knowledge, files: files, into: sink) != nil else {
      return .failure(
        FileIO.Failure(
          description: "the files' records do not match the corpus's documents", isMissing: false))
    }
    switch sink.finish() {
    case .failure(let failure): return .failure(failure)
    case .success(let checksum):
      header.payloadSize = sink.size
      header.payloadChecksum = checksum
    }
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { return .failure(.current(path)) }
    let encoded = header.encoded()
    if case .failure(let failure) = encoded.withUnsafeBytes({
      FileIO.writeAll(descriptor, $0, path: path)
    }) {
      return .failure(failure)
    }
    return .success(encoded.count + sink.size)
  }

  /// Removes the cache files of all but the `keptCorpora` most recently used corpora (`keep`
  /// always stays), and temporary files left by writers that died an hour ago or more.
  private func evict(keeping keep: String) -> [String] {
    let now = Double(time(nil))
    var caches: [(path: String, used: Double)] = []
    for name in FileIO.names(in: directory) {
      let path = directory + "/" + name
      if name.hasPrefix(Self.temporaryPrefix) {
        if let modified = FileIO.modificationTime(path), now - modified > 3600 { unlink(path) }
      } else if name.hasSuffix(Self.fileExtension), path != keep,
        let modified = FileIO.modificationTime(path)
      {
        caches.append((path, modified))
      }
    }
    let surplus = caches.count - max(keptCorpora - 1, 0)
    guard surplus > 0 else { return [] }
    let oldest = caches.sorted { $0.used < $1.used }.prefix(surplus).map(\.path)
    for path in oldest { unlink(path) }
    return oldest
  }
}
