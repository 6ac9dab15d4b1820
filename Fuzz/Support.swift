#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input through a target's check; a broken property aborts, so libFuzzer keeps
/// the input as a crash (`crash-<hash>`), to be saved under `Tests/FuzzRegressions/<target>/`.
func fuzz(_ target: FuzzTarget, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let violations = target.check(bytes)
  guard violations.isEmpty else {
    for violation in violations {
      let line = Array("\(target.name): \(violation)\n".utf8)
      _ = line.withUnsafeBytes { write(2, $0.baseAddress!, $0.count) }
    }
    abort()
  }
  return 0
}
