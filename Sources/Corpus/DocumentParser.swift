/// Cuts a document's text into blocks and sentences and reads its title, outlet and date.
///
/// First cut: blocks are runs of non-blank lines, all body; sentences end at . ! ? followed by
/// a space. The corpus work replaces this with boilerplate detection and a real splitter.
public enum DocumentParser {
  public static func parse(id: Int, relativePath: String, path: String, bytes: [UInt8])
    -> CorpusDocument
  {
    let text = SourceText(bytes: bytes)
    var blocks: [TextBlock] = []
    var sentences: [Sentence] = []
    bytes.withUnsafeBufferPointer { buffer in
      var blockStart: Int?
      var blockEnd = 0
      for line in 0..<text.lineIndex.lineCount {
        let range = text.lineIndex.contentRange(ofLine: line, in: buffer)
        let isBlank = buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if isBlank {
          if let start = blockStart { blocks.append(TextBlock(byteRange: start..<blockEnd, kind: .body)) }
          blockStart = nil
        } else {
          if blockStart == nil { blockStart = range.lowerBound }
          blockEnd = range.upperBound
        }
      }
      if let start = blockStart { blocks.append(TextBlock(byteRange: start..<blockEnd, kind: .body)) }
      for (blockIndex, block) in blocks.enumerated() {
        var sentenceStart = block.byteRange.lowerBound
        var offset = sentenceStart
        while offset < block.byteRange.upperBound {
          let byte = buffer[offset]
          let isEnd =
            (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
            && (offset + 1 == block.byteRange.upperBound || buffer[offset + 1] == 0x20
              || buffer[offset + 1] == 0x0A)
          if isEnd || byte == 0x0A {
            let end = byte == 0x0A ? offset : offset + 1
            if end > sentenceStart {
              sentences.append(Sentence(byteRange: sentenceStart..<end, blockIndex: blockIndex))
            }
            sentenceStart = offset + 1
            while sentenceStart < block.byteRange.upperBound,
              buffer[sentenceStart] == 0x20 || buffer[sentenceStart] == 0x0A
            {
              sentenceStart += 1
            }
            offset = sentenceStart
            continue
          }
          offset += 1
        }
        if sentenceStart < block.byteRange.upperBound {
          sentences.append(
            Sentence(byteRange: sentenceStart..<block.byteRange.upperBound, blockIndex: blockIndex))
        }
      }
    }
    let title = blocks.first.map { text[$0.byteRange] }
    return CorpusDocument(
      id: id, relativePath: relativePath, path: path, text: text, title: title, outlet: nil,
      date: nil, blocks: blocks, sentences: sentences)
  }
}
