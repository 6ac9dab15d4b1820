import Base

/// How the process asks its C allocator for memory.
///
/// glibc grows the heap of each worker thread's arena one page at a time, with one `mprotect`
/// per page (its `M_TOP_PAD` of 128 KiB applies only to the main heap and to a new heap's first
/// size). A load spreads a gigabyte of small allocations over several worker threads: a second
/// start on 100,000 articles made 163,000 such calls, each splitting or merging a mapping under
/// the lock that page faults take too. A pad of 64 MiB (the most a thread heap holds) makes each
/// new heap writable in one call (69 calls in all), and that start spent about 20 % less system
/// time (five `dossier lookup` runs each way). The pad is address space, not memory: pages are
/// only resident once they are touched.
enum MemoryPolicy {
  static let topPadBytes: Int32 = 64 << 20

  /// Applies the policy; does nothing where the C library has no `mallopt` (musl, Darwin).
  static func apply() {
    #if canImport(Glibc)
      // Looked up at run time: Swift's Glibc module does not import <malloc.h>.
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
      let topPad: Int32 = -2  // M_TOP_PAD in <malloc.h>
      _ = mallopt(topPad, topPadBytes)
    #endif
  }
}
