import Base
import Corpus
import JSONRPC

/// Decides which folder is the corpus.
///
/// Precedence: `dossier lsp --corpus DIR` > `initializationOptions.corpus` > `corpus` in
/// `.dossier.json` at the workspace root > the shipped `seeds/`. The shipped corpus is found
/// from the executable's real path, so it works from any working directory: a `seeds/` folder
/// beside an ancestor of the binary (a build inside the repository), or
/// `PREFIX/share/dossier/seeds` for a binary installed in `PREFIX/bin`.
public struct CorpusLocator: Sendable {
  /// Name of the optional configuration file in the workspace root.
  static let configFileName = ".dossier.json"

  enum Source: String, Sendable {
    case commandLine = "--corpus"
    case initializationOptions = "initializationOptions.corpus"
    case workspaceConfig = ".dossier.json"
    case shippedSeeds = "shipped seeds"
  }

  struct Choice: Sendable, Equatable {
    let path: String
    let source: Source
  }

  let commandLineCorpus: String?
  let executablePath: String?

  public init(
    commandLineCorpus: String?, executablePath: String? = CorpusLocator.currentExecutable()
  ) {
    self.commandLineCorpus = commandLineCorpus
    self.executablePath = executablePath
  }

  /// The chosen corpus folder (made absolute), or nil when none is configured and no shipped
  /// seeds can be found. `problems` collects what the user should hear about.
  func locate(
    initializationCorpus: String?, workspaceRoot: String?, problems: inout [String]
  ) -> Choice? {
    let cwd = Self.workingDirectory()
    if let commandLineCorpus {
      return Choice(path: Self.absolute(commandLineCorpus, base: cwd), source: .commandLine)
    }
    if let initializationCorpus {
      return Choice(
        path: Self.absolute(initializationCorpus, base: workspaceRoot ?? cwd),
        source: .initializationOptions)
    }
    if let workspaceRoot, let configured = Self.readConfig(in: workspaceRoot, problems: &problems) {
      let path = Self.absolute(configured, base: workspaceRoot)
      if let problem = Self.problem(withWorkspaceCorpus: path, workspaceRoot: workspaceRoot) {
        problems.append(
          "\(workspaceRoot)/\(Self.configFileName) names the corpus \(path), which is not used: "
            + "\(problem). Pass --corpus or set initializationOptions.corpus to read it.")
      } else {
        return Choice(path: path, source: .workspaceConfig)
      }
    }
    if let seeds = shippedSeeds() { return Choice(path: seeds, source: .shippedSeeds) }
    return nil
  }

  /// The shipped `seeds/` folder, searched upward from the executable's real location.
  public func shippedSeeds() -> String? {
    guard let executablePath, let real = Self.realPath(executablePath) else { return nil }
    var folder = Self.parent(of: real)
    while !folder.isEmpty {
      for candidate in [folder + "/seeds", folder + "/share/dossier/seeds"]
      where Self.isDirectory(candidate) {
        return candidate
      }
      if folder == "/" { break }
      folder = Self.parent(of: folder)
    }
    return nil
  }

  /// Why a corpus named by a workspace's own file may not be read, or nil when it may: a
  /// workspace is often cloned from someone else, and its file must not widen what the server
  /// reads, so the corpus must resolve (links followed) inside the workspace.
  static func problem(withWorkspaceCorpus path: String, workspaceRoot: String) -> String? {
    guard let root = realPath(workspaceRoot) else {
      return "the workspace folder cannot be resolved"
    }
    // A folder not made yet is judged by where it would be.
    guard let real = CorpusBoundary.resolved(path) else { return "it cannot be resolved" }
    guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
      return "it resolves to \(real), outside the workspace \(root)"
    }
    return nil
  }

  static func readConfig(in root: String, problems: inout [String]) -> String? {
    let path = root + "/" + configFileName
    // The file itself must be the workspace's: not a link to a file elsewhere.
    if let real = realPath(path), let folder = realPath(root),
      !real.hasPrefix(folder == "/" ? "/" : folder + "/")
    {
      problems.append("\(path) is a link to \(real), outside the workspace; ignored")
      return nil
    }
    guard let bytes = readSmallFile(path) else { return nil }
    guard let json = try? JSONParser.parse(bytes) else {
      problems.append("\(path) is not valid JSON; ignored")
      return nil
    }
    guard let corpus = json["corpus"] else { return nil }
    guard let value = corpus.stringValue else {
      problems.append("\(path): \"corpus\" must be a string; ignored")
      return nil
    }
    return value
  }

  // MARK: - Paths

  public static func currentExecutable() -> String? {
    realPath("/proc/self/exe") ?? CommandLine.arguments.first
  }

  static func absolute(_ path: String, base: String) -> String {
    var expanded = path
    if expanded == "~" || expanded.hasPrefix("~/"), let home = getenv("HOME") {
      expanded = String(cString: home) + expanded.dropFirst()
    }
    let joined = expanded.hasPrefix("/") ? expanded : base + "/" + expanded
    return normalize(joined)
  }

  /// Removes `.` and `..` segments and repeated slashes, without touching the disk.
  static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  static func workingDirectory() -> String {
    guard let cwd = getcwd(nil, 0) else { return "/" }
    defer { free(cwd) }
    return String(cString: cwd)
  }

  /// Reads a configuration file of at most 1 MiB; nil when absent, unreadable, or not a
  /// regular file (a FIFO in its place must not block the start).
  static func readSmallFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while bytes.count < 1 << 20 {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}
