@testable import JSONRPC

extension FuzzTarget {
  /// The `Content-Length` reader: the same byte stream gives the same messages and errors
  /// however it is cut into reads, no body exceeds the limit, and the reader ends up waiting
  /// for more input rather than looping.
  static let framing = FuzzTarget(
    name: "framing",
    summary: "framing reader: same events whatever the read sizes; no body over the limit"
  ) { bytes in
    var violations = Violations()
    // Small limits, so that the refusal and skipping of large bodies, and of long header lines
    // (8 KiB in the server, longer than the fuzzer's inputs), are reached often.
    let limit = 512
    let whole = events(of: [bytes[...]], limit: limit)
    var chunks: [ArraySlice<UInt8>] = []
    var start = 0
    var step = 0
    while start < bytes.count {
      // Read sizes from 1 to 17 bytes, chosen by the input itself so runs are reproducible.
      let size = 1 + Int(bytes[(start * 31 + step) % bytes.count]) % 17
      let end = min(start + size, bytes.count)
      chunks.append(bytes[start..<end])
      start = end
      step += 1
    }
    let chunked = events(of: chunks, limit: limit)
    violations.expect(
      whole.events == chunked.events,
      "events differ by read size: whole \(whole.events) vs chunked \(chunked.events)")
    violations.expect(
      whole.insideMessage == chunked.insideMessage,
      "end state differs by read size: \(whole.insideMessage) vs \(chunked.insideMessage)")
    for case .body(let body) in whole.events {
      violations.expect(body.count <= limit, "a body of \(body.count) bytes passed the limit")
    }
    return violations.list
  }

  /// The longest header line the fuzzed reader takes: short, and not a multiple of the read
  /// sizes, so that lines end before, at and after the limit within one read or across reads.
  private static let headerLineLimit = 61

  /// Feeds `chunks` one read at a time, draining events after each, as `Connection.run` does.
  private static func events(of chunks: [ArraySlice<UInt8>], limit: Int) -> (
    events: [FrameReader.Event], insideMessage: Bool
  ) {
    var reader = FrameReader(maxBodyBytes: limit, maxHeaderLineBytes: headerLineLimit)
    var events: [FrameReader.Event] = []
    for chunk in chunks {
      reader.append(chunk)
      while let event = reader.next() { events.append(event) }
    }
    return (events, reader.isInsideMessage)
  }
}
