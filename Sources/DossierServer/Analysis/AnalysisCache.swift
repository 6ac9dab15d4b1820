import Base
import Corpus
import Dispatch
import Knowledge

/// What features need again and again, computed once: the names found in each open document
/// (per document version and index generation) and the corpus document behind each path.
///
/// Shared by the request thread and the diagnostics thread, hence the locks; each guards only
/// a dictionary lookup or store, but for `reading`, which lets one open document's names be
/// read at a time (the rest may be computed twice by two threads, which is harmless).
final class AnalysisCache: Sendable {
  private struct Entry {
    let version: Int
    let generation: Int
    /// The text the names were found in (`names.text`), and the names per paragraph. A
    /// version alone does not name a text: a document opened again under the same version
    /// has new text. The text is kept by reference (no copy), and compared by identity
    /// first, so the check is free when the text is the same.
    let names: DraftNames
  }

  private struct CorpusPaths {
    let generation: Int
    /// The documents of each file: one, or a JSON Lines file's several, in order.
    let documentIDs: [String: Range<Int>]
  }

  private let entries = Lock<[DocumentURI: Entry]>([:])
  private let corpusPaths = Lock<CorpusPaths?>(nil)
  /// Quotations per document, with the text they were found in.
  private let spans = Lock<[DocumentURI: (text: [UInt8], spans: [Range<Int>])]>([:])
  static let spanDocumentLimit = 64
  private let quotes = Lock<(generation: Int, finder: PreparedQuoteFinder)?>(nil)
  private let derived = Lock<(generation: Int, values: [ObjectIdentifier: any Sendable])>(
    (-1, [:]))
  /// The rendered cards of the newest index asked about (`cards(index:)`).
  let cardCaches = Lock<(generation: Int, cache: CardCache)?>(nil)
  /// The format hovers are shown in (true: markdown), set at `initialize`; nil before, when
  /// no card is warmed.
  let cardFormat = Lock<Bool?>(nil)
  /// Background work after an index swap that no request waits for (cards), one at a time.
  let warmUpQueue = DispatchQueue(label: "dossier.warm-up", qos: .utility)
  /// Background work after a swap, counted for `dossier/status`.
  let backgroundJobs = BackgroundJobs()

  init() {}

  /// Every name the matcher finds in an open document, sorted by position.
  ///
  /// A new version of a document is read again only in the paragraphs that changed since the
  /// version before it (`DraftNames`).
  func matches(for document: OpenDocument, index: IndexSnapshot) -> [TextMatch] {
    names(for: document, index: index).matches
  }

  func names(for document: OpenDocument, index: IndexSnapshot) -> DraftNames {
    if let known = knownNames(for: document, index: index) { return known }
    // One read at a time: the request thread and the diagnostics thread both ask right after
    // an edit, and two reads of a large document at once held its names twice (a 50 MB report
    // peaked at twice the memory). The one that waits finds the other's result, or reads on
    // from it (only the paragraphs that differ).
    return reading.withLock { _ in
      if let known = knownNames(for: document, index: index) { return known }
      return readNames(for: document, index: index)
    }
  }

  /// Only one `DraftNames.read` runs at a time (see `names(for:index:)`).
  private let reading = Lock(())

  private func knownNames(for document: OpenDocument, index: IndexSnapshot) -> DraftNames? {
    let entry = entries.withLock({ $0[document.uri] })
    if let entry, entry.version == document.version, entry.generation == index.generation,
      entry.names.text == document.text.bytes
    {
      return entry.names
    }
    return nil
  }

  private func readNames(for document: OpenDocument, index: IndexSnapshot) -> DraftNames {
    let entry = entries.withLock({ $0[document.uri] })
    let previous = entry?.generation == index.generation ? entry?.names : nil
    let names = DraftNames.read(
      document.text.bytes, knowledge: index.knowledge, previous: previous)
    entries.withLock {
      // A slower read of an older version must not replace a newer one's names.
      if let stored = $0[document.uri], stored.generation == index.generation,
        stored.version > document.version
      {
        return
      }
      $0[document.uri] = Entry(
        version: document.version, generation: index.generation, names: names)
    }
    return names
  }

  /// Drops what was computed for a closed document.
  func forget(_ uri: DocumentURI) {
    _ = entries.withLock { $0.removeValue(forKey: uri) }
    _ = spans.withLock { $0.removeValue(forKey: uri) }
  }

  /// The quotations of a document (`QuotedSpans`), found once per text: go to definition asks
  /// on every request whether the cursor is in one.
  func quotedSpans(of document: AnalyzedDocument) -> [Range<Int>] {
    if let known = spans.withLock({ $0[document.uri] }), known.text == document.text.bytes {
      return known.spans
    }
    let found = QuotedSpans.find(in: document.text.bytes)
    spans.withLock {
      // Corpus files asked about are remembered too; a handful is plenty.
      if $0.count >= Self.spanDocumentLimit { $0.removeAll() }
      $0[document.uri] = (document.text.bytes, found)
    }
    return found
  }

