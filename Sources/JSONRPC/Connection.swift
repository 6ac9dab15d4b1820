import Base
import Synchronization

/// What the owner of a connection does with the messages it receives.
///
/// Both methods are called on the thread that runs `Connection.run`, one message at a time and
/// in arrival order, so a handler sees each change before the requests that follow it.
public protocol MessageHandler: AnyObject {
  /// Answers a request. A thrown `ResponseError` becomes the error response; any other error
  /// becomes -32603, and the connection carries on.
  func handle(_ request: Request) throws -> JSONValue
  /// Answers a request with its result already serialised; the connection copies the bytes
  /// into the response as they are. This is what `run` calls; the default serialises
  /// `handle(_:)`'s value, and a handler with cached or large answers implements it instead.
  func encodedReply(to request: Request) throws -> EncodedJSON
  /// Answers a request now, or takes it to answer later (`.later`), exactly once, through
  /// `Connection.respond(to:with:)`, from any thread: the read loop goes on meanwhile.
  /// `mayDefer` is false inside a batch, whose answers go out together. The default answers
  /// now with `encodedReply(to:)`.
  func answer(to request: Request, mayDefer: Bool) throws -> Answer
  func handle(_ notification: Notification)
  /// Checked after each message: true ends `run`.
  var isFinished: Bool { get }
}

extension MessageHandler {
  public func encodedReply(to request: Request) throws -> EncodedJSON {
    EncodedJSON(try handle(request))
  }

  public func answer(to request: Request, mayDefer: Bool) throws -> Answer {
    .now(try encodedReply(to: request))
  }
}

/// A handler's answer to a request: its result now, or later through
/// `Connection.respond(to:with:)`.
public enum Answer: Sendable {
  case now(EncodedJSON)
  case later
}

/// Why `Connection.run` returned.
public enum ConnectionEnd: Sendable, Equatable {
  /// The handler said it was finished.
  case finished
  /// The input reached end of file; `midMessage` when it cut a message short.
  case endOfInput(midMessage: Bool)
  /// Reading or writing failed (the peer went away).
  case ioError(String)
}

/// A JSON-RPC 2.0 endpoint over a pair of file descriptors.
///
/// It owns framing, parsing, validation, batches, error replies, cancellation and the matching
/// of replies to its own outgoing requests; the owner controls the dispatch loop through a
/// `MessageHandler`.
///
/// Cancellation: all messages that one `read` delivers are parsed before any is handled, and a
/// `$/cancelRequest` among them cancels the requests that are still waiting, which are then
/// answered with -32800 instead of being run. A request already running is not interrupted.
public final class Connection: Sendable {
  public typealias Log = @Sendable (String) -> Void
  public typealias ReplyHandler = @Sendable (Result<JSONValue, ResponseError>) -> Void

  private let input: Int32
  private let output: Int32
  private let maxMessageBytes: Int
  private let maxDepth: Int
  private let log: Log

  /// Bytes waiting to be written. Guarded so that the read loop and background senders
  /// (progress, diagnostics) never interleave two messages; held across `write` for that reason.
  private let pendingOutput = Lock<[UInt8]>([])
  private let outgoing = Lock<OutgoingRequests>(OutgoingRequests())
  private let broken = Atomic<Bool>(false)

  public init(
    input: Int32, output: Int32, maxMessageBytes: Int = FrameReader.defaultMaxBodyBytes,
    maxDepth: Int = JSONParser.defaultMaxDepth, log: @escaping Log = { _ in }
  ) {
    self.input = input
    self.output = output
    self.maxMessageBytes = maxMessageBytes
    self.maxDepth = maxDepth
    self.log = log
  }

  // MARK: - Sending

  /// Sends a notification to the peer now (safe from any thread).
  public func send(_ notification: Notification) {
    write(.notification(notification), flush: true)
  }

  /// Answers the peer's request `id` that the handler took to answer later (`Answer.later`);
  /// safe from any thread.
  public func respond(to id: RequestID, with result: Result<EncodedJSON, ResponseError>) {
    write(Reply(id: id, result: result), flush: true)
  }

  /// Sends a request to the peer; `reply` runs on the read loop's thread when the answer comes.
  public func sendRequest(method: String, params: JSONValue?, reply: @escaping ReplyHandler) {
    let id = outgoing.withLock { table in table.register(reply) }
    write(.request(Request(id: id, method: method, params: params)), flush: true)
  }

  /// Queues a message; `flush` writes everything queued so far.
  func write(_ message: Message, flush: Bool) {
    write(json: message.json, flush: flush)
  }

  func write(json: JSONValue, flush: Bool) {
    write(body: JSONWriter.encode(json), flush: flush)
  }

