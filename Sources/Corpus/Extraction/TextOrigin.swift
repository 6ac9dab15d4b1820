/// Where each byte of a document's text comes from in its file, for a text taken out of markup
/// or a record (a saved web page, a JSON line) instead of read as the file stands.
///
/// The text is cut into runs, in text order. A *verbatim* run is a stretch of the file copied
/// as it is: byte `i` of the run is byte `fileStart + i` of the file. Any other run stands for a
/// stretch of the file as a whole: a character reference (`&amp;` → `&`), a JSON escape
/// (`\u2019` → `’`), whitespace collapsed into one space, or a line break that the markup
/// implies (`</p><p>`: no bytes of its own). A range of the text maps to the file from the start
/// of its first byte's source to the end of its last byte's, so a name written `AT&amp;T` is
/// found there whole.
///
/// The file is kept as an editor shows it: its bytes decoded to UTF-8 (a Windows-1252 page is
/// transcoded), with their line index, so that a position in it is a position in the editor's
/// buffer, in any encoding. The documents of one JSON Lines file share one copy of it.
public struct TextOrigin: Sendable {
  /// The whole file, decoded.
  public let file: SourceText
  /// The runs, in text order; the first starts at text offset 0.
  private let runs: [Run]
  /// The text's length, where the last run ends.
  let textByteCount: Int

  /// One run: its start in the text, its start in the file and its length there, the top bit
  /// of `fileLengthAndFlag` set when the run is verbatim (its length in the text is then the
  /// same, and is given by where the next run starts).
  struct Run: Sendable, Hashable {
    let textStart: UInt32
    let fileStart: UInt32
    let fileLengthAndFlag: UInt32

    static let verbatimFlag: UInt32 = 1 << 31

    var isVerbatim: Bool { fileLengthAndFlag & Self.verbatimFlag != 0 }
    var fileLength: Int { Int(fileLengthAndFlag & ~Self.verbatimFlag) }
  }

  init(file: SourceText, runs: [Run], textByteCount: Int) {
    self.file = file
    self.runs = runs
    self.textByteCount = textByteCount
  }

  /// How many runs the text is cut into (for tests and the benchmark).
  var runCount: Int { runs.count }

  /// True when text byte `offset` is a copy of its byte in the file (for the fuzzers'
  /// properties).
  func isCopied(textOffset offset: Int) -> Bool {
    guard offset >= 0, offset < textByteCount else { return false }
    let index = runIndex(containing: offset)
    return index >= 0 && runs[index].isVerbatim
  }

  // MARK: - Mapping

  /// The file bytes that `range` of the text came from. An empty range maps to the empty range
  /// where its offset's source starts; offsets are clamped to the text.
  public func fileRange(of range: Range<Int>) -> Range<Int> {
    let lower = clamped(range.lowerBound)
    let upper = clamped(range.upperBound)
    let start = fileStart(ofTextOffset: lower, run: runIndex(containing: lower))
    guard upper > lower else { return start..<start }
    let end = fileEnd(ofTextEnd: upper, run: runIndex(containing: upper - 1))
    return start..<max(start, end)
  }

  /// The file ranges of many text ranges, equal to `fileRange(of:)` on each; ranges in
  /// ascending order (as mentions come) are mapped with one forward walk over the runs.
  public func fileRanges(of ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(ranges.count)
    var cursor = 0
    for range in ranges {
      let lower = clamped(range.lowerBound)
      let upper = clamped(range.upperBound)
      var first = advance(cursor, to: lower)
      if first < 0 { first = runIndex(containing: lower) }
      cursor = first
      let start = fileStart(ofTextOffset: lower, run: first)
      guard upper > lower else {
        result.append(start..<start)
        continue
      }
      var last = advance(first, to: upper - 1)
      if last < 0 { last = runIndex(containing: upper - 1) }
      let end = fileEnd(ofTextEnd: upper, run: last)
      result.append(start..<max(start, end))
    }
    return result
  }

  /// The file offset where text offset `offset` starts (for an offset at the text's end, where
  /// the last run's source ends).
  public func fileOffset(ofTextOffset offset: Int) -> Int {
    let clampedOffset = clamped(offset)
    return fileStart(ofTextOffset: clampedOffset, run: runIndex(containing: clampedOffset))
  }

  private func clamped(_ offset: Int) -> Int { min(max(offset, 0), textByteCount) }

  private func textEnd(ofRun index: Int) -> Int {
    index + 1 < runs.count ? Int(runs[index + 1].textStart) : textByteCount
  }

  private func fileStart(ofTextOffset offset: Int, run index: Int) -> Int {
    guard index >= 0 else { return 0 }
    let run = runs[index]
    let end = textEnd(ofRun: index)
    if offset >= end {
      // The text's end: where the last run's source ends.
      return Int(run.fileStart) + (run.isVerbatim ? end - Int(run.textStart) : run.fileLength)
    }
    return run.isVerbatim
      ? Int(run.fileStart) + (offset - Int(run.textStart)) : Int(run.fileStart)
  }

  /// Where the source of the byte before text offset `end` ends.
  private func fileEnd(ofTextEnd end: Int, run index: Int) -> Int {
    guard index >= 0 else { return 0 }
    let run = runs[index]
    return run.isVerbatim
      ? Int(run.fileStart) + (end - Int(run.textStart)) : Int(run.fileStart) + run.fileLength
  }

