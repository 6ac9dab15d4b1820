import Base
import Dispatch
import Synchronization

/// One listed article file as read from disk, before it is decoded and parsed.
///
/// Reading and parsing are apart so that a caller can see every file's bytes once (an index
/// cache hashes them for its key) and then either parse them or make the documents from a
/// stored segmentation, without reading any file twice: what is parsed or restored is exactly
/// what was seen.
public struct CorpusFile: Sendable {
  /// Path relative to the corpus root, as in `CorpusDocument.relativePath`.
  public let relativePath: String
  /// The file's bytes, or why it could not be read.
  public let contents: Result<[UInt8], SkippedFile>

  public init(relativePath: String, contents: Result<[UInt8], SkippedFile>) {
    self.relativePath = relativePath
    self.contents = contents
  }
}

/// What became of one listed file when the corpus was parsed, as an index cache keeps it.
public enum StoredFileOutcome: Sendable, Hashable {
  /// A document. `textIsFileBytes`: its text is the file's bytes unchanged; otherwise (a
  /// byte-order mark, UTF-16, invalid UTF-8 repaired) the bytes are decoded again.
  case document(DocumentParts, textIsFileBytes: Bool)
  /// The articles of a page or a dump, in order: their texts, and where each byte came from,
  /// are taken out of the file again (`HTMLReader`, `JSONLinesReader`: linear, no parsing of
  /// the text), the rest is as stored.
  case extracted([DocumentParts])
  case skipped(reason: String)

  /// How many documents the file gave.
  public var documentCount: Int {
    switch self {
    case .document: 1
    case .extracted(let parts): parts.count
    case .skipped: 0
    }
  }
}

/// Why stored outcomes cannot be used with the files read now.
public struct StoredOutcomeMismatch: Error, Sendable, CustomStringConvertible {
  public let description: String
}

