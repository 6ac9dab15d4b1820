/// Turns a file's bytes into the UTF-8 text Dossier keeps.
enum TextDecoding {
  /// The text without a byte-order mark, with invalid UTF-8 replaced by U+FFFD; or the reason
  /// the file is not text (empty, or binary: NUL bytes or mostly control characters).
  static func decode(_ raw: [UInt8]) -> Result<[UInt8], FileProblem> {
    var bytes = raw[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .failure(FileProblem("empty"))
    }
    let sample = bytes.prefix(8192)
    if sample.contains(0) { return .failure(FileProblem("binary (contains NUL bytes)")) }
    let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }
    if controls.count * 10 > sample.count { return .failure(FileProblem("binary (mostly control characters)")) }
    if String(validating: bytes, as: UTF8.self) != nil { return .success(Array(bytes)) }
    return .success(Array(String(decoding: bytes, as: UTF8.self).utf8))
  }
}

/// A reason a file could not be used, as shown in logs.
struct FileProblem: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
