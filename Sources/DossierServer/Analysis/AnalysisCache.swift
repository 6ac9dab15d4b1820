import Corpus
import Knowledge
import Synchronization

/// What features need again and again, computed once: the names found in each open document
/// (per document version and index generation) and the corpus document behind each path.
///
/// Shared by the request thread and the diagnostics thread, hence the locks; each guards only
/// a dictionary lookup or store, never the matching itself (two threads may compute the same
/// entry once each, which is harmless).
public final class AnalysisCache: Sendable {
  private struct Entry {
    let version: Int
    let generation: Int
    /// The text the matches were found in. A version alone does not name a text: a document
    /// opened again under the same version has new text. Kept by reference (no copy), and
    /// compared by identity first, so the check is free when the text is the same.
    let text: [UInt8]
    let matches: [TextMatch]
  }

  private struct CorpusPaths {
    let generation: Int
    let documentIDs: [String: Int]
  }

  private let entries = Mutex<[DocumentURI: Entry]>([:])
  private let corpusPaths = Mutex<CorpusPaths?>(nil)
  private let quotes = Mutex<(generation: Int, finder: QuoteFinder)?>(nil)
  private let derived = Mutex<(generation: Int, values: [ObjectIdentifier: any Sendable])>((-1, [:]))

  public init() {}

  /// Every name the matcher finds in an open document, sorted by position.
  public func matches(for document: OpenDocument, index: IndexSnapshot) -> [TextMatch] {
    if let entry = entries.withLock({ $0[document.uri] }), entry.version == document.version,
      entry.generation == index.generation, entry.text == document.text.bytes
    {
      return entry.matches
    }
    let matches = index.knowledge.matches(in: document.text.bytes)
    entries.withLock {
      $0[document.uri] = Entry(
        version: document.version, generation: index.generation, text: document.text.bytes,
        matches: matches)
    }
    return matches
  }

  /// Drops what was computed for a closed document.
  public func forget(_ uri: DocumentURI) {
    _ = entries.withLock { $0.removeValue(forKey: uri) }
  }

  /// The corpus document at an absolute path, if any.
  public func corpusDocumentID(forPath path: String, index: IndexSnapshot) -> Int? {
    if let paths = corpusPaths.withLock({ $0 }), paths.generation == index.generation {
      return paths.documentIDs[path]
    }
    var documentIDs: [String: Int] = [:]
    documentIDs.reserveCapacity(index.corpus.documents.count)
    for document in index.corpus.documents { documentIDs[document.path] = document.id }
    corpusPaths.withLock {
      $0 = CorpusPaths(generation: index.generation, documentIDs: documentIDs)
    }
    return documentIDs[path]
  }

  /// The quotation finder of this index (its word index is built on first search).
  public func quoteFinder(index: IndexSnapshot) -> QuoteFinder {
    quotes.withLock { current in
      if let current, current.generation == index.generation { return current.finder }
      let finder = QuoteFinder(corpus: index.corpus)
      current = (index.generation, finder)
      return finder
    }
  }

  /// A value derived from the index alone (a name index, a word list), built once per index
  /// generation and keyed by its type. Built outside the lock: two threads may both build it
  /// once, which is harmless.
  public func derived<Value: Sendable>(
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
