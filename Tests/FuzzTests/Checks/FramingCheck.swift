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
    // A small limit, so that the refusal and skipping of large bodies is reached often.
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

  /// Feeds `chunks` one read at a time, draining events after each, as `Connection.run` does.
  private static func events(of chunks: [ArraySlice<UInt8>], limit: Int) -> (
    events: [FrameReader.Event], insideMessage: Bool
  ) {
    var reader = FrameReader(maxBodyBytes: limit)
    var events: [FrameReader.Event] = []
    for chunk in chunks {
      reader.append(chunk)
      while let event = reader.next() { events.append(event) }
    }
    return (events, reader.isInsideMessage)
  }
}
