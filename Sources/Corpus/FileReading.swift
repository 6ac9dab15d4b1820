#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file with POSIX calls, safely against a file that changes meanwhile.
///
/// `read(2)` until end of file, never `mmap`: a file truncated while it is read then just ends
/// early instead of faulting the process. The file is opened non-blocking and checked to be a
/// regular file, so a FIFO or device put in a file's place cannot block the load.
enum FileReading {
  /// Files larger than this are not articles; they are skipped rather than read into memory.
  static let maximumByteCount = 64 << 20

  static func contents(ofFile path: String) -> Result<[UInt8], FileProblem> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .failure(FileProblem(String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return .failure(FileProblem(String(cString: strerror(errno))))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(FileProblem("not a regular file"))
    }
    guard Int(info.st_size) <= maximumByteCount else {
      return .failure(FileProblem("too large (\(info.st_size) bytes)"))
    }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count < maximumByteCount else {
          return .failure(FileProblem("too large (grew past \(maximumByteCount) bytes)"))
        }
        bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
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
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