  /// Queues one framed message whose body is `body`.
  func write(body: [UInt8], flush: Bool) {
    pendingOutput.withLock { pending in
      appendHeader(bodyBytes: body.count, to: &pending)
      pending.append(contentsOf: body)
      if flush { writeOut(&pending) }
    }
  }

  /// Queues the response to a request, writing an encoded result between the envelope's bytes
  /// without copying it anywhere else first.
  func write(_ reply: Reply, flush: Bool) {
    guard case .success(let result) = reply.result else {
      write(.response(reply.response), flush: flush)
      return
    }
    var id: [UInt8] = []
    JSONWriter.write(reply.id.json, into: &id)
    let head = Self.resultHead(id: id)
    pendingOutput.withLock { pending in
      appendHeader(bodyBytes: head.count + result.bytes.count + 1, to: &pending)
      pending.append(contentsOf: head)
      pending.append(contentsOf: result.bytes)
      pending.append(UInt8(ascii: "}"))
      if flush { writeOut(&pending) }
    }
  }

  /// `{"jsonrpc":"2.0","id":<id>,"result":`, the bytes before a result.
  static func resultHead(id: [UInt8]) -> [UInt8] {
    var head = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
    head.append(contentsOf: id)
    head.append(contentsOf: #","result":"#.utf8)
    return head
  }

  /// The response's bytes, for a batch (which is written as one array).
  static func body(of reply: Reply) -> [UInt8] {
    guard case .success(let result) = reply.result else {
      return JSONWriter.encode(Message.response(reply.response).json)
    }
    var id: [UInt8] = []
    JSONWriter.write(reply.id.json, into: &id)
    var body = resultHead(id: id)
    body.append(contentsOf: result.bytes)
    body.append(UInt8(ascii: "}"))
    return body
  }

  private func appendHeader(bodyBytes: Int, to pending: inout [UInt8]) {
    pending.append(contentsOf: "Content-Length: ".utf8)
    JSONWriter.writeInt(bodyBytes, into: &pending)
    pending.append(contentsOf: "\r\n\r\n".utf8)
  }

  public func flush() {
    pendingOutput.withLock { pending in writeOut(&pending) }
  }

  private func writeOut(_ pending: inout [UInt8]) {
    guard !pending.isEmpty else { return }
    defer { pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20) }
    if broken.load(ordering: .relaxed) { return }
    let ok = pending.withUnsafeBytes { bytes -> Bool in
      var offset = 0
      while offset < bytes.count {
        let written = posixWrite(output, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          return false
        }
        offset += written
      }
      return true
    }
    if !ok {
      broken.store(true, ordering: .relaxed)
      log("jsonrpc: write failed: \(String(cString: strerror(errno)))")
    }
  }

  // MARK: - The read loop

