import Base

/// The article files of a corpus folder, and the floor for reading them.
struct CorpusFiles {
  let root: String
  /// Absolute paths of the article files (text, pages, dumps), sorted; hidden names skipped,
  /// as the server's loader does.
  let paths: [String]

  /// The name endings the server reads as articles (the benchmark links no corpus library).
  static let articleEndings = [".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson"]

  init(root: String) {
    self.root = root
    var paths: [String] = []
    Self.walk(root, into: &paths)
    self.paths = paths.sorted()
  }

  private static func walk(_ folder: String, into paths: inout [String]) {
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(".") { continue }
      let path = folder + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      if info.st_mode & S_IFMT == S_IFDIR {
        walk(path, into: &paths)
      } else if CorpusFiles.articleEndings.contains(where: { name.lowercased().hasSuffix($0) }) {
        paths.append(path)
      }
    }
  }

  /// Reads every file once, as `cat` would: the bytes read and the time taken.
  func readAll() -> (bytes: Int, nanoseconds: UInt64) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var total = 0
    let started = Clocks.monotonicNanoseconds()
    buffer.withUnsafeMutableBytes { raw in
      for path in paths {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { continue }
        while true {
          let count = read(fd, raw.baseAddress!, raw.count)
          if count < 0, errno == EINTR { continue }
          if count <= 0 { break }
          total += count
        }
        close(fd)
      }
    }
    return (total, Clocks.monotonicNanoseconds() - started)
  }

  /// The text of one file.
  static func text(of path: String) -> String {
    guard let file = fopen(path, "rbe") else { return "" }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count <= 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Up to `count` files spread evenly over the corpus.
  func sample(_ count: Int) -> [String] {
    guard !paths.isEmpty else { return [] }
    let step = max(1, paths.count / count)
    return stride(from: 0, to: paths.count, by: step).prefix(count).map { paths[$0] }
  }
}
