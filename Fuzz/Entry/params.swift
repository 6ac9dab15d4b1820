@testable import FuzzChecks

/// libFuzzer entry point of the `params` target (see `Tests/FuzzTests/Checks`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzz(.params, data, size)
}
