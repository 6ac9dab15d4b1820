import Base
import CFileSystem

/// Where a corpus ends: the folder the user named, resolved once to its real path, and what a
/// walk of it may enter.
///
/// A link inside the folder is followed only when its target resolves inside the folder too
/// (unless the user asked for links outside to be followed), so a `leak.txt` pointing at
/// `/etc/passwd` is never read. Pseudo-filesystems (`/proc`, `/sys`, `/dev` and their kind,
/// recognised by the filesystem's type, not only by path) are never walked, whatever leads
/// there: `/proc/self/root` alone reaches the whole machine.
public struct CorpusBoundary: Sendable {
  /// The folder as named (made absolute by the caller); documents' paths start with it.
  public let root: String
  /// The folder's real path (`realpath`), against which links are judged.
  public let realRoot: String
  /// Links whose targets lie outside the folder are followed (the user's own choice, on the
  /// command line or in the editor's settings; never from a file in a workspace).
  public let followsLinksOutside: Bool

  /// Resolves `root`; throws when it is not a folder a corpus can be: missing, not a folder,
  /// the filesystem's root, or on a pseudo-filesystem.
  public init(root: String, followLinksOutside: Bool = false) throws(CorpusError) {
    if let problem = Self.problem(withFolder: root) {
      throw CorpusError(path: root, reason: problem)
    }
    guard let real = Self.realPath(root) else {
      throw CorpusError(path: root, reason: String(cString: strerror(errno)))
    }
    self.root = root
    realRoot = real
    followsLinksOutside = followLinksOutside
  }

  /// Why `path` cannot be a corpus folder, or nil when it can.
  public static func problem(withFolder path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return String(cString: strerror(errno)) }
    guard info.st_mode & S_IFMT == S_IFDIR else { return "not a folder" }
    guard let real = realPath(path) else { return String(cString: strerror(errno)) }
    if real == "/" { return "the filesystem root is not a folder of articles" }
    if let kind = pseudoFilesystem(at: real) {
      return "\(real) is on a pseudo-filesystem (\(kind)), not a folder of articles"
    }
    return nil
  }

  /// True when the real path `path` is the corpus folder or lies inside it.
  public func contains(realPath path: String) -> Bool {
    path == realRoot || path.hasPrefix(realRoot + "/")
  }

  /// Why the link at `path` is not followed, or nil when it may be: its target must resolve,
  /// and lie inside the folder unless links outside are followed.
  func problem(withLinkAt path: String) -> String? {
    guard let target = Self.realPath(path) else {
      return "a link whose target cannot be resolved (\(String(cString: strerror(errno))))"
    }
    if followsLinksOutside || contains(realPath: target) { return nil }
    return "a link to \(target), outside the corpus (followLinksOutside is off)"
  }

  // MARK: - Filesystems

  /// The name of the pseudo-filesystem `path` is on, or nil for a filesystem of files.
  ///
  /// By the filesystem's type where the platform says it (a `/proc` mounted elsewhere is still
  /// `/proc`), and by path for `/dev`, whose devtmpfs reports the type of an ordinary tmpfs.
  public static func pseudoFilesystem(at path: String) -> String? {
    if path == "/dev" || path.hasPrefix("/dev/") { return "devices" }
    #if os(Linux)
      var info = statfs()
      guard statfs(path, &info) == 0 else { return nil }
      return pseudoFilesystemNames[UInt32(truncatingIfNeeded: info.f_type)]
    #else
      for prefix in ["/proc", "/sys"] where path == prefix || path.hasPrefix(prefix + "/") {
        return String(prefix.dropFirst())
      }
      return nil
    #endif
  }

  /// Linux's magic numbers (`linux/magic.h`) of filesystems that hold the kernel's state, not
  /// files: walking them reads the machine, or never ends.
  static let pseudoFilesystemNames: [UInt32: String] = [
    0x9fa0: "proc", 0x6265_6572: "sysfs", 0x1cd1: "devpts", 0x6462_6720: "debugfs",
    0x7472_6163: "tracefs", 0x7363_6673: "securityfs", 0x0027_e0eb: "cgroup",
    0x6367_7270: "cgroup2", 0xcafe_4a11: "bpf", 0x6165_676c: "pstore", 0x6265_6570: "configfs",
    0x6573_5543: "fusectl", 0x9584_58f6: "hugetlbfs", 0x1980_0202: "mqueue",
    0xf97c_ff8c: "selinuxfs", 0x4341_5d53: "smackfs", 0xde5e_81e4: "efivarfs",
    0x4249_4e4d: "binfmt_misc", 0x6e73_6673: "nsfs", 0x0187: "autofs", 0x6759_6969: "rpc_pipefs",
  ]

  /// The absolute path of `path` with links followed; for a path not made yet, its nearest
  /// existing folder resolved and the rest appended. Nil for a relative path that cannot be
  /// resolved.
  public static func resolved(_ path: String) -> String? {
    if let real = realpath(path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    guard let slash = path.lastIndex(of: "/") else { return nil }
    let parent = String(path[..<slash])
    let name = String(path[path.index(after: slash)...])
    guard !parent.isEmpty, let resolvedParent = resolved(parent) else {
      return parent.isEmpty ? "/" + name : nil
    }
    if name.isEmpty || name == "." { return resolvedParent }
    if name == ".." {
      let up = resolvedParent[..<(resolvedParent.lastIndex(of: "/") ?? resolvedParent.startIndex)]
      return up.isEmpty ? "/" : String(up)
    }
    return (resolvedParent == "/" ? "" : resolvedParent) + "/" + name
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// A file a corpus folder holds beside its articles (the glossary), as it was read.
public enum FolderFile: Sendable {
  case absent
  case bytes([UInt8])
  case unreadable(String)
}

extension CorpusBoundary {
  /// The file `name` at the top of the corpus folder `root`, read as an article is (a regular
  /// file, bounded, never blocking), and only when it resolves inside the folder: a glossary
  /// that is a link to a file elsewhere is not read.
  public static func readFile(named name: String, inFolder root: String) -> FolderFile {
    let path = root + "/" + name
    var info = stat()
    guard lstat(path, &info) == 0 else {
      return errno == ENOENT ? .absent : .unreadable("\(path): \(String(cString: strerror(errno)))")
    }
    guard let target = realPath(path), let folder = realPath(root),
      target.hasPrefix(folder + "/")
    else {
      return .unreadable("\(path): a link that leads outside the corpus folder")
    }
    switch FileReading.contents(ofFile: target) {
    case .success(let bytes): return .bytes(bytes)
    case .failure(let problem): return .unreadable("\(path): \(problem.description)")
    }
  }
}
