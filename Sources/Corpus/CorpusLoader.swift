#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds and reads the files of a corpus folder.
public enum CorpusLoader {
  /// File name endings that are read as articles.
  public static let extensions = [".txt", ".md"]

  /// Reads every article under `root`, recursively, in sorted path order.
  /// Throws only when `root` itself cannot be read; bad files are skipped and logged.
  public static func load(root: String, log: (String) -> Void = { _ in }) throws(CorpusError)
    -> Corpus
  {
    let files = try listFiles(root: root, log: log)
    var documents: [CorpusDocument] = []
    var skipped: [SkippedFile] = []
    for relativePath in files {
      switch readDocument(id: documents.count, relativePath: relativePath, root: root) {
      case .success(let document): documents.append(document)
      case .failure(let skip):
        log("corpus: skipped \(skip.relativePath): \(skip.reason)")
        skipped.append(skip)
      }
    }
    return Corpus(root: root, documents: documents, skipped: skipped)
  }

  /// Relative paths of the article files under `root`, sorted bytewise so ids are stable.
  /// Symbolic links are followed, but a folder already visited (a link loop) is not re-entered.
  public static func listFiles(root: String, log: (String) -> Void = { _ in }) throws(CorpusError)
    -> [String]
  {
    var info = stat()
    guard stat(root, &info) == 0 else {
      throw CorpusError(path: root, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw CorpusError(path: root, reason: "not a folder")
    }
    guard let directory = opendir(root) else {
      throw CorpusError(path: root, reason: String(cString: strerror(errno)))
    }
    closedir(directory)
    var files: [String] = []
    var visited: Set<FileIdentity> = [FileIdentity(info)]
    walk(root: root, relative: "", visited: &visited, files: &files, log: log)
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  private static func walk(
    root: String, relative: String, visited: inout Set<FileIdentity>, files: inout [String],
    log: (String) -> Void
  ) {
    let folder = relative.isEmpty ? root : root + "/" + relative
    guard let directory = opendir(folder) else {
      log("corpus: cannot open folder \(relative): \(String(cString: strerror(errno)))")
      return
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name == "." || name == ".." || name.hasPrefix(".") { continue }
      names.append(name)
    }
    for name in names {
      let childRelative = relative.isEmpty ? name : relative + "/" + name
      var info = stat()
      guard stat(root + "/" + childRelative, &info) == 0 else {
        log("corpus: cannot read \(childRelative): \(String(cString: strerror(errno)))")
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        guard visited.insert(FileIdentity(info)).inserted else {
          log("corpus: not following \(childRelative) again (a link loop)")
          continue
        }
        walk(root: root, relative: childRelative, visited: &visited, files: &files, log: log)
      case S_IFREG:
        let lower = name.lowercased()
        if extensions.contains(where: { lower.hasSuffix($0) }) { files.append(childRelative) }
      default:
        continue
      }
    }
  }

  /// Reads and segments one file. Binary, empty and unreadable files come back as skips.
  public static func readDocument(id: Int, relativePath: String, root: String) -> Result<
    CorpusDocument, SkippedFile
  > {
    let path = root + "/" + relativePath
    let raw: [UInt8]
    switch readFile(path) {
    case .success(let bytes): raw = bytes
    case .failure(let problem):
      return .failure(SkippedFile(relativePath: relativePath, reason: problem.description))
    }
    switch TextDecoding.decode(raw) {
    case .failure(let problem):
      return .failure(SkippedFile(relativePath: relativePath, reason: problem.description))
    case .success(let bytes):
      return .success(
        DocumentParser.parse(id: id, relativePath: relativePath, path: path, bytes: bytes))
    }
  }

  static func readFile(_ path: String) -> Result<[UInt8], FileProblem> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(FileProblem(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(FileProblem(String(cString: strerror(errno))))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return .success(bytes)
  }
}

/// A file's identity on disk, to recognise a folder reached twice through links.
struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
