import Base
import Dispatch
import Synchronization

/// Writes a synthetic corpus to disk: `OUT/0000/0000000.txt`, a thousand articles per folder,
/// generated in parallel on every core.
///
/// A hidden manifest (`.synthetic-corpus`) records the article count, seed and generator
/// version; a folder whose manifest matches is left as it is, so benchmark runs reuse corpora.
public struct CorpusGenerator: Sendable {
  /// Raised when the generated text changes, so an old corpus on disk is not reused.
  public static let version = 2
  public static let manifestName = ".synthetic-corpus"

  public let articles: Int
  public let seed: UInt64
  public let mix: Mix

  public init(articles: Int, seed: UInt64, mix: Mix = .standard) {
    self.articles = articles
    self.seed = seed
    self.mix = mix
  }

  public struct Summary: Sendable {
    public let files: Int
    public let bytes: Int
    /// False when a matching corpus was already there.
    public let generated: Bool
  }

  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// The relative path of article `index`.
  public static func relativePath(of index: Int) -> String {
    "\(padded(index / 1000, 4))/\(padded(index, 7)).txt"
  }

  /// The standard mix keeps the manifest it always had; another mix names itself before the
  /// version, so that neither manifest is a prefix of the other.
  var manifest: String {
    let mixPart = mix.isStandard ? "" : "mix \(mix.name)-\(mix.revision) \(mix.settings) "
    return "articles \(articles) seed \(seed) \(mixPart)version \(Self.version)\n"
  }

  /// Writes the corpus into `folder` (created if needed) unless a matching one is there.
  public func write(to folder: String, force: Bool = false) throws(Failure) -> Summary {
    let manifestPath = folder + "/" + Self.manifestName
    if !force, let existing = readSmallFile(manifestPath),
      existing.hasPrefix(manifest.dropLast()), let bytes = Self.recordedBytes(existing)
    {
      return Summary(files: articles, bytes: bytes, generated: false)
    }
    try makeFolders(folder)
    for folderIndex in 0..<((articles + 999) / 1000) {
      try makeFolder(folder + "/" + Self.padded(folderIndex, 4))
    }
    let writer = ArticleWriter(seed: seed, mix: mix)
    let totalBytes = Atomic<Int>(0)
    let firstError = Lock<String?>(nil)
    let workers = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    let chunk = max(1, (articles + workers * 16 - 1) / (workers * 16))
    let chunks = (articles + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
      let range = (chunkIndex * chunk)..<min(articles, (chunkIndex + 1) * chunk)
      for index in range {
        let text = writer.article(index).text
        let path = folder + "/" + Self.relativePath(of: index)
        if let problem = writeFile(path, Array(text.utf8)) {
          firstError.withLock { if $0 == nil { $0 = problem } }
          return
        }
        totalBytes.add(text.utf8.count, ordering: .relaxed)
      }
    }
    if let problem = firstError.withLock({ $0 }) { throw Failure(description: problem) }
    let bytes = totalBytes.load(ordering: .relaxed)
    if let problem = writeFile(
      manifestPath, Array((manifest.dropLast() + " bytes \(bytes)\n").utf8))
    {
      throw Failure(description: problem)
    }
    return Summary(files: articles, bytes: bytes, generated: true)
  }

  static func recordedBytes(_ manifest: String) -> Int? {
    let words = manifest.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let at = words.firstIndex(of: "bytes"), at + 1 < words.count else { return nil }
    return Int(words[at + 1])
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}

// MARK: - Files

/// Creates `path` and any missing parents, like `mkdir -p`.
private func makeFolders(_ path: String) throws(CorpusGenerator.Failure) {
  var prefix = path.hasPrefix("/") ? "" : "."
  for component in path.split(separator: "/") {
    prefix += "/" + component
    try makeFolder(prefix)
  }
}

private func makeFolder(_ path: String) throws(CorpusGenerator.Failure) {
  if mkdir(path, 0o755) != 0, errno != EEXIST {
    throw CorpusGenerator.Failure(
      description: "cannot create \(path): \(String(cString: strerror(errno)))")
  }
}

/// Writes `bytes` to `path`; returns the problem, if any.
private func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  guard fd >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
  defer { close(fd) }
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
    if written < 0 {
      if errno == EINTR { continue }
      return "cannot write \(path): \(String(cString: strerror(errno)))"
    }
    offset += written
  }
  return nil
}

private func readSmallFile(_ path: String) -> String? {
  let fd = open(path, O_RDONLY | O_CLOEXEC)
  guard fd >= 0 else { return nil }
  defer { close(fd) }
  var buffer = [UInt8](repeating: 0, count: 4096)
  let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
  guard count > 0 else { return nil }
  return String(decoding: buffer[0..<count], as: UTF8.self)
}