extension CorpusLoader {
  /// Reads the files at `relativePaths` under `root` (as `listFiles` gives them) on all cores,
  /// without parsing.
  ///
  /// `inspect` sees each file's bytes as soon as they are read, on the worker thread that read
  /// them (while they are still in the processor's cache), with the file's index in the list;
  /// `progress` hears (files read, files in all), in no particular order.
  public static func readFiles(
    root: String, relativePaths: [String],
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    inspect: (@Sendable (_ index: Int, _ bytes: [UInt8]) -> Void)? = nil
  ) -> [CorpusFile] {
    let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if folder >= 0 { close(folder) } }
    return Parallel.map(relativePaths.count, progress: progress) { index in
      let relativePath = relativePaths[index]
      let limit = maximumByteCount(of: relativePath)
      let contents =
        folder >= 0
        ? FileReading.contents(ofFile: relativePath, inFolder: folder, maximumByteCount: limit)
        : FileReading.contents(ofFile: root + "/" + relativePath, maximumByteCount: limit)
      switch contents {
      case .success(let bytes):
        inspect?(index, bytes)
        return CorpusFile(relativePath: relativePath, contents: .success(bytes))
      case .failure(let problem):
        return CorpusFile(
          relativePath: relativePath,
          contents: .failure(SkippedFile(relativePath: relativePath, reason: problem.description)))
      }
    }
  }

  /// Decodes and parses files already read, on all cores: the corpus, and the log lines, that
  /// `loadConcurrently` gives for files with these bytes.
  public static func parse(
    root: String, files: [CorpusFile],
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    log: (String) -> Void = { _ in }
  ) -> Corpus {
    let outcomes = Parallel.map(files.count, progress: progress) { index -> Outcome in
      let file = files[index]
      switch file.contents {
      case .success(let raw):
        return outcome(
          relativePath: file.relativePath, path: root + "/" + file.relativePath, raw: raw)
      case .failure(let skip): return .skipped(skip)
      }
    }
    return assemble(root: root, outcomes: outcomes, log: log)
  }

  /// The corpus made again from files just read and what parsing them found before, on all
  /// cores and without parsing: documents numbered, and log lines written, as `parse` does.
  ///
  /// Throws when an outcome does not fit its file (a document whose file cannot be read now,
  /// whose bytes no longer decode, or whose parts reach past its text): nothing stored may then
  /// be used.
  public static func restore(
    root: String, files: [CorpusFile], outcomes: [StoredFileOutcome],
    log: (String) -> Void = { _ in }
  ) throws(StoredOutcomeMismatch) -> Corpus {
    guard files.count == outcomes.count else {
      throw StoredOutcomeMismatch(
        description: "\(outcomes.count) files stored, \(files.count) found")
    }
    // Documents get their final ids here, so numbering them (`assemble`) copies none.
    var documentIDs: [Int] = []
    documentIDs.reserveCapacity(outcomes.count)
    var documentCount = 0
    for index in outcomes.indices {
      documentIDs.append(documentCount)
      documentCount += outcomes[index].documentCount
    }
    let ids = documentIDs
    // Each outcome goes straight into its slot, which `assemble` moves it out of: no
    // document is copied on the way (a copy retains its ten or so references).
    let slots = OutcomeSlots(count: files.count)
    let firstMisfit = Atomic<Int>(Int.max)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      if let outcome = restoredOutcome(
        file: files[index], stored: outcomes[index], id: ids[index], root: root)
      {
        slots.fill(index, with: outcome)
      } else {
        firstMisfit.min(index, ordering: .relaxed)
      }
    }
    let misfit = firstMisfit.load(ordering: .relaxed)
    guard misfit == Int.max else {
      throw StoredOutcomeMismatch(
        description: "what was stored for \(files[misfit].relativePath) does not fit the file")
    }
    return assemble(root: root, slots: slots, log: log)
  }

  // MARK: - Restoring one file

  private static func restoredOutcome(
    file: CorpusFile, stored: StoredFileOutcome, id: Int, root: String
  ) -> Outcome? {
    switch stored {
    case .skipped(let reason):
      return .skipped(SkippedFile(relativePath: file.relativePath, reason: reason))
    case .extracted(let stored):
      guard case .success(let raw) = file.contents,
        let kind = CorpusFileKind.of(name: file.relativePath), kind != .text,
        case .success(let extraction) = extract(
          kind: kind, relativePath: file.relativePath, raw: raw),
        extraction.pages.count == stored.count
      else { return nil }
      let path = root + "/" + file.relativePath
      var documents: [CorpusDocument] = []
      documents.reserveCapacity(stored.count)
      for (offset, page) in extraction.pages.enumerated() {
        let parts = stored[offset]
        guard parts.fits(byteCount: page.text.count) else { return nil }
        let text: SourceText
        if let lineIndex = parts.lineIndex {
          guard let kept = SourceText(bytes: page.text, lineIndex: lineIndex) else { return nil }
          text = kept
        } else {
          text = SourceText(bytes: page.text)
        }
        documents.append(
          CorpusDocument(
            id: id + offset, relativePath: file.relativePath, path: path, text: text,
            parts: parts, origin: page.origin, url: page.url))
      }
      return .documents(documents, notes: extraction.notes)
    case .document(let parts, let textIsFileBytes):
      guard case .success(let raw) = file.contents else { return nil }
      let path = root + "/" + file.relativePath
      let bytes: [UInt8]
      var note: String?
      if textIsFileBytes {
        bytes = raw
      } else {
        // Rare (a byte-order mark, UTF-16, invalid UTF-8): decoded again, with the same note.
        guard (CorpusFileKind.of(name: file.relativePath) ?? .text) == .text,
          case .document(let parsed, let parsedNote) = outcome(
            relativePath: file.relativePath, path: path, raw: raw)
        else { return nil }
        bytes = parsed.text.bytes
        note = parsedNote
      }
      guard parts.fits(byteCount: bytes.count) else { return nil }
      let text: SourceText
      if let lineIndex = parts.lineIndex {
        guard let kept = SourceText(bytes: bytes, lineIndex: lineIndex) else { return nil }
        text = kept
      } else {
        text = SourceText(bytes: bytes)
      }
      let document = CorpusDocument(
        id: id, relativePath: file.relativePath, path: path, text: text, parts: parts)
      return .document(document, note: note)
    }
  }
}
