import Corpus

/// Conversions between Dossier's byte offsets and LSP positions, in one place.
extension SourceText {
  func lspPosition(ofByteOffset offset: Int, _ encoding: PositionEncoding) -> Position {
    let position = position(ofByteOffset: offset, encoding: encoding)
    return Position(line: position.line, character: position.column)
  }

  func lspRange(ofBytes range: Range<Int>, _ encoding: PositionEncoding) -> LSPRange {
    LSPRange(
      start: lspPosition(ofByteOffset: range.lowerBound, encoding),
      end: lspPosition(ofByteOffset: range.upperBound, encoding))
  }

  func byteOffset(of position: Position, _ encoding: PositionEncoding) -> Int {
    byteOffset(of: LineColumn(line: position.line, column: position.character), encoding: encoding)
  }

  /// The range cut at line ends: one range per line it touches, line endings left out and
  /// empty pieces dropped, for protocol items that may not span lines (semantic tokens).
  func lspLineRanges(ofBytes range: Range<Int>, _ encoding: PositionEncoding) -> [LSPRange] {
    lspRanges(ofBytes: byteRangesSplitAtLineEnds(range), encoding)
  }

  /// The bytes of `range` on each line it touches, without line endings; no empty pieces.
  func byteRangesSplitAtLineEnds(_ range: Range<Int>) -> [Range<Int>] {
    let clamped = range.clamped(to: 0..<bytes.count)
    let firstLine = lineIndex.line(containing: clamped.lowerBound)
    let lastLine = lineIndex.line(containing: clamped.upperBound)
    return bytes.withUnsafeBufferPointer { buffer in
      (firstLine...lastLine).compactMap { line -> Range<Int>? in
        let content = lineIndex.contentRange(ofLine: line, in: buffer)
        let lower = max(clamped.lowerBound, content.lowerBound)
        let upper = min(clamped.upperBound, content.upperBound)
        return lower < upper ? lower..<upper : nil
      }
    }
  }

  /// The LSP ranges of many byte ranges at once, equal to `lspRange(ofBytes:)` on each but
  /// far cheaper when they come in order, as mentions do: each line is scanned once.
  func lspRanges(ofBytes ranges: [Range<Int>], _ encoding: PositionEncoding) -> [LSPRange] {
    var offsets: [Int] = []
    offsets.reserveCapacity(ranges.count * 2)
    for range in ranges {
      offsets.append(range.lowerBound)
      offsets.append(range.upperBound)
    }
    let positions = bytes.withUnsafeBufferPointer { buffer in
      lineIndex.positions(ofByteOffsets: offsets, encoding: encoding, in: buffer)
    }
    return stride(from: 0, to: positions.count - 1, by: 2).map { index in
      LSPRange(
        start: Position(line: positions[index].line, character: positions[index].column),
        end: Position(line: positions[index + 1].line, character: positions[index + 1].column))
    }
  }
}
