import Base

/// One walk of a corpus folder, collecting the article files inside its boundary.
///
/// Entries are taken in name order, so which of two names of one folder is listed (a folder
/// and a link to it) does not depend on the order the filesystem gives them in.
struct FolderWalk {
  let boundary: CorpusBoundary
  let log: (String) -> Void
  /// Folders entered, by identity: a link loop or a second link to a folder stops there.
  var visitedFolders: Set<FileIdentity> = []
  /// Relative paths of the article files found, in walk order.
  var files: [String] = []

  init(boundary: CorpusBoundary, log: @escaping (String) -> Void) {
    self.boundary = boundary
    self.log = log
  }

  /// Lists the folder at `relative` (empty: the root), which lies on device `device`.
  mutating func walk(relative: String, device: UInt64) {
    let folder = relative.isEmpty ? boundary.root : boundary.root + "/" + relative
    guard let directory = opendir(folder) else {
      log("corpus: cannot open folder \(relative): \(String(cString: strerror(errno)))")
      return
    }
    var entries: [(name: String, type: UInt8)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      entries.append((name, entry.pointee.d_type))
    }
    closedir(directory)
    entries.sort { BytewiseOrder.precedes($0.name, $1.name) }
    for (name, type) in entries {
      let child = relative.isEmpty ? name : relative + "/" + name
      visit(child, name: name, type: type, device: device)
    }
  }

  /// One entry. The folder entry's type spares a `stat` per article; links, folders and
  /// filesystems that do not fill the type are asked.
  private mutating func visit(_ child: String, name: String, type: UInt8, device: UInt64) {
    let path = boundary.root + "/" + child
    switch EntryType(directoryEntryType: type) ?? EntryType(lstatOf: path) {
    case .regularFile:
      if CorpusLoader.hasArticleExtension(name) { files.append(child) }
    case .folder:
      enterFolder(child, path: path, parentDevice: device, realPath: nil)
    case .link:
      followLink(child, name: name, path: path, device: device)
    case .special(let kind):
      if CorpusLoader.hasArticleExtension(name) { log("corpus: not reading \(child): \(kind)") }
    case nil:
      log("corpus: cannot read \(child): \(String(cString: strerror(errno)))")
    }
  }

  private mutating func followLink(_ child: String, name: String, path: String, device: UInt64) {
    if let problem = boundary.problem(withLinkAt: path) {
      log("corpus: not following \(child): \(problem)")
      return
    }
    var info = stat()
    guard stat(path, &info) == 0, let target = CorpusBoundary.realPath(path) else {
      log("corpus: cannot read \(child): \(String(cString: strerror(errno)))")
      return
    }
    switch info.st_mode & S_IFMT {
    // A link to what the walk reaches under its own name anyway is not followed: each article
    // is read once, under its real name, whatever order the names come in.
    case S_IFDIR:
      if !isReachedUnderItsOwnName(target) {
        enterFolder(child, path: path, parentDevice: device, realPath: target)
      }
    case S_IFREG:
      guard CorpusLoader.hasArticleExtension(name) else { return }
      if !(isReachedUnderItsOwnName(target) && CorpusLoader.hasArticleExtension(target)) {
        files.append(child)
      }
    default:
      if CorpusLoader.hasArticleExtension(name) {
        log("corpus: not reading \(child): \(EntryType.name(ofMode: info.st_mode))")
      }
    }
  }

  private mutating func enterFolder(
    _ child: String, path: String, parentDevice: UInt64, realPath: String?
  ) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      log("corpus: cannot read \(child): \(String(cString: strerror(errno)))")
      return
    }
    // Another filesystem starts here (a mount point, or a link's target): never a pseudo one.
    if UInt64(info.st_dev) != parentDevice || realPath != nil,
      let kind = CorpusBoundary.pseudoFilesystem(at: realPath ?? path)
    {
      log("corpus: not entering \(child): a pseudo-filesystem (\(kind))")
      return
    }
    guard visitedFolders.insert(FileIdentity(info)).inserted else {
      log("corpus: not entering \(child) again (a link loop or a second link)")
      return
    }
    walk(relative: child, device: UInt64(info.st_dev))
  }

  /// True when the walk reaches the real path `target` without links: inside the folder (not
  /// the folder itself), with no hidden name on the way.
  private func isReachedUnderItsOwnName(_ target: String) -> Bool {
    guard boundary.contains(realPath: target), target != boundary.realRoot else { return false }
    let inside = target.dropFirst(boundary.realRoot.count + 1)
    return !inside.split(separator: "/").contains { $0.hasPrefix(".") }
  }
}

/// What a folder entry is, as far as a walk cares.
enum EntryType: Equatable {
  case regularFile
  case folder
  case link
  /// A FIFO, socket or device: never read (opening one can block, or read a device).
  case special(String)

  /// From `readdir`'s `d_type`; nil when the filesystem does not say (`DT_UNKNOWN`).
  init?(directoryEntryType type: UInt8) {
    switch type {
    case 8: self = .regularFile  // DT_REG
    case 4: self = .folder  // DT_DIR
    case 10: self = .link  // DT_LNK
    case 1: self = .special("a FIFO")  // DT_FIFO
    case 12: self = .special("a socket")  // DT_SOCK
    case 2, 6: self = .special("a device")  // DT_CHR, DT_BLK
    default: return nil
    }
  }

  /// From `lstat`; nil when it fails (`errno` says why).
  init?(lstatOf path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: self = .regularFile
    case S_IFDIR: self = .folder
    case S_IFLNK: self = .link
    default: self = .special(Self.name(ofMode: info.st_mode))
    }
  }

  static func name(ofMode mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO"
    case S_IFSOCK: "a socket"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFDIR: "a folder"
    default: "not a regular file"
    }
  }
}
