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
}
