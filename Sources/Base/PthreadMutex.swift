#if DOSSIER_TSAN_LOCKS
  /// A stand-in for `Synchronization.Mutex`, compiled only into ThreadSanitizer builds (`.ci/run`
  /// passes `-DDOSSIER_TSAN_LOCKS`): on Linux the real one waits on a futex inside the
  /// uninstrumented runtime, so ThreadSanitizer never sees it lock and reports every value
  /// published through it as a race. This one locks a pthread mutex, which it does see.
  ///
  /// Code names it only as `Lock` (Lock.swift), which is this under the flag and
  /// `Synchronization.Mutex` otherwise. Normal builds compile none of it.
  public struct PthreadMutex<Value: ~Copyable>: ~Copyable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let value: UnsafeMutablePointer<Value>

    public init(_ initialValue: consuming sending Value) {
      lock = .allocate(capacity: 1)
      pthread_mutex_init(lock, nil)
      value = .allocate(capacity: 1)
      value.initialize(to: initialValue)
    }

    deinit {
      value.deinitialize(count: 1)
      value.deallocate()
      pthread_mutex_destroy(lock)
      lock.deallocate()
    }

    public borrowing func withLock<Result: ~Copyable, E: Error>(
      _ body: (inout sending Value) throws(E) -> sending Result
    ) throws(E) -> sending Result {
      pthread_mutex_lock(lock)
      defer { pthread_mutex_unlock(lock) }
      return try body(&value.pointee)
    }
  }

  // The lock is what makes sharing safe, as for the real Mutex.
  extension PthreadMutex: @unchecked Sendable where Value: ~Copyable {}
#endif