  /// The corpus document at an absolute path, if any (a JSON Lines file's first).
  func corpusDocumentID(forPath path: String, index: IndexSnapshot) -> Int? {
    corpusDocumentIDs(forPath: path, index: index)?.lowerBound
  }

  /// The corpus documents of the file at an absolute path: one, or a JSON Lines file's
  /// articles (consecutive ids, in line order); nil when it is no corpus file.
  func corpusDocumentIDs(forPath path: String, index: IndexSnapshot) -> Range<Int>? {
    if let paths = corpusPaths.withLock({ $0 }), paths.generation == index.generation {
      return paths.documentIDs[path]
    }
    var documentIDs: [String: Range<Int>] = [:]
    documentIDs.reserveCapacity(index.corpus.documents.count)
    for document in index.corpus.documents {
      if let known = documentIDs[document.path], known.upperBound == document.id {
        documentIDs[document.path] = known.lowerBound..<(document.id + 1)
      } else {
        documentIDs[document.path] = document.id..<(document.id + 1)
      }
    }
    corpusPaths.withLock {
      $0 = CorpusPaths(generation: index.generation, documentIDs: documentIDs)
    }
    return documentIDs[path]
  }

  /// The quotation finder of this index, with its word index built.
  ///
  /// The word index is built once per index, in the background, by whoever asks first: the
  /// warm-up right after the swap (`prepareQuoteFinder`), or an earlier request. A request
  /// that needs it before it is ready waits for that one build (it never starts a second
  /// one on the request thread, and never answers without quotation matches).
  func quoteFinder(index: IndexSnapshot) -> QuoteFinder {
    let prepared = preparedQuoteFinder(index: index)
    prepared.waitUntilReady()
    return prepared.finder
  }

  /// Starts building the quotation finder's word index in the background, without waiting.
  func prepareQuoteFinder(index: IndexSnapshot) {
    _ = preparedQuoteFinder(index: index)
  }

  /// The generation of the newest snapshot whose warm-up has begun (0 is the empty snapshot at
  /// start-up, which has none).
  private let warmUpBegun = Lock(0)

  /// Runs `body`, the warm-up after `snapshot` was installed, as one piece of background work:
  /// its steps start each other's jobs, and between two of them `dossier/status` would
  /// otherwise say "done" and then "running" again.
  func warmingUp(after snapshot: IndexSnapshot, _ body: () -> Void) {
    backgroundJobs.started()
    defer { backgroundJobs.ended() }
    warmUpBegun.withLock { $0 = max($0, snapshot.generation) }
    body()
  }

  /// True while background work after an index swap is under way, including the moment
  /// between the swap of snapshot `generation` and the start of its warm-up.
  func isWarmingUp(at generation: Int) -> Bool {
    backgroundJobs.isRunning || warmUpBegun.withLock { $0 } < generation
  }

  private func preparedQuoteFinder(index: IndexSnapshot) -> PreparedQuoteFinder {
    quotes.withLock { current in
      if let current, current.generation == index.generation { return current.finder }
      let prepared = PreparedQuoteFinder(corpus: index.corpus, jobs: backgroundJobs)
      // A request on an older snapshot gets its own finder, never stored over the newer one.
      if let current, current.generation > index.generation { return prepared }
      current = (index.generation, prepared)
      return prepared
    }
  }

  /// A value derived from the index alone (a name index, a word list), built once per index
  /// generation and keyed by its type. Built outside the lock: two threads may both build it
  /// once, which is harmless.
  func derived<Value: Sendable>(
    _ type: Value.Type, index: IndexSnapshot, build: () -> Value
  ) -> Value {
    let key = ObjectIdentifier(type)
    if let value = derived.withLock({ $0.generation == index.generation ? $0.values[key] : nil })
      as? Value
    {
      return value
    }
    let value = build()
    derived.withLock { current in
      // A build for an older index, finishing late, must not replace the newer values.
      guard index.generation >= current.generation else { return }
      if current.generation != index.generation { current = (index.generation, [:]) }
      current.values[key] = value
    }
    return value
  }
}

/// A quotation finder whose word index is being built, or is built, on a background queue.
final class PreparedQuoteFinder: Sendable {
  let finder: QuoteFinder
  /// Left when the word index is built.
  private let ready = DispatchGroup()

  /// `jobs` counts the build of the word index as background work.
  init(corpus: Corpus, jobs: BackgroundJobs) {
    finder = QuoteFinder(corpus: corpus)
    ready.enter()
    jobs.started()
    DispatchQueue.global(qos: .utility).async { [finder, ready] in
      // Any search builds the word index (`QuoteFinder` builds it on first use); the word
      // itself does not matter.
      _ = finder.find("quotation", limit: 1)
      ready.leave()
      jobs.ended()
    }
  }

  func waitUntilReady() { ready.wait() }
}
