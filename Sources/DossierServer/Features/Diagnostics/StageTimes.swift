import Base

/// Where the time of one computation went, for the debug log: wall time and the thread's CPU
/// time (on a busy machine the two differ, and the CPU time is what the work costs).
struct StageTimes: CustomStringConvertible {
  private(set) var stages: [(name: String, wall: UInt64, cpu: UInt64)] = []

  mutating func measure<T>(_ name: String, _ body: () -> T) -> T {
    let wall = Clocks.monotonicNanoseconds()
    let cpu = Clocks.threadCPUNanoseconds()
    let result = body()
    stages.append(
      (
        name, Clocks.monotonicNanoseconds() - wall,
        Clocks.threadCPUNanoseconds() &- cpu
      ))
    return result
  }

  var wallNanoseconds: UInt64 { stages.reduce(0) { $0 + $1.wall } }
  var cpuNanoseconds: UInt64 { stages.reduce(0) { $0 + $1.cpu } }

  /// "matching 12.3 ms (cpu 10.1), quotations 0.4 ms (cpu 0.4)".
  var description: String {
    stages.map { "\($0.name) \(Self.milliseconds($0.wall)) (cpu \(Self.milliseconds($0.cpu)))" }
      .joined(separator: ", ")
  }

  static func milliseconds(_ nanoseconds: UInt64) -> String {
    let tenths = nanoseconds / 100_000
    return "\(tenths / 10).\(tenths % 10) ms"
  }

}
