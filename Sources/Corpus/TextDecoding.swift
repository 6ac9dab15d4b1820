/// Turns a file's bytes into the UTF-8 text Dossier keeps.
///
/// Line ends are kept exactly as they are in the file (CRLF, lone CR, LF), so every byte offset
/// and line number matches what an editor shows for the file on disk. Only a leading byte-order
/// mark is removed, and invalid UTF-8 sequences are replaced by U+FFFD (three bytes each), which
/// is also what editors display for them.
enum TextDecoding {
  /// The decoded text, or the reason the file is not text.
  static func decode(_ raw: [UInt8]) -> Result<DecodedText, FileProblem> {
    if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(raw)
    }
    let body = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? raw[3...] : raw[...]
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
      return .failure(FileProblem("empty"))
    }
    if let problem = binaryProblem(body) { return .failure(problem) }
    if String(validating: body, as: UTF8.self) != nil {
      return .success(DecodedText(bytes: Array(body), replacedSequenceCount: 0))
    }
    let repaired = Array(String(decoding: body, as: UTF8.self).utf8)
    let replaced = replacementCount(repaired[...]) - replacementCount(body)
    return .success(DecodedText(bytes: repaired, replacedSequenceCount: max(replaced, 1)))
  }

  /// Why `bytes` look like a binary file: a NUL byte anywhere, or more than one byte in ten of
  /// the first 8 KiB a control character that text does not use.
  static func binaryProblem(_ bytes: ArraySlice<UInt8>) -> FileProblem? {
    if bytes.contains(0) { return FileProblem("binary (contains NUL bytes)") }
    let sample = bytes.prefix(8192)
    var controlCount = 0
    for byte in sample where byte < 0x20 || byte == 0x7F {
      if byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C { controlCount += 1 }
    }
    if controlCount * 10 > sample.count {
      return FileProblem("binary (mostly control characters)")
    }
    return nil
  }

  /// UTF-16 with a byte-order mark (what some Windows editors save) becomes UTF-8.
  private static func decodeUTF16(_ raw: [UInt8]) -> Result<DecodedText, FileProblem> {
    let bigEndian = raw[0] == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(raw.count / 2)
    var index = 2
    while index + 1 < raw.count {
      let high = UInt16(raw[bigEndian ? index : index + 1])
      let low = UInt16(raw[bigEndian ? index + 1 : index])
      units.append(high << 8 | low)
      index += 2
    }
    var decoded = String(decoding: units, as: UTF16.self)
    if decoded.first == "\u{FEFF}" { decoded.removeFirst() }
    let bytes = Array(decoded.utf8)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .failure(FileProblem("empty"))
    }
    if let problem = binaryProblem(bytes[...]) { return .failure(problem) }
    let replaced = replacementCount(bytes[...]) + (raw.count % 2)
    return .success(DecodedText(bytes: bytes, replacedSequenceCount: replaced))
  }

  /// How many U+FFFD (EF BF BD) the bytes hold.
  private static func replacementCount(_ bytes: ArraySlice<UInt8>) -> Int {
    var count = 0
    var index = bytes.startIndex
    while index + 2 < bytes.endIndex {
      if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
        count += 1
        index += 3
      } else {
        index += 1
      }
    }
    return count
  }
}

/// A file's text as Dossier keeps it, and what had to be repaired to get it.
struct DecodedText {
  let bytes: [UInt8]
  /// Invalid UTF-8 sequences (or unpaired UTF-16 units) replaced by U+FFFD.
  let replacedSequenceCount: Int
}

/// A reason a file could not be used, as shown in logs.
struct FileProblem: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
