import Base

/// Reads a whole file with POSIX calls, safely against a file that changes meanwhile.
///
/// `read(2)` never `mmap`: a file truncated while it is read then just ends early instead of
/// faulting the process. The file is opened non-blocking and checked to be a regular file, so a
/// FIFO or device put in a file's place cannot block the load. The size `fstat` gives is read and
/// no more (a file that grows meanwhile is read as it was when opened), straight into the array
/// that is kept, with no read spent only to see the end; a file that says it is empty (a
/// pseudo-file) is read until the end.
enum FileReading {
  /// Files larger than this are not articles; they are skipped rather than read into memory.
  static let maximumByteCount = 64 << 20

  /// The bytes of the file at `path`, relative to the open folder `folder` when given (a
  /// corpus's files are opened relative to its folder, so the kernel does not walk the
  /// folder's own path again for each of them); a file over `maximumByteCount` is refused.
  static func contents(
    ofFile path: String, inFolder folder: Int32? = nil, maximumByteCount: Int = maximumByteCount
  ) -> Result<[UInt8], FileProblem> {
    let descriptor = openat(folder ?? AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .failure(FileProblem(String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return .failure(FileProblem(String(cString: strerror(errno))))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(FileProblem("not a regular file"))
    }
    let size = Int(info.st_size)
    guard size <= maximumByteCount else {
      return .failure(FileProblem("too large (\(size) bytes)"))
    }
    guard size > 0 else { return readToEnd(descriptor, maximumByteCount: maximumByteCount) }
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initializedCount in
      initializedCount = 0
      guard let base = buffer.baseAddress else { return }
      while initializedCount < size {
        let result = read(descriptor, base + initializedCount, size - initializedCount)
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if result == 0 { return }  // Truncated since `fstat`: it ends here.
        initializedCount += result
      }
    }
    if failure != 0 { return .failure(FileProblem(String(cString: strerror(failure)))) }
    return .success(bytes)
  }

  /// Reads until the end, growing the buffer, for files whose size is not known.
  private static func readToEnd(_ descriptor: Int32, maximumByteCount: Int) -> Result<
    [UInt8], FileProblem
  > {
    var bytes = [UInt8](repeating: 0, count: 4096)
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count < maximumByteCount else {
          return .failure(FileProblem("too large (grew past \(maximumByteCount) bytes)"))
        }
        bytes.append(contentsOf: repeatElement(0, count: bytes.count))
      }
      let result = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return .failure(FileProblem(String(cString: strerror(errno))))
      }
      if result == 0 { break }
      count += result
    }
    // An empty file (the common case here) keeps no buffer: 100,000 of them held 400 MB.
    if count == 0 { return .success([]) }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
