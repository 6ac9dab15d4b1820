import Base
import Dispatch
import Synchronization

/// Finds and reads the files of a corpus folder.
///
/// Every `*.txt`, `*.md`, `*.html`, `*.htm`, `*.jsonl` and `*.ndjson` under the folder,
/// recursively (hidden files and folders aside), in bytewise-sorted path order, so ids are
/// stable from load to load (a JSON Lines file's articles in line order). A file that is
/// binary, empty, unreadable, or deleted between listing and reading is skipped with a log line;
/// no file stops the load. Symbolic links are followed only inside the folder (`CorpusBoundary`), and
/// a folder is entered only once (link loops).
public enum CorpusLoader {
  /// File name endings that are read as articles.
  public static let extensions = CorpusFileKind.allCases.flatMap(\.extensions)

  /// Reads every article under `root` on the calling thread.
  /// Throws only when `root` itself cannot be read; bad files are skipped and logged.
  public static func load(
    root: String, followLinksOutside: Bool = false, log: (String) -> Void = { _ in }
  ) throws(CorpusError) -> Corpus {
    let files = try listFiles(root: root, followLinksOutside: followLinksOutside, log: log)
    let slots = OutcomeSlots(count: files.count)
    for (index, file) in files.enumerated() {
      slots.fill(index, with: readOutcome(relativePath: file, root: root))
    }
    return assemble(root: root, slots: slots, log: log)
  }

  /// Reads every article under `root` on all cores, one file per work item.
  ///
  /// `progress` is called from worker threads with (files done, files in all) as files finish,
  /// in no particular order. Log lines are written on the calling thread, in file order, after
  /// all files are read; documents come back in id order as with `load(root:log:)`.
  public static func loadConcurrently(
    root: String, followLinksOutside: Bool = false,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    log: (String) -> Void = { _ in }
  ) throws(CorpusError) -> Corpus {
    let files = try listFiles(root: root, followLinksOutside: followLinksOutside, log: log)
    let slots = OutcomeSlots(count: files.count)
    let done = Atomic<Int>(0)
    let total = files.count
    DispatchQueue.concurrentPerform(iterations: total) { index in
      slots.fill(index, with: readOutcome(relativePath: files[index], root: root))
      let finished = done.add(1, ordering: .relaxed).newValue
      progress?(finished, total)
    }
    return assemble(root: root, slots: slots, log: log)
  }

  /// Relative paths of the article files under `root`, sorted bytewise so ids are stable.
  ///
  /// Only what lies inside the folder is listed (`CorpusBoundary`): a link whose target is
  /// outside it is skipped with a log line unless `followLinksOutside`; pseudo-filesystems are
  /// never entered; FIFOs, sockets and devices are never listed; a link to a file or folder
  /// that the walk reaches under its own name is not followed, so each article is listed once.
  public static func listFiles(
    root: String, followLinksOutside: Bool = false, log: (String) -> Void = { _ in }
  ) throws(CorpusError) -> [String] {
    try withoutActuallyEscaping(log) { log throws(CorpusError) in
      try listFiles(
        in: try CorpusBoundary(root: root, followLinksOutside: followLinksOutside), log: log)
    }
  }

  private static func listFiles(in boundary: CorpusBoundary, log: @escaping (String) -> Void)
    throws(CorpusError) -> [String]
  {
    let root = boundary.root
    var info = stat()
    guard stat(root, &info) == 0, let directory = opendir(root) else {
      throw CorpusError(path: root, reason: String(cString: strerror(errno)))
    }
    closedir(directory)
    var walk = FolderWalk(boundary: boundary, log: log)
    walk.visitedFolders.insert(FileIdentity(info))
    walk.walk(relative: "", device: UInt64(info.st_dev))
    return walk.files.sorted(by: BytewiseOrder.precedes)
  }

  /// Reads and segments one file. Binary, empty and unreadable files come back as skips; of a
  /// JSON Lines file, the first article.
  public static func readDocument(id: Int, relativePath: String, root: String) -> Result<
    CorpusDocument, SkippedFile
  > {
    readDocuments(firstID: id, relativePath: relativePath, root: root).map { $0[0] }
  }

  /// Reads and segments one file into its documents (several for a JSON Lines file), numbered
  /// from `firstID`, with the notes the log would get. Binary, empty and unreadable files, and
  /// files with no article, come back as skips.
  public static func readDocuments(firstID: Int, relativePath: String, root: String) -> Result<
    [CorpusDocument], SkippedFile
  > {
    switch readOutcome(relativePath: relativePath, root: root) {
    case .document(let document, _): .success([document.renumbered(firstID)])
    case .documents(let documents, _):
      .success(documents.enumerated().map { $0.element.renumbered(firstID + $0.offset) })
    case .skipped(let skip): .failure(skip)
    }
  }

  /// The documents of a file's `bytes`, read by the kind its name tells (a text, a page, a
  /// dump), as a load reads it but from memory: for tools and benchmarks.
  public static func documents(fileNamed name: String, bytes: [UInt8]) -> Result<
    [CorpusDocument], SkippedFile
  > {
    switch outcome(relativePath: name, path: name, raw: bytes) {
    case .document(let document, _): .success([document])
    case .documents(let documents, _): .success(documents)
    case .skipped(let skip): .failure(skip)
    }
  }

  // MARK: - Reading

  /// The raw bytes of the file at `path`.
  static func readFile(_ path: String) -> Result<[UInt8], FileProblem> {
    FileReading.contents(ofFile: path, maximumByteCount: maximumByteCount(of: path))
  }

  /// The largest file of `path`'s kind that is read.
  static func maximumByteCount(of path: String) -> Int {
    (CorpusFileKind.of(name: path) ?? .text).maximumByteCount
  }

