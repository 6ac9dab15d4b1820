import Base

/// Serialises making pipes and spawning across threads (see `ServerProcess.init`).
private let spawnLock = SpawnLock()

/// A plain pthread mutex, held only around system calls.
private final class SpawnLock: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
    let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    return mutex
  }()

  func lock() { pthread_mutex_lock(mutex) }
  func unlock() { pthread_mutex_unlock(mutex) }
}

/// A spawned `dossier lsp` (or any command) with pipes on its stdin, stdout and stderr.
public final class ServerProcess {
  public let pid: pid_t
  /// Write end of the child's stdin; -1 once closed.
  public private(set) var input: Int32
  /// Read end of the child's stdout.
  public let output: Int32
  /// Read end of the child's stderr.
  public let errors: Int32
  private var exitStatus: Int32?

  public struct SpawnError: Error, CustomStringConvertible {
    public let description: String
  }

  /// Starts `executable` with `arguments`. The child inherits the environment, with
  /// `environment`'s variables added (or replaced).
  public init(executable: String, arguments: [String], environment: [String: String] = [:])
    throws
  {
    var stdinPipe: [Int32] = [0, 0]
    var stdoutPipe: [Int32] = [0, 0]
    var stderrPipe: [Int32] = [0, 0]
    // The pipes are close-on-exec, and made and handed over under one lock, so that a server
    // spawned at the same time by another thread never inherits this one's pipe ends: a copy
    // of the write end of stdin held by another child would keep this child from ever reading
    // end of file. `dup2` in the child clears the flag on 0, 1 and 2.
    spawnLock.lock()
    defer { spawnLock.unlock() }
    guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
      throw SpawnError(description: "pipe failed: \(String(cString: strerror(errno)))")
    }
    for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
    for fd in stdinPipe + stdoutPipe + stderrPipe {
      posix_spawn_file_actions_addclose(&actions, fd)
    }

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var inherited: [String] = []
    var entry = environ
    while let variable = entry.pointee {
      let text = String(cString: variable)
      let name = String(text.prefix { $0 != "=" })
      if environment[name] == nil { inherited.append(text) }
      entry += 1
    }
    let envp =
      (inherited + environment.map { "\($0.key)=\($0.value)" }).map { strdup($0) } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var child = pid_t()
    let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
    close(stdinPipe[0])
    close(stdoutPipe[1])
    close(stderrPipe[1])
    guard status == 0 else {
      close(stdinPipe[1])
      close(stdoutPipe[0])
      close(stderrPipe[0])
      throw SpawnError(
        description: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    // The server may exit while we still write; that must be an error, not SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    pid = child
    input = stdinPipe[1]
    output = stdoutPipe[0]
    errors = stderrPipe[0]
  }

  deinit {
    if input >= 0 { close(input) }
    close(output)
    close(errors)
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
  }

  /// Writes all of `bytes` to the child's stdin. False when the child has closed it.
  @discardableResult
  public func write(_ bytes: [UInt8]) -> Bool {
    guard input >= 0 else { return false }
    return bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(input, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  public func closeInput() {
    if input >= 0 {
      close(input)
      input = -1
    }
  }

  /// The exit status once the child has exited, waiting at most `timeout` seconds;
  /// nil when it is still running. A child killed by a signal reports 128 + the signal.
  public func waitForExit(timeout: Double) -> Int32? {
    if let exitStatus { return exitStatus }
    let deadline = Deadline(seconds: timeout)
    while true {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        exitStatus = code
        return code
      }
      if result < 0 { return nil }
      if deadline.hasPassed { return nil }
      usleep(2000)
    }
  }

  public func terminate() {
    if exitStatus == nil { kill(pid, SIGKILL) }
    _ = waitForExit(timeout: 5)
  }
}

/// A point in time on the monotonic clock.
public struct Deadline {
  let nanoseconds: UInt64

  public init(seconds: Double) {
    nanoseconds = Self.now() + UInt64(max(0, seconds) * 1e9)
  }

  public var hasPassed: Bool { Self.now() >= nanoseconds }

  /// Milliseconds left, at least 0, for `poll`.
  public var remainingMilliseconds: Int32 {
    let now = Self.now()
    guard nanoseconds > now else { return 0 }
    return Int32(min((nanoseconds - now) / 1_000_000 + 1, UInt64(Int32.max)))
  }

  static func now() -> UInt64 { Clocks.monotonicNanoseconds() }
}
