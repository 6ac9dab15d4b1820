import Base

/// Splits a byte stream into `Content-Length`-framed message bodies.
///
/// A small state machine fed with chunks of any size: a message split across many reads and
/// many messages in one read come out the same. Policies, each tested:
/// - header names in any case; `Content-Type` and unknown headers are ignored;
/// - a bare `\n` ends a header line as `\r\n` does, and blank lines between messages are skipped;
/// - duplicate `Content-Length` headers with the same value are accepted, differing ones are an
///   error; a missing or non-numeric one is an error;
/// - `Content-Length: 0` yields an empty body (which the JSON layer then rejects);
/// - a body over `maxBodyBytes` is refused before anything is allocated for it, and its bytes
///   are not counted off: the reader resynchronises on the next `Content-Length` header, so a
///   declared length of 2^63 costs one error, not a reader deaf until the input ends;
/// - after any error the reader resynchronises on the next `Content-Length` header it sees;
/// - a large body is read into a buffer reserved for it and handed over, not copied.
public struct FrameReader {
  public enum Event: Sendable, Equatable {
    case body([UInt8])
    case error(FramingError)
  }

  public enum FramingError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingContentLength
    case invalidContentLength(String)
    case conflictingContentLength
    case malformedHeader(String)
    case headerTooLong(Int)
    case tooLarge(declared: Int, limit: Int)

