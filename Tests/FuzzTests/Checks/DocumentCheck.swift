import Base
import Synchronization

@testable import Corpus

extension FuzzTarget {
  /// Document loading and segmentation: any file either loads or is skipped with a reason; a
  /// loaded document is valid UTF-8 without the file's byte-order mark, its blocks and
  /// sentences are ordered, disjoint byte ranges inside the text (each sentence inside its
  /// block), and loading it again gives the same cut.
  static let document = FuzzTarget(
    name: "document",
    summary: "document loading and segmentation: ordered, disjoint, in-bounds blocks and sentences"
  ) { bytes in
    var violations = Violations()
    // A file straight in /tmp, one name per call (the regression test checks several inputs at
    // once), removed after: no folder to make per input, none left behind.
    let folder = "/tmp"
    let name = "dossier-fuzz-\(getpid())-\(fileCounter.add(1, ordering: .relaxed).newValue).txt"
    defer { unlink(folder + "/" + name) }
    guard writeWholeFile(folder + "/" + name, bytes) else {
      violations.add("cannot write the article file")
      return violations.list
    }
    let first = CorpusLoader.readDocument(id: 0, relativePath: name, root: folder)
    let second = CorpusLoader.readDocument(id: 0, relativePath: name, root: folder)
    switch (first, second) {
    case (.failure(let skip), .failure):
      violations.expect(!skip.reason.isEmpty, "skipped without a reason")
    case (.success(let document), .success(let again)):
      checkDocument(document, &violations)
      // One byte-order mark is removed; a second one right after it is a character of the text
      // (U+FEFF), kept so that offsets match what an editor shows.
      let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
      violations.expect(
        !document.text.bytes.starts(with: mark) || bytes.starts(with: mark + mark)
          || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
        "the byte-order mark was kept")
      violations.expect(
        document.blocks == again.blocks && document.sentences == again.sentences
          && document.title == again.title && document.outlet == again.outlet
          && document.date == again.date,
        "loading the same file twice gave different documents")
    default:
      violations.add("loading the same file twice gave a document once and a skip once")
    }
    return violations.list
  }

  static func checkDocument(_ document: CorpusDocument, _ violations: inout Violations) {
    let bytes = document.text.bytes
    violations.expect(
      String(validating: bytes, as: UTF8.self) != nil, "the document's text is not valid UTF-8")
    var previousEnd = 0
    for (index, block) in document.blocks.enumerated() {
      let range = block.byteRange
      violations.expect(
        range.lowerBound >= previousEnd && range.upperBound <= bytes.count && !range.isEmpty,
        "block \(index) \(range) is empty, out of order or outside 0..<\(bytes.count)")
      previousEnd = range.upperBound
    }
    previousEnd = 0
    for (index, sentence) in document.sentences.enumerated() {
      let range = sentence.byteRange
      violations.expect(
        range.lowerBound >= previousEnd && range.upperBound <= bytes.count && !range.isEmpty,
        "sentence \(index) \(range) is empty, out of order or outside 0..<\(bytes.count)")
      previousEnd = max(previousEnd, range.upperBound)
      guard document.blocks.indices.contains(sentence.blockIndex) else {
        violations.add("sentence \(index) names block \(sentence.blockIndex), which is not there")
        continue
      }
      let block = document.blocks[sentence.blockIndex].byteRange
      violations.expect(
        range.lowerBound >= block.lowerBound && range.upperBound <= block.upperBound,
        "sentence \(index) \(range) is not inside its block \(block)")
      violations.expect(
        document.sentenceIndex(containing: range.lowerBound) == index
          && document.blockIndex(containing: range.lowerBound) == sentence.blockIndex,
        "the lookup of sentence \(index)'s start finds another sentence or block")
    }
  }
}

// MARK: - Files

/// Numbers the files of checks that run at once.
private let fileCounter = Atomic<Int>(0)

func writeWholeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
  guard descriptor >= 0 else { return false }
  defer { close(descriptor) }
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes {
      write(descriptor, $0.baseAddress! + offset, $0.count - offset)
    }
    if written < 0, errno == EINTR { continue }
    guard written > 0 else { return false }
    offset += written
  }
  return true
}
