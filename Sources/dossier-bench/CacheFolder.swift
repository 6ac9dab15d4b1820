import Base

/// A fresh folder under /tmp for the server's index cache during one corpus's timing, removed
/// with the files in it afterwards (the cache keeps plain files, no subfolders).
struct CacheFolder {
  let path: String

  init() {
    var template = Array("/tmp/dossier-bench-cache-XXXXXX".utf8CString)
    path = template.withUnsafeMutableBufferPointer { buffer in
      mkdtemp(buffer.baseAddress!).map { String(cString: $0) } ?? "/tmp/dossier-bench-cache"
    }
  }

  func remove() {
    if let directory = opendir(path) {
      var names: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(directory)
      for name in names { unlink(path + "/" + name) }
    }
    rmdir(path)
  }
}
