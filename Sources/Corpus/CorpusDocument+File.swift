/// Positions in a document's file: where go to source lands.
///
/// A text file's document is its file, so these are its own offsets. A saved page's or a JSON
/// line's document keeps its `TextOrigin`, and every range of its text is given in the file's
/// bytes (decoded to UTF-8, as an editor shows it), so that an editor opens the page at the
/// sentence, inside its element or inside the JSON string with its escapes.
extension CorpusDocument {
  /// The file as an editor shows it: the text itself for a text file, the whole page or dump
  /// (decoded) for a document taken out of one.
  public var fileText: SourceText { origin?.file ?? text }

  /// The bytes of `fileText` that `byteRange` of the text came from.
  public func fileRange(of byteRange: Range<Int>) -> Range<Int> {
    origin?.fileRange(of: byteRange) ?? byteRange
  }

  /// `fileRange(of:)` of many ranges; ranges in order are mapped in one pass.
  public func fileRanges(of byteRanges: [Range<Int>]) -> [Range<Int>] {
    origin?.fileRanges(of: byteRanges) ?? byteRanges
  }

  /// The file offset where text offset `byteOffset` starts.
  public func fileOffset(of byteOffset: Int) -> Int {
    origin?.fileOffset(ofTextOffset: byteOffset) ?? byteOffset
  }

  /// The start and end of `byteRange` of the text as positions in the file, in `encoding`.
  public func filePositions(of byteRange: Range<Int>, encoding: PositionEncoding) -> (
    start: LineColumn, end: LineColumn
  ) {
    let range = fileRange(of: byteRange)
    let file = fileText
    return (
      file.position(ofByteOffset: range.lowerBound, encoding: encoding),
      file.position(ofByteOffset: range.upperBound, encoding: encoding)
    )
  }

  /// The zero-based line of the file where `byteOffset` of the text is.
  public func fileLine(of byteOffset: Int) -> Int {
    fileText.lineIndex.line(containing: fileOffset(of: byteOffset))
  }
}

extension CorpusDocument {
  /// The name people and gold files give this document by: its path, and for an article of a
  /// JSON Lines file its line as well ("crawl/dump.jsonl:3"), since the file holds many.
  public var sourceName: String {
    guard origin != nil, CorpusFileKind.of(name: relativePath) == .records else {
      return relativePath
    }
    return "\(relativePath):\(fileLine(of: 0) + 1)"
  }
}
