/// The clocks timings are read from, in nanoseconds: wall time for how long something took,
/// CPU time for what it cost (on a busy machine the two differ).
public enum Clocks {
  /// Monotonic wall time: never set back, counted from an arbitrary start.
  public static func monotonicNanoseconds() -> UInt64 { read(CLOCK_MONOTONIC) }

  /// CPU time used so far by the calling thread.
  public static func threadCPUNanoseconds() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }

  /// CPU time used so far by the whole process: every thread, user and system.
  public static func processCPUNanoseconds() -> UInt64 { read(CLOCK_PROCESS_CPUTIME_ID) }

  /// The same in seconds, as the benchmarks print them.
  public static func monotonicSeconds() -> Double { Double(monotonicNanoseconds()) / 1e9 }
  public static func threadCPUSeconds() -> Double { Double(threadCPUNanoseconds()) / 1e9 }
  public static func processCPUSeconds() -> Double { Double(processCPUNanoseconds()) / 1e9 }

  /// `peakResidentKilobytes` in megabytes.
  public static func peakResidentMegabytes() -> Double { Double(peakResidentKilobytes()) / 1024 }

  /// The most memory the process has held resident so far, in kilobytes.
  public static func peakResidentKilobytes() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage.ru_maxrss
  }

  /// 0 when the clock cannot be read, so a timing is wrong rather than a crash.
  private static func read(_ clock: clockid_t) -> UInt64 {
    var time = timespec()
    guard clock_gettime(clock, &time) == 0 else { return 0 }
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
