/// Turns a file's bytes into the UTF-8 text Dossier keeps.
///
/// Line ends are kept exactly as they are in the file (CRLF, lone CR, LF), so every byte offset
/// and line number matches what an editor shows for the file on disk. Only a leading byte-order
/// mark is removed, and invalid UTF-8 sequences are replaced by U+FFFD (three bytes each), which
/// is also what editors display for them.
enum TextDecoding {
  /// The decoded text, or the reason the file is not text. A UTF-8 file without a byte-order
  /// mark, the common case, comes back as the same array, not a copy.
  static func decode(_ raw: [UInt8]) -> Result<DecodedText, FileProblem> {
    if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(raw)
    }
    let hasByteOrderMark = raw.starts(with: [0xEF, 0xBB, 0xBF])
    let survey = raw.withUnsafeBufferPointer { buffer in
      Self.survey(UnsafeBufferPointer(rebasing: buffer[(hasByteOrderMark ? 3 : 0)...]))
    }
    if !survey.hasNonWhitespace { return .failure(FileProblem("empty")) }
    if survey.hasNUL { return .failure(FileProblem("binary (contains NUL bytes)")) }
    if survey.controlCount * 10 > min(survey.byteCount, 8192) {
      return .failure(FileProblem("binary (mostly control characters)"))
    }
    let body = hasByteOrderMark ? raw[3...] : raw[...]
    if survey.isValidUTF8 {
      return .success(
        DecodedText(bytes: hasByteOrderMark ? Array(body) : raw, replacedSequenceCount: 0))
    }
    let repaired = Array(String(decoding: body, as: UTF8.self).utf8)
    let replaced = replacementCount(repaired[...]) - replacementCount(body)
    return .success(DecodedText(bytes: repaired, replacedSequenceCount: max(replaced, 1)))
  }

  /// What one pass over a file's bytes finds.
  struct Survey {
    var byteCount = 0
    /// A byte other than space, tab, line feed, carriage return and form feed.
    var hasNonWhitespace = false
    var hasNUL = false
    /// Control characters that text does not use, among the first 8 KiB.
    var controlCount = 0
    /// Valid UTF-8 by the rules `String(validating:)` applies (no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    var isValidUTF8 = true
  }

  /// Everything `decode` asks of the bytes, in one pass that takes eight bytes at a time where
  /// they are printable ASCII (the bulk of any English text).
  static func survey(_ bytes: UnsafeBufferPointer<UInt8>) -> Survey {
    var survey = Survey()
    survey.byteCount = bytes.count
    guard let base = bytes.baseAddress else { return survey }
    let count = bytes.count
    var offset = 0
    while offset < count {
      if offset + 8 <= count {
        let word = SWAR.load(base, offset)
        if (word & SWAR.highBits) | SWAR.hasByteBelow(word, 0x20) | SWAR.hasByte(word, 0x7F) == 0 {
          if word != 0x2020_2020_2020_2020 { survey.hasNonWhitespace = true }
          offset += 8
          continue
        }
      }
      let end = min(offset + 8, count)
      while offset < end {
        let byte = base[offset]
        if byte < 0x80 {
          switch byte {
          case 0x20, 0x0A, 0x0D, 0x09, 0x0C: break
          case 0:
            survey.hasNUL = true
            survey.hasNonWhitespace = true
          default:
            survey.hasNonWhitespace = true
            if (byte < 0x20 || byte == 0x7F) && offset < 8192 { survey.controlCount += 1 }
          }
          offset += 1
          continue
        }
        survey.hasNonWhitespace = true
        let length = validSequenceLength(at: offset, in: bytes)
        if length == 0 {
          survey.isValidUTF8 = false
          offset += 1
        } else {
          offset += length
        }
      }
    }
    return survey
  }

  /// The length of the valid multi-byte UTF-8 sequence at `offset`, or 0 when it is not one
  /// (the well-formed sequences of the Unicode standard, table 3-7).
  @inline(__always)
  static func validSequenceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let lead = bytes[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return 0
    }
    guard offset + length <= bytes.count else { return 0 }
    let second = bytes[offset + 1]
    guard second >= low && second <= high else { return 0 }
    for index in 2..<length where bytes[offset + index] & 0xC0 != 0x80 { return 0 }
    return length
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
