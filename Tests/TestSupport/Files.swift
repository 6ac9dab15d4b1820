import Base
import DossierClient

/// The repository, from this file's place in it (Tests/TestSupport/Files.swift).
public let repositoryRoot: String = {
  var path = #filePath
  for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
  return path
}()

/// The bytes of the file at `path`, or nil when it cannot be read (as the client reads them).
public func readBytes(_ path: String) -> [UInt8]? { SourceFiles.readBytes(path) }

/// The file at `path` as UTF-8 text (bad bytes replaced), or nil when it cannot be read.
public func readText(_ path: String) -> String? {
  readBytes(path).map { String(decoding: $0, as: UTF8.self) }
}

/// Writes `bytes` to the file at `path`, replacing it; a failure leaves no file.
///
/// Close-on-exec: a server that another test spawns while the file is open would otherwise keep
/// the write end until it exits, and its close then shows as a write to a watched corpus.
public func writeFile(_ path: String, _ bytes: [UInt8]) {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  guard descriptor >= 0 else { return }
  _ = bytes.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
  close(descriptor)
}

public func writeFile(_ path: String, _ text: String) { writeFile(path, Array(text.utf8)) }

/// `write(2)`, under a name that the `write` methods of the callers do not hide.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// The names in `folder` (files and folders, not `.` and `..`), sorted; nil when unreadable.
public func listFolder(_ folder: String) -> [String]? {
  guard let directory = opendir(folder) else { return nil }
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

/// Deletes `path` and, for a folder, everything in it (links are removed, never followed;
/// folders a test made unreadable are opened first).
public func removeTree(_ path: String) {
  var info = stat()
  guard lstat(path, &info) == 0 else { return }
  if info.st_mode & S_IFMT == S_IFDIR {
    chmod(path, 0o755)
    for name in listFolder(path) ?? [] { removeTree(path + "/" + name) }
    rmdir(path)
  } else {
    unlink(path)
  }
}
