#if canImport(Glibc)
  import Glibc
#endif

/// A fresh folder under /tmp, removed with everything in it when the test is done.
final class TemporaryFolder {
  let path: String

  init() {
    var template = Array("/tmp/dossier-test-XXXXXX".utf8CString)
    path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
  }

  deinit {
    // Links are removed, never followed: a link loop or a link out of the folder is safe.
    remove(path)
  }

  private func remove(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      chmod(path, 0o700)
      if let directory = opendir(path) {
        var names: [String] = []
        while let entry = readdir(directory) {
          let name = withUnsafeBytes(of: &entry.pointee.d_name) {
            String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
          }
          if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names { remove(path + "/" + name) }
      }
      rmdir(path)
    } else {
      unlink(path)
    }
  }

  /// Writes `bytes` to `relativePath`, making the folders on the way.
  @discardableResult
  func write(_ relativePath: String, _ bytes: [UInt8]) -> String {
    let full = path + "/" + relativePath
    var folder = ""
    for part in relativePath.split(separator: "/").dropLast() {
      folder += "/" + part
      mkdir(path + folder, 0o755)
    }
    let file = fopen(full, "wb")!
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    return full
  }

  @discardableResult
  func write(_ relativePath: String, _ text: String) -> String {
    write(relativePath, Array(text.utf8))
  }

  func makeFolder(_ relativePath: String) { mkdir(path + "/" + relativePath, 0o755) }

  func link(_ relativePath: String, to target: String) {
    symlink(target, path + "/" + relativePath)
  }
}