  /// The run that holds text offset `offset` (the last run for the text's end), or -1 when
  /// there is none.
  private func runIndex(containing offset: Int) -> Int {
    var low = 0
    var high = runs.count - 1
    var found = -1
    while low <= high {
      let middle = (low + high) / 2
      if Int(runs[middle].textStart) <= offset {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found
  }

  /// The run holding `offset`, walking forward from run `index` a few steps; -1 when `offset`
  /// lies before run `index` or too far on (the caller then searches).
  private func advance(_ index: Int, to offset: Int) -> Int {
    guard index < runs.count, Int(runs[index].textStart) <= offset else { return -1 }
    var current = index
    var steps = 0
    while current + 1 < runs.count, Int(runs[current + 1].textStart) <= offset {
      current += 1
      steps += 1
      if steps == 16 { return -1 }
    }
    return current
  }
}

/// Builds a text and its `TextOrigin` runs as a reader walks its file.
struct TextOriginBuilder {
  private(set) var text: [UInt8] = []
  private(set) var runs: [TextOrigin.Run] = []
  /// Where the open verbatim run's copy would go on in the file, when the last run is one.
  private var verbatimFileEnd = -1

  init(capacity: Int = 0) {
    text.reserveCapacity(capacity)
  }

  var count: Int { text.count }

  /// Appends `bytes`, copied from `fileStart` of the file as they are.
  mutating func appendVerbatim(_ bytes: UnsafeBufferPointer<UInt8>, fileStart: Int) {
    guard !bytes.isEmpty else { return }
    if verbatimFileEnd != fileStart {
      runs.append(
        TextOrigin.Run(
          textStart: UInt32(truncatingIfNeeded: text.count),
          fileStart: UInt32(truncatingIfNeeded: fileStart),
          fileLengthAndFlag: TextOrigin.Run.verbatimFlag))
    }
    text.append(contentsOf: bytes)
    verbatimFileEnd = fileStart + bytes.count
  }

  /// Appends one byte copied from `fileOffset` of the file.
  mutating func appendVerbatim(byte: UInt8, fileOffset: Int) {
    if verbatimFileEnd != fileOffset {
      runs.append(
        TextOrigin.Run(
          textStart: UInt32(truncatingIfNeeded: text.count),
          fileStart: UInt32(truncatingIfNeeded: fileOffset),
          fileLengthAndFlag: TextOrigin.Run.verbatimFlag))
    }
    text.append(byte)
    verbatimFileEnd = fileOffset + 1
  }

  /// Appends `bytes` that stand for the file's bytes `fileRange` as a whole (a reference, an
  /// escape, collapsed whitespace; an empty range for a break the markup implies).
  mutating func appendReplacement(_ bytes: some Collection<UInt8>, for fileRange: Range<Int>) {
    guard !bytes.isEmpty else { return }
    runs.append(
      TextOrigin.Run(
        textStart: UInt32(truncatingIfNeeded: text.count),
        fileStart: UInt32(truncatingIfNeeded: fileRange.lowerBound),
        fileLengthAndFlag: UInt32(truncatingIfNeeded: fileRange.count)
          & ~TextOrigin.Run.verbatimFlag))
    text.append(contentsOf: bytes)
    verbatimFileEnd = -1
  }

  /// Appends the UTF-8 of the scalar `value` (a valid scalar), standing for `fileRange`.
  mutating func appendScalar(_ value: UInt32, for fileRange: Range<Int>) {
    var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    let count: Int
    switch value {
    case 0..<0x80:
      bytes.0 = UInt8(value)
      count = 1
    case 0x80..<0x800:
      bytes = (0xC0 | UInt8(value >> 6), 0x80 | UInt8(value & 0x3F), 0, 0)
      count = 2
    case 0x800..<0x10000:
      bytes = (
        0xE0 | UInt8(value >> 12), 0x80 | UInt8((value >> 6) & 0x3F), 0x80 | UInt8(value & 0x3F), 0
      )
      count = 3
    default:
      bytes = (
        0xF0 | UInt8(value >> 18), 0x80 | UInt8((value >> 12) & 0x3F),
        0x80 | UInt8((value >> 6) & 0x3F), 0x80 | UInt8(value & 0x3F)
      )
      count = 4
    }
    withUnsafeBytes(of: bytes) { buffer in
      appendReplacement(UnsafeRawBufferPointer(rebasing: buffer[..<count]), for: fileRange)
    }
  }

  /// The last byte of the text, if any.
  var last: UInt8? { text.last }

  /// Hands the text over, without an origin (the builder is left empty).
  mutating func takeText() -> [UInt8] {
    defer {
      text = []
      runs = []
      verbatimFileEnd = -1
    }
    return text
  }

  /// The text and its origin against `file`; the builder is left empty.
  mutating func finish(file: SourceText) -> (text: [UInt8], origin: TextOrigin) {
    let origin = TextOrigin(file: file, runs: runs, textByteCount: text.count)
    defer {
      text = []
      runs = []
      verbatimFileEnd = -1
    }
    return (text, origin)
  }
}
