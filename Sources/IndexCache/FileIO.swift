import Base

/// The few POSIX file operations the cache needs, each returning the system's reason on failure.
enum FileIO {
  /// Why a file operation failed, as the system says it.
  struct Failure: Error, CustomStringConvertible {
    let description: String
    let isMissing: Bool

    static func current(_ what: String) -> Failure {
      Failure(
        description: "\(what): \(String(cString: strerror(errno)))", isMissing: errno == ENOENT)
    }
  }

  /// The regular file at `path`, opened for reading (never blocking, whatever is in its place),
  /// and its size.
  static func openForReading(_ path: String) -> Result<(descriptor: Int32, size: Int), Failure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .failure(.current(path)) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let failure = Failure.current(path)
      close(descriptor)
      return .failure(failure)
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return .failure(Failure(description: "\(path): not a regular file", isMissing: false))
    }
    return .success((descriptor, Int(info.st_size)))
  }

  /// The whole regular file at `path`, at the size it had when opened.
  static func readFile(_ path: String) -> Result<[UInt8], Failure> {
    switch openForReading(path) {
    case .failure(let failure): return .failure(failure)
    case .success(let (descriptor, size)):
      defer { close(descriptor) }
      var bytes: [UInt8] = []
      return append(descriptor, count: size, to: &bytes).map { bytes }
    }
  }

  /// Reads up to `count` more bytes from `descriptor` onto the end of `bytes`, with `read(2)`
  /// (a file truncated meanwhile just ends early: fewer bytes come).
  static func append(_ descriptor: Int32, count: Int, to bytes: inout [UInt8])
    -> Result<Void, Failure>
  {
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: count))
    var filled = 0
    while filled < count {
      let result = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress! + start + filled, count - filled)
      }
      if result < 0 {
        if errno == EINTR { continue }
        let failure = Failure.current("read")
        bytes.removeSubrange((start + filled)...)
        return .failure(failure)
      }
      if result == 0 { break }
      filled += result
    }
    bytes.removeSubrange((start + filled)...)
    return .success(())
  }

  /// Writes all of `bytes` at the descriptor's position.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String)
    -> Result<Void, Failure>
  {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return .failure(.current(path))
      }
      offset += written
    }
    return .success(())
  }

  /// Creates `path` and the folders above it that are missing.
  static func makeFolders(_ path: String) -> Result<Void, Failure> {
    var info = stat()
    if stat(path, &info) == 0 {
      return info.st_mode & S_IFMT == S_IFDIR
        ? .success(()) : .failure(Failure(description: "\(path): not a folder", isMissing: false))
    }
    let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    if !parent.isEmpty, case .failure(let failure) = makeFolders(parent) {
      return .failure(failure)
    }
    if mkdir(path, 0o700) != 0 && errno != EEXIST { return .failure(.current(path)) }
    return .success(())
  }

  /// The names in `folder` (hidden ones included, `.` and `..` not).
  static func names(in folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Seconds since the epoch of the last change of the file's contents; nil when missing.
  static func modificationTime(_ path: String) -> Double? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
  }

  /// The file's size and modification time, to tell one build of an executable from another.
  static func stamp(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return "\(info.st_size) bytes, modified \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }

  /// Marks the file as used now (its modification time), so eviction keeps it longest.
  ///
  /// The time is read from the clock here, to the nanosecond: the kernel's own "now" for file
  /// times is coarse (a tick), so a file written and another used just after could get the same
  /// time and be evicted in the wrong order.
  static func touch(_ path: String) {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var times = (now, now)
    withUnsafePointer(to: &times) { pair in
      pair.withMemoryRebound(to: timespec.self, capacity: 2) {
        _ = utimensat(AT_FDCWD, path, $0, 0)
      }
    }
  }
}
