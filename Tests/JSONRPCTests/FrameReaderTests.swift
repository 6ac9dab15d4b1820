import Testing

@testable import JSONRPC

/// Frames `body` the way clients do.
func frame(_ body: String) -> [UInt8] {
  Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
}

/// Feeds `bytes` in chunks of `size` and collects every event.
func events(
  _ bytes: [UInt8], chunkSize size: Int, maxBodyBytes: Int = FrameReader.defaultMaxBodyBytes
)
  -> [FrameReader.Event]
{
  var reader = FrameReader(maxBodyBytes: maxBodyBytes)
  return feed(bytes, chunkSize: size, to: &reader)
}

/// Feeds `bytes` to `reader` in chunks of `size` and collects every event (the reader is left
/// as the end of the input finds it).
func feed(_ bytes: [UInt8], chunkSize size: Int, to reader: inout FrameReader)
  -> [FrameReader.Event]
{
  var collected: [FrameReader.Event] = []
  var offset = 0
  while offset < bytes.count {
    reader.append(bytes[offset..<min(offset + size, bytes.count)])
    while let event = reader.next() { collected.append(event) }
    offset += size
  }
  return collected
}

func bodies(_ texts: String...) -> [FrameReader.Event] {
  texts.map { .body(Array($0.utf8)) }
}

@Suite struct FrameReaderTests {
  let messages = [
    #"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#,
    #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"Japan’s “talks” — 🎌"}}"#,
    #"{}"#,
  ]

  @Test func messagesSplitAcrossReadsOfEverySizeComeOutWhole() {
    let stream = messages.flatMap(frame)
    let expected = messages.map { FrameReader.Event.body(Array($0.utf8)) }
    for size in 1...stream.count {
      #expect(events(stream, chunkSize: size) == expected, "chunk size \(size)")
    }
  }

  @Test func manyMessagesInOneReadAllComeOut() {
    let stream = Array(repeating: messages[0], count: 500).flatMap(frame)
    #expect(events(stream, chunkSize: stream.count).count == 500)
  }

  @Test func headerNamesAreCaseInsensitiveAndOtherHeadersIgnored() {
    let stream = Array(
      "CONTENT-length: 2\r\ncontent-type: application/json\r\nX-Anything: y\r\n\r\n{}".utf8)
    #expect(events(stream, chunkSize: 3) == bodies("{}"))
  }

  @Test func bareNewlinesEndHeaderLines() {
    #expect(events(Array("Content-Length: 2\n\n{}".utf8), chunkSize: 1) == bodies("{}"))
  }

  @Test func blankLinesBetweenMessagesAreSkipped() {
    let stream = frame("{}") + Array("\r\n\r\n".utf8) + frame("[]")
    #expect(events(stream, chunkSize: 2) == bodies("{}", "[]"))
  }

  @Test func equalDuplicateLengthsAreAccepted() {
    let stream = Array("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}".utf8)
    #expect(events(stream, chunkSize: 64) == bodies("{}"))
  }

