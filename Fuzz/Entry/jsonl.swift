@testable import FuzzChecks

/// libFuzzer entry point of the `jsonl` target (see `Tests/FuzzTests/Checks`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzz(.jsonl, data, size)
}
