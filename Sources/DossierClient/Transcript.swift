import JSONRPC

/// A recorded conversation with the server: what to send and what must come back.
///
/// ```text
/// # A comment. Directives come first:
/// @corpus ../Corpora/second     (relative to this file; default: the shipped seeds)
/// @args --log-level debug       (more arguments for `dossier lsp`)
///
/// --> {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}
/// <~~ {"id": 1, "result": {"serverInfo": {"name": "dossier"}}}
/// --> {"jsonrpc": "2.0", "method": "exit"}
/// <-- exit 1
/// ```
///
/// - `-->` sends a message (framed for you); the JSON may continue on the following lines.
/// - `==>` sends raw bytes: a string with the escapes `\r \n \t \\ \"` and `\xNN`.
/// - `--> close` closes the server's stdin.
/// - `<--` expects a message, compared structurally (key order ignored); `<~~` expects a
///   message of which the given JSON is a subset (objects may have more keys).
/// - `<-- exit N` expects the server to exit with status N.
///
/// Consecutive sends go out in one write (pipelined); the expectations that follow are awaited
/// in any order. Server requests are answered with `null`; notifications that no expectation
/// asks for are ignored. In expected and sent JSON, `${CORPUS}` is the corpus folder,
/// `${CORPUS_URI}` its `file:` URI, `${VERSION}` the server's version and `"${ANY}"` matches
/// any value; a string made of `${CONTAINS:…}` parts matches a string containing each part in
/// order (for long texts such as hover cards, where only some facts are the point).
public struct Transcript {
  public enum Step {
    case send(JSONValue)
    case sendRaw([UInt8])
    case closeInput
    case expect(JSONValue, subset: Bool)
    case expectExit(Int32)
  }

  public struct Entry {
    public var step: Step
    /// Lines of the file that hold the entry (zero-based, end exclusive).
    public var lines: Range<Int>
  }

  public var path: String
  public var corpus: String?
  public var arguments: [String] = []
  public var entries: [Entry] = []
  public var text: String

  public struct ParseError: Error, CustomStringConvertible {
    public let description: String
  }

  public init(path: String, text: String) throws {
    self.path = path
    self.text = text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      if trimmed.isEmpty || trimmed.hasPrefix("#") {
        index += 1
        continue
      }
      func fail(_ message: String) -> ParseError {
        ParseError(description: "\(path):\(index + 1): \(message)")
      }
      if trimmed.hasPrefix("@") {
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        switch parts[0] {
        case "@corpus":
          guard parts.count == 2 else { throw fail("@corpus needs a folder") }
          corpus = parts[1].trimmingSpaces
        case "@args":
          arguments += parts.count == 2 ? parts[1].split(separator: " ").map(String.init) : []
        default:
          throw fail("unknown directive \(parts[0])")
        }
        index += 1
        continue
      }
      let marker = String(trimmed.prefix(3))
      guard ["-->", "==>", "<--", "<~~"].contains(marker) else {
        throw fail("expected -->, ==>, <--, <~~, @directive or # comment")
      }
      // The entry runs until the next marker, directive, comment or blank line.
      var end = index + 1
      while end < lines.count {
        let next = lines[end].drop(while: { $0 == " " || $0 == "\t" })
        if next.isEmpty || next.hasPrefix("#") || next.hasPrefix("@")
          || ["-->", "==>", "<--", "<~~"].contains(String(next.prefix(3)))
        {
          break
        }
        end += 1
      }
      let body = ([String(trimmed.dropFirst(3))] + lines[(index + 1)..<end].map(String.init))
        .joined(separator: "\n").trimmingSpaces
      let step: Step
      switch marker {
      case "==>":
        guard let bytes = Self.rawBytes(body) else {
          throw fail("==> needs a double-quoted string with escapes \\r \\n \\t \\\\ \\\" \\xNN")
        }
        step = .sendRaw(bytes)
      case "-->" where body == "close":
        step = .closeInput
      case "<--" where body.hasPrefix("exit"):
        guard let code = Int32(body.dropFirst(4).trimmingSpaces) else {
          throw fail("expected `<-- exit N`")
        }
        step = .expectExit(code)
      default:
        let json: JSONValue
        do {
          json = try JSONParser.parse(Array(body.utf8), maxDepth: 10_000)
        } catch {
          throw fail("not JSON: \(error)")
        }
        step = marker == "-->" ? .send(json) : .expect(json, subset: marker == "<~~")
      }
      entries.append(Entry(step: step, lines: index..<end))
      index = end
    }
  }

  /// Decodes the `==>` string syntax.
  static func rawBytes(_ text: String) -> [UInt8]? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes.first == UInt8(ascii: "\""), bytes.last == UInt8(ascii: "\"")
    else {
      return nil
    }
    var result: [UInt8] = []
    var index = 1
    while index < bytes.count - 1 {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        index += 1
        continue
      }
      guard index + 1 < bytes.count - 1 else { return nil }
      let escape = bytes[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
      case UInt8(ascii: "x"):
        guard index + 2 <= bytes.count - 1,
          let value = UInt8(String(decoding: bytes[index..<index + 2], as: UTF8.self), radix: 16)
        else { return nil }
        result.append(value)
        index += 2
      default: return nil
      }
    }
    return result
  }
}

extension String {
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" }) else {
      return ""
    }
    let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" })!
    return String(scalars[first...last])
  }
}

extension Substring {
  var trimmingSpaces: String { String(self).trimmingSpaces }
}