    public var description: String {
      switch self {
      case .missingContentLength: return "message header has no Content-Length"
      case .invalidContentLength(let value): return "invalid Content-Length: \"\(value)\""
      case .conflictingContentLength: return "message header has conflicting Content-Length values"
      case .malformedHeader(let line): return "malformed header line: \"\(line)\""
      case .headerTooLong(let bytes): return "header line longer than \(bytes) bytes"
      case .tooLarge(let declared, let limit):
        return "message of \(declared) bytes exceeds the limit of \(limit) bytes; skipped"
      }
    }
  }

  public static let defaultMaxBodyBytes = 64 << 20
  public static let defaultMaxHeaderLineBytes = 8192
  public let maxBodyBytes: Int
  public let maxHeaderLineBytes: Int

  private enum State {
    case header
    case body(length: Int)
  }

  /// Bodies at least this large are read into a buffer reserved for them and handed over whole
  /// (smaller ones are copied out, so the buffer keeps its capacity for the next message).
  static let handOverBytes = 1 << 20
  /// Room kept after a reserved body for the start of the next message, so that the read that
  /// ends the body does not grow the buffer (and copy the body) for its last bytes.
  static let reserveSlackBytes = 1 << 16

  private var state = State.header
  private var buffer: [UInt8] = []
  private var start = 0
  private var header = HeaderBlock()
  /// True after an error until the next well-formed header: garbage is dropped silently then,
  /// so one bad message yields one error.
  private var resyncing = false
  /// True while a header line longer than the limit is skipped before its newline has come:
  /// only its end is kept (`salvageBytes`), for a header that may start there.
  private var skippingLongLine = false

  /// `maxHeaderLineBytes`: longer header lines are refused (a fuzzer sets it small, so that
  /// its short inputs reach the limit); at least 1.
  public init(
    maxBodyBytes: Int = defaultMaxBodyBytes,
    maxHeaderLineBytes: Int = defaultMaxHeaderLineBytes
  ) {
    self.maxBodyBytes = maxBodyBytes
    self.maxHeaderLineBytes = max(1, maxHeaderLineBytes)
  }

  /// True when bytes of an unfinished message are buffered (EOF now would cut a message).
  public var isInsideMessage: Bool {
    switch state {
    case .header: return header.hasLines || start < buffer.count
    case .body: return true
    }
  }

  public mutating func append(_ bytes: some Collection<UInt8>) {
    if start > 0, start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next complete body or error, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    while true {
      switch state {
      case .body(let length):
        guard buffer.count - start >= length else { return nil }
        state = .header
        return .body(takeBody(length))
      case .header:
        guard let event = readHeaderLine() else { return nil }
        if case .some(let result) = event { return result }
      }
    }
  }

  /// Reads one header line. Returns nil when more bytes are needed, `.some(nil)` when a line was
  /// consumed without producing an event, `.some(event)` otherwise.
  private mutating func readHeaderLine() -> Event?? {
    guard let newline = Self.firstNewline(in: buffer, from: start) else {
      // One byte of slack: a line at the limit may be buffered with its '\r' before its '\n'.
      if buffer.count - start > maxHeaderLineBytes + 1 {
        // The line's end is kept (and a byte more, for a '\r'), so that the newline finds the
        // same last bytes of the line however the reads cut it.
        consume(buffer.count - start - (salvageBytes + 1))
        header = HeaderBlock()
        skippingLongLine = true
        return reportOnce(.headerTooLong(maxHeaderLineBytes))
      }
      return nil
    }
    var lineEnd = newline
    if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
    if skippingLongLine || lineEnd - start > maxHeaderLineBytes {
      // Refused as when the limit is crossed before the newline arrives, and only a header
      // that starts in the line's last `salvageBytes` is read (after a large body sent without
      // one), on both paths: the outcome does not depend on where the reads split the line.
      skippingLongLine = false
      let tail = Array(buffer[max(start, lineEnd - salvageBytes)..<lineEnd])
      consume(newline + 1 - start)
      header = HeaderBlock()
      if let resume = Self.rangeOfContentLength(in: tail, from: 0) {
        buffer.replaceSubrange(start..<start, with: tail[resume...] + [UInt8(ascii: "\n")])
      }
      return reportOnce(.headerTooLong(maxHeaderLineBytes))
    }
    let line = Array(buffer[start..<lineEnd])
    consume(newline + 1 - start)
    // While resynchronising, a header that starts inside the line wins over the line read as
    // a header: the tail of a refused body runs straight into the next message's header.
    if resyncing, let resume = Self.rangeOfContentLength(in: line) {
      buffer.replaceSubrange(start..<start, with: Array(line[resume...]) + [UInt8(ascii: "\n")])
      header = HeaderBlock()
      return .some(nil)
    }

    if line.isEmpty {
      guard header.hasLines else { return .some(nil) }
      return endOfHeader()
    }
    if let (name, value) = Self.split(line) {
      header.add(name: name, value: value)
      return .some(nil)
    }
    // Not a header: look for a header that starts later in the line (a body sent without
    // one, followed directly by the next message).
    if let resume = Self.rangeOfContentLength(in: line) {
      let rest = Array(line[resume...]) + [UInt8(ascii: "\n")]
      buffer.replaceSubrange(start..<start, with: rest)
      header = HeaderBlock()
      return reportOnce(.malformedHeader(Self.preview(line[..<resume])))
    }
    header = HeaderBlock()
    return reportOnce(.malformedHeader(Self.preview(line[...])))
  }

  private mutating func endOfHeader() -> Event?? {
    let block = header
    header = HeaderBlock()
    if block.conflicting { return reportOnce(.conflictingContentLength) }
    if let invalid = block.invalidLength { return reportOnce(.invalidContentLength(invalid)) }
    guard let length = block.contentLength else { return reportOnce(.missingContentLength) }
    resyncing = false
    if length > maxBodyBytes {
      // Not skipped by its declared length, which may be anything up to 2^63: what follows is
      // garbage until the next header, read in bounded lines like any other.
      resyncing = true
      return .some(.error(.tooLarge(declared: length, limit: maxBodyBytes)))
    }
    state = .body(length: length)
    if length >= Self.handOverBytes { reserve(forBody: length) }
    return .some(nil)
  }

  /// Moves the pending bytes to the front and makes room for the whole body (and the start of
  /// the next message), so that reading it never copies what is already buffered.
  private mutating func reserve(forBody length: Int) {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    buffer.reserveCapacity(length + Self.reserveSlackBytes)
  }

  /// The next `length` bytes, which are buffered. A large body that is the whole buffer is
  /// handed over; what follows it in the buffer (the next message's start) moves to a new one.
  private mutating func takeBody(_ length: Int) -> [UInt8] {
    guard length >= Self.handOverBytes, start == 0 else {
      let body = Array(buffer[start..<start + length])
      consume(length)
      return body
    }
    var body: [UInt8] = []
    swap(&body, &buffer)
    if body.count > length {
      buffer.append(contentsOf: body[length...])
      body.removeSubrange(length...)
    }
    return body
  }

  private mutating func reportOnce(_ error: FramingError) -> Event?? {
    if resyncing { return .some(nil) }
    resyncing = true
    return .some(.error(error))
  }

  private mutating func consume(_ count: Int) {
    start += count
    // Compact once the consumed prefix dominates, so the buffer stays proportional to what is
    // pending rather than to everything ever read.
    if start == buffer.count {
      buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
      start = 0
    } else if start > 65536, start * 2 > buffer.count {
      buffer.removeSubrange(0..<start)
      start = 0
    }
  }

  static func split(_ line: [UInt8]) -> (name: String, value: String)? {
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
    let nameBytes = line[..<colon]
    // Letters, digits, '-' and '_' only: JSON or other stray text is never taken for a header.
    let isNameByte: (UInt8) -> Bool = { byte in
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
    guard nameBytes.allSatisfy(isNameByte) else { return nil }
    let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
    let value = String(decoding: line[(colon + 1)...], as: UTF8.self)
      .trimmingCharacters(in: " \t")
    return (name, value)
  }

  /// How much of the end of a header line over the limit is kept and read for a header.
  private var salvageBytes: Int { min(64, maxHeaderLineBytes) }

  /// Where a "Content-Length:" starts in `line`, at `first` or later.
  static func rangeOfContentLength(in line: [UInt8], from first: Int = 1) -> Int? {
    let needle = Array("content-length:".utf8)
    guard line.count > needle.count + first - 1, first >= 0 else { return nil }
    for offset in first...(line.count - needle.count) {
      var matches = true
      for index in 0..<needle.count where asciiLower(line[offset + index]) != needle[index] {
        matches = false
        break
      }
      if matches { return offset }
    }
    return nil
  }

  /// The index of the first `\n` at or after `start`, found with `memchr`: garbage being
  /// resynchronised over (a refused body of a GiB) is scanned at memory speed, in any build.
  static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      guard start < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + start, 0x0A, bytes.count - start)
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  static func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }

  static func preview(_ bytes: ArraySlice<UInt8>) -> String {
    let text = String(decoding: bytes.prefix(40), as: UTF8.self)
    return bytes.count > 40 ? text + "…" : text
  }
}

/// The headers of one message seen so far.
private struct HeaderBlock {
  var hasLines = false
  var contentLength: Int?
  var conflicting = false
  var invalidLength: String?

  mutating func add(name: String, value: String) {
    hasLines = true
    guard name == "content-length" else { return }
    guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      invalidLength = value
      return
    }
    // More digits than Int holds is still "too large", not "invalid".
    let length = Int(value) ?? Int.max
    if let existing = contentLength, existing != length { conflicting = true }
    contentLength = length
  }
}

extension String {
  fileprivate func trimmingCharacters(in characters: String) -> String {
    let set = Set(characters.unicodeScalars)
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !set.contains($0) })!
    return String(scalars[first...last])
  }
}
