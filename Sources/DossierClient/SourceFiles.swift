import Base

/// Files as the client shows them: read once, split into lines the way the server splits them
/// (LF, CRLF and a lone CR each end a line), with columns converted between the server's
/// position encoding and the characters a person counts.
public final class SourceFiles {
  /// The folder paths are shown relative to (the working directory).
  public let baseFolder: String
  private var linesByPath: [String: [String]?] = [:]

  public init(baseFolder: String) {
    self.baseFolder = baseFolder
  }

  /// The lines of the file at `path`, or nil when it can't be read.
  public func lines(ofPath path: String) -> [String]? {
    if let cached = linesByPath[path] { return cached }
    let lines = Self.readBytes(path).map { Self.splitLines(String(decoding: $0, as: UTF8.self)) }
    linesByPath[path] = lines
    return lines
  }

  /// The text of one line (0-based), or nil past the end or for an unreadable file.
  public func line(_ lineIndex: Int, ofPath path: String) -> String? {
    guard let lines = lines(ofPath: path), lineIndex >= 0, lineIndex < lines.count else {
      return nil
    }
    return lines[lineIndex]
  }

  /// A path for people: relative to `baseFolder` when that is shorter to read.
  public func displayPath(_ path: String) -> String {
    Self.relativePath(path, from: baseFolder)
  }

  /// A `file:` URI as a displayable path; other URIs unchanged.
  public func displayPath(uri: String) -> String {
    guard let path = Self.path(fromFileURI: uri) else { return uri }
    return displayPath(path)
  }

  // MARK: - Pure helpers

  public static func readBytes(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rbe") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count <= 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    // A folder opens but reads nothing, with an error set.
    if ferror(file) != 0 { return nil }
    return bytes
  }

  /// Lines without their terminators; LF, CRLF and a lone CR each end a line.
  public static func splitLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if !previousWasCR { lines.append(current) }
        current = ""
        previousWasCR = false
      } else if scalar == "\r" {
        lines.append(current)
        current = ""
        previousWasCR = true
      } else {
        current.unicodeScalars.append(scalar)
        previousWasCR = false
      }
    }
    lines.append(current)
    return lines
  }

  /// The offset in `encoding` units of the character (Unicode scalar) at `characterIndex` in
  /// `line`. Past the end of the line, the offset grows by one unit per missing character, so
  /// the server sees (and clamps) what the user asked for.
  public static func unitOffset(ofCharacter characterIndex: Int, in line: String, encoding: String)
    -> Int
  {
    var units = 0
    var characters = 0
    for scalar in line.unicodeScalars {
      if characters == characterIndex { return units }
      units += unitCount(of: scalar, encoding: encoding)
      characters += 1
    }
    return units + max(0, characterIndex - characters)
  }

  /// The character (Unicode scalar) index that starts at `unitOffset` `encoding` units into
  /// `line`; an offset inside a character counts as that character.
  public static func characterIndex(ofUnitOffset unitOffset: Int, in line: String, encoding: String)
    -> Int
  {
    var units = 0
    var characters = 0
    for scalar in line.unicodeScalars {
      let width = unitCount(of: scalar, encoding: encoding)
      if units + width > unitOffset { return characters }
      units += width
      characters += 1
    }
    return characters + max(0, unitOffset - units)
  }

  static func unitCount(of scalar: Unicode.Scalar, encoding: String) -> Int {
    switch encoding {
    case "utf-8": return scalar.utf8.count
    case "utf-32": return 1
    default: return scalar.utf16.count
    }
  }

  /// The path of a `file:` URI (percent-decoded), or nil for any other scheme.
  public static func path(fromFileURI uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = Substring(uri.dropFirst("file://".count))
    if rest.hasPrefix("localhost/") { rest = rest.dropFirst("localhost".count) }
    guard rest.hasPrefix("/") else { return nil }
    var bytes: [UInt8] = []
    var utf8 = Array(rest.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let high = hexValue(utf8[utf8.startIndex]),
        let low = hexValue(utf8[utf8.startIndex + 1])
      {
        bytes.append(high << 4 | low)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  /// `path` relative to the folder `base` (both absolute), by their components alone:
  /// "seeds/a.txt" inside it, "../seeds/a.txt" beside it. When the way up passes the root or
  /// more than two folders, the absolute path reads better and is returned.
  public static func relativePath(_ path: String, from base: String) -> String {
    guard path.hasPrefix("/"), base.hasPrefix("/") else { return path }
    let target = path.split(separator: "/")
    let folder = base.split(separator: "/")
    var common = 0
    while common < target.count, common < folder.count, target[common] == folder[common] {
      common += 1
    }
    let upward = folder.count - common
    guard upward == 0 || (upward <= 2 && common > 0) else { return path }
    let parts = Array(repeating: "..", count: upward) + target[common...].map(String.init)
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// The working directory, or "/" if it can't be read.
  public static func workingDirectory() -> String {
    guard let cwd = getcwd(nil, 0) else { return "/" }
    defer { free(cwd) }
    return String(cString: cwd)
  }

  /// `path` made absolute against the working directory, with `.` and `..` resolved.
  public static func absolutePath(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : workingDirectory() + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}
