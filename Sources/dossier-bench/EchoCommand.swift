import Base
import JSONRPC

/// `dossier-bench echo`: the floor for one request over a pipe.
///
/// Reads Content-Length frames with the same `FrameReader` the server uses, parses each body,
/// and answers every request with its params; `exit` ends it. Nothing else runs, so the time a
/// client measures against it is the pipe, the framing and JSON parsing and writing alone.
enum EchoCommand {
  static func run(_ arguments: [String]) -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    var reader = FrameReader()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var output: [UInt8] = []
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { return 0 }
      reader.append(chunk[0..<count])
      var exiting = false
      while let event = reader.next() {
        guard case .body(let bytes) = event, let message = try? JSONParser.parse(bytes) else {
          continue
        }
        if message["method"]?.stringValue == "exit" { exiting = true }
        guard let id = message["id"], message["method"] != nil else { continue }
        let body = JSONWriter.encode([
          "jsonrpc": "2.0", "id": id, "result": message["params"] ?? .null,
        ])
        output.append(contentsOf: "Content-Length: \(body.count)\r\n\r\n".utf8)
        output.append(contentsOf: body)
      }
      // One write per read, as the server flushes once per read.
      if !writeAll(output) { return 1 }
      output.removeAll(keepingCapacity: true)
      if exiting { return 0 }
    }
  }

  static func writeAll(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}
