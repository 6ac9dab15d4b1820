@testable import Corpus

extension FuzzTarget {
  /// Position conversion: `LineIndex` agrees with a naive count made with the standard
  /// library's own UTF-8, UTF-16 and scalar views, maps every character boundary there and
  /// back, and clamps any position, however negative or huge, into the text.
  static let positions = FuzzTarget(
    name: "positions",
    summary: "position conversion: agrees with a naive count in all three encodings; clamps"
  ) { bytes in
    var input = FuzzInput(bytes)
    let probes = (0..<4).map { _ in (input.integer(), input.integer()) }
    let raw = input.rest()
    var violations = Violations()
    // Arbitrary bytes (not UTF-8): only bounds can be promised.
    let rawText = SourceText(bytes: raw)
    for encoding in PositionEncoding.allCases {
      for (line, column) in probes {
        let offset = rawText.byteOffset(
          of: LineColumn(line: line, column: column), encoding: encoding)
        violations.expect(
          offset >= 0 && offset <= raw.count,
          "raw text: \(line):\(column) \(encoding) gave offset \(offset) outside 0...\(raw.count)")
        let back = rawText.position(ofByteOffset: offset, encoding: encoding)
        violations.expect(
          back.line >= 0 && back.line < rawText.lineIndex.lineCount && back.column >= 0,
          "raw text: offset \(offset) gave position \(back)")
      }
    }
    // Text as Dossier keeps it (valid UTF-8): exact agreement with the naive count.
    let text = SourceText(bytes: Array(String(decoding: raw, as: UTF8.self).utf8))
    checkAgainstNaiveCount(text, &violations)
    for encoding in PositionEncoding.allCases {
      for (line, column) in probes {
        let offset = text.byteOffset(of: LineColumn(line: line, column: column), encoding: encoding)
        violations.expect(
          offset >= 0 && offset <= text.bytes.count
            && (offset == text.bytes.count || text.bytes[offset] & 0xC0 != 0x80),
          "\(line):\(column) \(encoding) gave offset \(offset), not a character boundary")
      }
    }
    return violations.list
  }

  /// Walks the text scalar by scalar, counting lines and columns the slow, obvious way, and
  /// compares `LineIndex` at every boundary that is not inside a line ending.
  private static func checkAgainstNaiveCount(_ text: SourceText, _ violations: inout Violations) {
    let string = String(decoding: text.bytes, as: UTF8.self)
    var line = 0
    var columns: [PositionEncoding: Int] = [.utf8: 0, .utf16: 0, .utf32: 0]
    var offset = 0
    var previous: Unicode.Scalar?
    var lastPosition: [PositionEncoding: LineColumn] = [:]
    func compare(at offset: Int) {
      for encoding in PositionEncoding.allCases {
        let expected = LineColumn(line: line, column: columns[encoding]!)
        let actual = text.position(ofByteOffset: offset, encoding: encoding)
        if actual != expected {
          violations.add("offset \(offset) \(encoding): expected \(expected), got \(actual)")
          return
        }
        let back = text.byteOffset(of: actual, encoding: encoding)
        if back != offset {
          violations.add("offset \(offset) \(encoding): \(actual) maps back to \(back)")
          return
        }
        if let last = lastPosition[encoding], last > actual {
          violations.add("positions go backwards at offset \(offset) \(encoding)")
          return
        }
        lastPosition[encoding] = actual
      }
    }
    for scalar in string.unicodeScalars {
      let isLineFeedAfterCR = scalar == "\n" && previous == "\r"
      if !isLineFeedAfterCR { compare(at: offset) }
      guard violations.list.isEmpty else { return }
      offset += UTF8.width(scalar)
      if isLineFeedAfterCR {
        // The second half of one "\r\n" line end, already counted at the "\r".
      } else if scalar == "\n" || scalar == "\r" {
        line += 1
        columns = [.utf8: 0, .utf16: 0, .utf32: 0]
      } else {
        columns[.utf8]! += UTF8.width(scalar)
        columns[.utf16]! += UTF16.width(scalar)
        columns[.utf32]! += 1
      }
      previous = scalar
    }
    compare(at: offset)
    violations.expect(
      text.lineIndex.lineCount == line + 1,
      "line count \(text.lineIndex.lineCount), expected \(line + 1)")
  }
}
