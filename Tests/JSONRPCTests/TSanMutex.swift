#if DOSSIER_TSAN_LOCKS
  import TSanLocks

  /// In ThreadSanitizer builds this module's `Mutex` is one TSan can see (see `PthreadMutex`);
  /// declared here, it shadows `Synchronization.Mutex`.
  typealias Mutex<Value: ~Copyable> = PthreadMutex<Value>
#endif