  /// What became of one listed file.
  enum Outcome: Sendable {
    /// Read; with a note when bytes had to be repaired.
    case document(CorpusDocument, note: String?)
    /// Articles taken out of a page or a dump (one for a page), with notes for the log.
    case documents([CorpusDocument], notes: [String])
    case skipped(SkippedFile)
  }

  static func readOutcome(relativePath: String, root: String) -> Outcome {
    let path = root + "/" + relativePath
    switch readFile(path) {
    case .success(let bytes): return outcome(relativePath: relativePath, path: path, raw: bytes)
    case .failure(let problem):
      return .skipped(SkippedFile(relativePath: relativePath, reason: problem.description))
    }
  }

  /// Decodes and parses the bytes of a file already read.
  static func outcome(relativePath: String, path: String, raw: [UInt8]) -> Outcome {
    let kind = CorpusFileKind.of(name: relativePath) ?? .text
    guard kind == .text else {
      switch extract(kind: kind, relativePath: relativePath, raw: raw) {
      case .failure(let skip): return .skipped(skip)
      case .success(let extraction):
        let documents = extraction.pages.map { page in
          DocumentParser.parse(id: 0, relativePath: relativePath, path: path, extracted: page)
        }
        return .documents(documents, notes: extraction.notes)
      }
    }
    switch TextDecoding.decode(raw) {
    case .failure(let problem):
      return .skipped(SkippedFile(relativePath: relativePath, reason: problem.description))
    case .success(let decoded):
      let document = DocumentParser.parse(
        id: 0, relativePath: relativePath, path: path, bytes: decoded.bytes)
      let note =
        decoded.replacedSequenceCount > 0
        ? "corpus: \(relativePath): replaced \(decoded.replacedSequenceCount) invalid UTF-8 "
          + "sequence\(decoded.replacedSequenceCount == 1 ? "" : "s") with U+FFFD" : nil
      return .document(document, note: note)
    }
  }

  /// Numbers the documents of outcomes already made (`parse`, `restore`) as `assemble(slots:)`
  /// does.
  static func assemble(root: String, outcomes: consuming [Outcome], log: (String) -> Void)
    -> Corpus
  {
    let slots = OutcomeSlots(count: outcomes.count)
    for index in outcomes.indices { slots.fill(index, with: outcomes[index]) }
    outcomes = []
    return assemble(root: root, slots: slots, log: log)
  }

  /// Numbers the documents densely in file order and writes the log lines. Each outcome is
  /// moved out of its slot: a document's arrays and strings are never copied or retained again.
  static func assemble(root: String, slots: OutcomeSlots, log: (String) -> Void) -> Corpus {
    var documents: [CorpusDocument] = []
    documents.reserveCapacity(slots.count)
    var skipped: [SkippedFile] = []
    for index in 0..<slots.count {
      switch slots.take(index) {
      case .document(var document, let note):
        if let note { log(note) }
        document.id = documents.count
        // Moved in: appending a copy retained every reference of the document, and dropping
        // the binding released them again (most of the time of numbering 100,000 documents).
        documents.append(consume document)
      case .documents(var made, let notes):
        for note in notes { log(note) }
        for index in made.indices where made[index].id != documents.count + index {
          made[index].id = documents.count + index
        }
        documents.append(contentsOf: consume made)
      case .skipped(let skip):
        if skipped.count < skipLinesLogged {
          log("corpus: skipped \(skip.relativePath): \(skip.reason)")
        }
        skipped.append(skip)
      }
    }
    if skipped.count > skipLinesLogged { log(summaryOfSkips(skipped[skipLinesLogged...])) }
    return Corpus(root: root, documents: documents, skipped: skipped)
  }

  /// Skipped files named one by one in the log; the rest are counted by reason in one line, so
  /// a folder of 100,000 empty files does not send the client 100,000 log messages.
  public static let skipLinesLogged = 20

  /// "corpus: skipped 99,980 more files: empty file (99,970), binary (10)", most common first.
  static func summaryOfSkips(_ skips: ArraySlice<SkippedFile>) -> String {
    var counts: [String: Int] = [:]
    for skip in skips { counts[skip.reason, default: 0] += 1 }
    let reasons = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let shown = reasons.prefix(5).map { "\($0.key) (\($0.value))" }
    let others = reasons.count > 5 ? ", \(reasons.count - 5) other reasons" : ""
    return "corpus: skipped \(skips.count) more files: \(shown.joined(separator: ", "))\(others)"
  }

  /// True when `name` ends in one of `extensions`, in any ASCII case.
  static func hasArticleExtension(_ name: String) -> Bool {
    CorpusFileKind.of(name: name) != nil
  }
}

/// One slot per listed file, each filled once by the reader of that file and emptied once by
/// `assemble`.
///
/// `@unchecked Sendable`: slot `index` is written by exactly one work item of
/// `concurrentPerform`, which returns only after every item has finished; the slots are read
/// after that, on one thread. An outcome never filled reads as a skip.
final class OutcomeSlots: @unchecked Sendable {
  let count: Int
  private let slots: UnsafeMutablePointer<CorpusLoader.Outcome?>

  init(count: Int) {
    self.count = count
    slots = .allocate(capacity: max(count, 1))
    slots.initialize(repeating: nil, count: count)
  }

  deinit {
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  func fill(_ index: Int, with outcome: CorpusLoader.Outcome) { slots[index] = outcome }

  /// The outcome of file `index`, moved out (the slot is left empty).
  func take(_ index: Int) -> CorpusLoader.Outcome {
    let outcome = (slots + index).move()
    (slots + index).initialize(to: nil)
    return outcome ?? .skipped(SkippedFile(relativePath: "", reason: "not read"))
  }
}

/// A file's identity on disk, to recognise a folder reached twice through links.
struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
