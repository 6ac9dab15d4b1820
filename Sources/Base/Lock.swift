import Synchronization

#if DOSSIER_TSAN_LOCKS
  /// The lock every module uses: in ThreadSanitizer builds (`.ci/run` passes
  /// `-DDOSSIER_TSAN_LOCKS`) the pthread one TSan can see (`PthreadMutex`).
  public typealias Lock<Value: ~Copyable> = PthreadMutex<Value>
#else
  /// The lock every module uses: `Synchronization.Mutex`, except in ThreadSanitizer builds.
  public typealias Lock<Value: ~Copyable> = Synchronization.Mutex<Value>
#endif