  /// Reads and dispatches messages until the handler finishes, the input ends, or I/O fails.
  public func run(handler: some MessageHandler) -> ConnectionEnd {
    // A peer that closes its end must not kill the process with SIGPIPE mid-write.
    signal(SIGPIPE, SIG_IGN)
    var reader = FrameReader(maxBodyBytes: maxMessageBytes)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .ioError(String(cString: strerror(errno)))
      }
      if count == 0 {
        flush()
        return .endOfInput(midMessage: reader.isInsideMessage)
      }
      reader.append(chunk[0..<count])
      // Each body is parsed as it comes out and its bytes dropped then: a 50 MB message is not
      // held as bytes and as JSON at once, beyond the parse itself.
      var items: [Item] = []
      while let event = reader.next() { items.append(parse(event)) }
      let finished = dispatch(&items, to: handler)
      flush()
      if finished { return .finished }
      if broken.load(ordering: .relaxed) { return .ioError("output closed") }
    }
  }

  /// Handles the messages of one read, cancellations first, each dropped once handled (its
  /// JSON may be most of the process's memory). Returns true when the handler finished.
  func dispatch(_ items: inout [Item], to handler: some MessageHandler) -> Bool {
    var cancelled = Set<RequestID>()
    for item in items {
      if case .message(let message) = item {
        collectCancellations(message, into: &cancelled)
      } else if case .batch(let messages) = item {
        for case .success(let message) in messages {
          collectCancellations(message, into: &cancelled)
        }
      }
    }
    for position in items.indices {
      let item = items[position]
      items[position] = .handled
      switch item {
      case .handled: continue
      case .failure(let error, let id):
        write(.response(Response(id: id, result: .failure(error))), flush: false)
      case .message(let message):
        if let reply = handle(message, handler: handler, cancelled: &cancelled, mayDefer: true) {
          write(reply, flush: false)
        }
      case .batch(let messages):
        var responses: [[UInt8]] = []
        for entry in messages {
          switch entry {
          case .failure(let invalid):
            responses.append(
              JSONWriter.encode(
                Message.response(Response(id: invalid.id, result: .failure(invalid.error))).json))
          case .success(let message):
            if let reply = handle(message, handler: handler, cancelled: &cancelled, mayDefer: false)
            {
              responses.append(Self.body(of: reply))
            }
          }
          if handler.isFinished { break }
        }
        // A batch of notifications only gets no reply at all.
        if !responses.isEmpty {
          var body: [UInt8] = [UInt8(ascii: "[")]
          for (position, response) in responses.enumerated() {
            if position > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: response)
          }
          body.append(UInt8(ascii: "]"))
          write(body: body, flush: false)
        }
      }
      if handler.isFinished { return true }
    }
    return false
  }

  private func collectCancellations(_ message: Message, into cancelled: inout Set<RequestID>) {
    guard case .notification(let notification) = message,
      notification.method == "$/cancelRequest",
      let rawID = notification.params?["id"], let id = RequestID(json: rawID)
    else { return }
    cancelled.insert(id)
  }

  /// The reply to write now, if any: none for a notification, a response, or a request the
  /// handler answers later.
  private func handle(
    _ message: Message, handler: some MessageHandler, cancelled: inout Set<RequestID>,
    mayDefer: Bool
  ) -> Reply? {
    switch message {
    case .request(let request):
      // Most reads carry no cancellation: skip hashing the id then.
      if !cancelled.isEmpty, cancelled.remove(request.id) != nil {
        return Reply(id: request.id, result: .failure(.cancelled))
      }
      do {
        switch try handler.answer(to: request, mayDefer: mayDefer) {
        case .now(let result): return Reply(id: request.id, result: .success(result))
        case .later: return nil
        }
      } catch let error as ResponseError {
        return Reply(id: request.id, result: .failure(error))
      } catch {
        log("jsonrpc: \(request.method) failed: \(error)")
        return Reply(
          id: request.id, result: .failure(.internalError("\(request.method) failed: \(error)")))
      }
    case .notification(let notification):
      // Cancellation is handled here; the handler still sees it (and may ignore it).
      handler.handle(notification)
      return nil
    case .response(let response):
      deliver(response)
      return nil
    }
  }

  private func deliver(_ response: Response) {
    guard let id = response.id, let reply = outgoing.withLock({ $0.take(id) }) else {
      log(
        "jsonrpc: ignoring a response to an unknown request \(response.id?.description ?? "null")")
      return
    }
    reply(response.result)
  }

  /// The answer to one of the peer's requests, its result already serialised.
  struct Reply {
    let id: RequestID
    let result: Result<EncodedJSON, ResponseError>

    /// As a `Response`, for the error path (which is written from a `JSONValue`).
    var response: Response {
      Response(
        id: id,
        result: result.map { encoded in (try? encoded.parsed()) ?? .null })
    }
  }

  // MARK: - Parsing

  enum Item {
    /// Dispatched already; its message released.
    case handled
    case message(Message)
    case batch([Result<Message, InvalidMessage>])
    case failure(ResponseError, id: RequestID?)
  }

  func parse(_ event: FrameReader.Event) -> Item {
    switch event {
    case .error(let framing):
      log("jsonrpc: \(framing)")
      if case .tooLarge = framing { return .failure(.invalidRequest("\(framing)"), id: nil) }
      return .failure(ResponseError(code: .parseError, message: "\(framing)"), id: nil)
    case .body(let bytes):
      let json: JSONValue
      do {
        json = try JSONParser.parse(bytes, maxDepth: maxDepth)
      } catch {
        log("jsonrpc: parse error: \(error)")
        return .failure(ResponseError(code: .parseError, message: "parse error: \(error)"), id: nil)
      }
      if case .array(let elements) = json {
        guard !elements.isEmpty else { return .failure(.invalidRequest("empty batch"), id: nil) }
        return .batch(elements.map(Message.decode))
      }
      switch Message.decode(json) {
      case .success(let message): return .message(message)
      case .failure(let invalid): return .failure(invalid.error, id: invalid.id)
      }
    }
  }
}

/// Replies awaited for requests this side sent.
private struct OutgoingRequests {
  var nextID = 1
  var waiting: [RequestID: Connection.ReplyHandler] = [:]

  mutating func register(_ reply: @escaping Connection.ReplyHandler) -> RequestID {
    let id = RequestID.string("dossier-\(nextID)")
    nextID += 1
    waiting[id] = reply
    return id
  }

  mutating func take(_ id: RequestID) -> Connection.ReplyHandler? {
    waiting.removeValue(forKey: id)
  }
}

/// `write(2)`, named apart from `Connection.write(_:flush:)`.
private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
  #elseif canImport(Musl)
    return Musl.write(fd, bytes, count)
  #else
    return Darwin.write(fd, bytes, count)
  #endif
}
