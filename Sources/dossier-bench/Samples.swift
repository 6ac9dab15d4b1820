import JSONRPC

/// Round-trip times of one kind of request, and how many answers had content.
struct Samples {
  private(set) var nanoseconds: [UInt64] = []
  /// Answers with a non-empty result (a hover that said something, a non-empty list).
  private(set) var hits = 0

  mutating func add(_ elapsed: UInt64, hit: Bool) {
    nanoseconds.append(elapsed)
    if hit { hits += 1 }
  }

  var count: Int { nanoseconds.count }

  /// The value below which `fraction` of the samples fall (nearest rank).
  func percentile(_ fraction: Double) -> Double? {
    guard !nanoseconds.isEmpty else { return nil }
    let sorted = nanoseconds.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return Double(sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)])
  }

  var p50: Double? { percentile(0.5) }
  var p99: Double? { percentile(0.99) }
  var max: Double? { nanoseconds.max().map { Double($0) } }

  var hitPercent: Int { count == 0 ? 0 : hits * 100 / count }
}

/// True when an answer carries content: not an error, not null, not an empty list.
func isHit(_ response: JSONValue) -> Bool {
  guard response["error"] == nil, let result = response["result"] else { return false }
  switch result {
  case .null: return false
  case .array(let items): return !items.isEmpty
  case .object(let members):
    if let items = members["items"]?.arrayValue { return !items.isEmpty }
    return true
  default: return true
  }
}

/// True when the server said it does not know the method.
func isMethodNotFound(_ response: JSONValue) -> Bool {
  response["error"]?["code"]?.intValue == -32601
}
