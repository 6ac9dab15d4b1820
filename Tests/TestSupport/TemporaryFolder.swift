import Base

/// A fresh folder under /tmp for one test, removed with everything in it by `remove()` or,
/// at the latest, when the last reference to it goes.
///
/// Removal deletes links, never follows them: a link loop or a link out of the folder is safe.
public final class TemporaryFolder: @unchecked Sendable {
  // Unchecked: `path` is set once and the folder on disk is the only other state.
  public let path: String

  public init() {
    var template = Array("/tmp/dossier-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = created.map { String(cString: $0) } ?? "/tmp/dossier-test-failed"
  }

  deinit { removeTree(path) }

  /// Writes `bytes` to `relativePath`, making the folders on the way; returns the full path.
  @discardableResult
  public func write(_ relativePath: String, _ bytes: [UInt8]) -> String {
    var folder = path
    for part in relativePath.split(separator: "/").dropLast() {
      folder += "/" + part
      mkdir(folder, 0o755)
    }
    let full = path + "/" + relativePath
    writeFile(full, bytes)
    return full
  }

  @discardableResult
  public func write(_ relativePath: String, _ text: String) -> String {
    write(relativePath, Array(text.utf8))
  }

  public func read(_ relativePath: String) -> [UInt8]? { readBytes(path + "/" + relativePath) }

  public func makeFolder(_ relativePath: String) { mkdir(path + "/" + relativePath, 0o755) }

  public func link(_ relativePath: String, to target: String) {
    symlink(target, path + "/" + relativePath)
  }

  /// Copies every file of `source` (one level) into `relativeFolder`.
  public func copy(folder source: String, to relativeFolder: String) {
    for name in listFolder(source) ?? [] {
      if let bytes = readBytes(source + "/" + name) { write(relativeFolder + "/" + name, bytes) }
    }
  }

  /// Deletes the folder and everything in it now.
  public func remove() { removeTree(path) }
}