  @Test func conflictingLengthsAreRefusedAndTheNextMessageStillArrives() {
    let stream = Array("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}".utf8) + frame("[1]")
    #expect(
      events(stream, chunkSize: 5) == [.error(.conflictingContentLength), .body(Array("[1]".utf8))])
  }

  @Test func missingLengthIsAnError() {
    let stream = Array("Content-Type: x\r\n\r\n".utf8) + frame("{}")
    #expect(
      events(stream, chunkSize: 4) == [.error(.missingContentLength), .body(Array("{}".utf8))])
  }

  @Test func nonNumericLengthIsAnError() {
    for value in ["-1", "1e3", "abc", "", " 12x"] {
      let stream = Array("Content-Length: \(value)\r\n\r\n".utf8) + frame("{}")
      let result = events(stream, chunkSize: 7)
      #expect(result.count == 2, "value \(value)")
      #expect(result.last == .body(Array("{}".utf8)))
      if case .error(.invalidContentLength) = result.first {
      } else {
        Issue.record("expected invalidContentLength for \(value), got \(result)")
      }
    }
  }

  @Test func zeroLengthYieldsAnEmptyBody() {
    #expect(events(Array("Content-Length: 0\r\n\r\n".utf8), chunkSize: 1) == [.body([])])
  }

  @Test func oversizedBodyIsRefusedThenSkipped() {
    let big = String(repeating: "x", count: 1000)
    let stream = frame(big) + frame("{}")
    for size in [1, 7, 100, 5000] {
      #expect(
        events(stream, chunkSize: size, maxBodyBytes: 100)
          == [.error(.tooLarge(declared: 1000, limit: 100)), .body(Array("{}".utf8))])
    }
  }

  @Test func hugeDeclaredLengthIsRefusedWithoutAllocating() {
    // 1 GiB and a number too long for Int: both refused at once, nothing buffered for them.
    for declared in ["1073741824", "99999999999999999999999999"] {
      var reader = FrameReader()
      reader.append(Array("Content-Length: \(declared)\r\n\r\n{".utf8))
      guard case .error(.tooLarge) = reader.next() else {
        Issue.record("expected tooLarge for \(declared)")
        continue
      }
      #expect(reader.next() == nil)
      #expect(reader.isInsideMessage)
    }
  }

  @Test func garbageWithoutHeaderIsReportedOnceAndResynchronised() {
    let stream = Array("{\"id\":1}".utf8) + frame("{}")
    let result = events(stream, chunkSize: 3)
    #expect(result.count == 2)
    #expect(result.last == .body(Array("{}".utf8)))
  }

  @Test func endlessHeaderLineIsCutOff() {
    var reader = FrameReader()
    reader.append([UInt8](repeating: UInt8(ascii: "a"), count: 100_000))
    #expect(reader.next() == .error(.headerTooLong(8192)))
    reader.append(Array("\r\n".utf8) + frame("{}"))
    var rest: [FrameReader.Event] = []
    while let event = reader.next() { rest.append(event) }
    #expect(rest == bodies("{}"))
  }

  @Test func overlongHeaderLineIsRefusedWhereverTheReadsSplitIt() {
    let padding = String(repeating: "p", count: 9_000)
    let message = #"{"id":1}"#
    let stream =
      Array("Content-Length: \(message.utf8.count)\r\nContent-Type: \(padding)\r\n\r\n".utf8)
      + Array(message.utf8) + frame("{}")
    // The message with the overlong header is dropped with one error; the next one comes out.
    let expected: [FrameReader.Event] = [.error(.headerTooLong(8192)), .body(Array("{}".utf8))]
    for size in [1, 7, 100, 4_096, 8_192, 8_193, 8_194, 8_200, 9_030, 9_100, stream.count] {
      #expect(events(stream, chunkSize: size) == expected, "chunk size \(size)")
    }
  }

  @Test func largeBodyWithoutHeaderIsRefusedAndTheNextMessageStillArrives() {
    let stray = "{\"text\":\"" + String(repeating: "x", count: 20_000) + "\"}"
    let stream = Array(stray.utf8) + frame("{}")
    for size in [1, 64, 4_096, 8_193, 20_000, stream.count] {
      #expect(
        events(stream, chunkSize: size) == [.error(.headerTooLong(8192)), .body(Array("{}".utf8))],
        "chunk size \(size)")
    }
  }

  @Test func aHeaderAtTheEndOfAnOverlongLineIsReadWhereverTheReadsSplitTheLine() {
    // A body sent without a header, then the next message's header on the same line: the
    // line is refused, the header at its end is read, and so is the message after it.
    let stray = String(repeating: "x", count: 9_000)
    let stream = Array("\(stray)Content-Length: 2\r\n\r\n{}".utf8) + frame(#"{"id":2}"#)
    let expected: [FrameReader.Event] = [
      .error(.headerTooLong(8192)), .body(Array("{}".utf8)), .body(Array(#"{"id":2}"#.utf8)),
    ]
    for size in [1, 7, 100, 4_096, 8_192, 8_193, 8_194, 9_000, 9_010, stream.count] {
      var reader = FrameReader()
      #expect(feed(stream, chunkSize: size, to: &reader) == expected, "chunk size \(size)")
      #expect(!reader.isInsideMessage, "chunk size \(size): bytes left over")
    }
  }

  @Test func aHeaderLineLimitBelowOneByteIsOneByte() {
    // Every header line is then too long: one error, the rest dropped, and no hang or trap
    // whatever the reads (the kept end of a refused line is never longer than the limit).
    let stream = Array("Content-Length: 2\r\n\r\n{}".utf8)
    for limit in [-3, 0, 1] {
      for size in [1, 2, 3, stream.count] {
        var reader = FrameReader(maxHeaderLineBytes: limit)
        #expect(
          feed(stream, chunkSize: size, to: &reader) == [.error(.headerTooLong(1))],
          "limit \(limit), chunk size \(size)")
        #expect(reader.isInsideMessage, "limit \(limit), chunk size \(size): \"{}\" is pending")
      }
    }
  }

  @Test func headerLineAtTheLimitIsRead() {
    let value = String(repeating: "p", count: 8_192 - "Content-Type: ".utf8.count)
    let stream = Array("Content-Type: \(value)\r\n".utf8) + frame("{}")
    #expect(events(stream, chunkSize: stream.count) == bodies("{}"))
    for size in [1_000, 8_192, 8_193, 8_194] {
      #expect(events(stream, chunkSize: size) == bodies("{}"), "chunk size \(size)")
    }
  }

  @Test func endOfInputInsideAMessageIsVisible() {
    var reader = FrameReader()
    reader.append(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8))
    #expect(reader.next() == nil)
    #expect(reader.isInsideMessage)
    var idle = FrameReader()
    idle.append(frame("{}"))
    _ = idle.next()
    #expect(!idle.isInsideMessage)
  }
}
