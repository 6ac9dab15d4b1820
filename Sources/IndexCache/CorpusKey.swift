import Corpus

/// The key of an index: what it was built from. The corpus's content (every listed file's
/// relative path and bytes, in order, or why it could not be read; the glossary's bytes), the
/// cache format and the build of Dossier. Any change to any of them gives another key.
///
/// Each file is hashed on the worker thread that read it (`FileHashes`), so the whole corpus
/// is hashed on every core while it is read; the hashes are then combined in file order.
enum CorpusKey {
  /// The corpus folder's glossary file as read for the key.
  typealias GlossaryFile = FolderFile

  static func key(
    files: [CorpusFile], hashes: FileHashes, glossary: GlossaryFile, build: String
  ) -> UInt64 {
    var state = ContentHash.hash(build, seed: UInt64(CacheFormat.version))
    state = ContentHash.combine(state, UInt64(files.count))
    // By index, not by element: a copy of a file retains its path and its bytes.
    for index in files.indices {
      state = ContentHash.combine(state, ContentHash.hash(files[index].relativePath))
      switch files[index].contents {
      case .success(let bytes):
        state = ContentHash.combine(state, UInt64(bytes.count))
        state = ContentHash.combine(state, hashes[index])
      case .failure(let skip):
        state = ContentHash.combine(state, ~0)
        state = ContentHash.combine(state, ContentHash.hash(skip.reason))
      }
    }
    switch glossary {
    case .absent:
      state = ContentHash.combine(state, 0)
    case .bytes(let bytes):
      state = ContentHash.combine(state, 1)
      state = ContentHash.combine(state, ContentHash.hash(bytes, seed: UInt64(bytes.count)))
    case .unreadable(let reason):
      state = ContentHash.combine(state, 2)
      state = ContentHash.combine(state, ContentHash.hash(reason))
    }
    return state
  }
}

/// One hash per listed file, written by the threads that read the files.
final class FileHashes: @unchecked Sendable {
  // `@unchecked Sendable` is safe: each index is written once, by the one worker that read
  // that file, and the hashes are read only after every worker has finished.
  private var hashes: UnsafeMutableBufferPointer<UInt64>

  init() { hashes = .allocate(capacity: 0) }

  deinit { hashes.deallocate() }

  /// Makes room for `count` files; called before any worker writes.
  func prepare(count: Int) {
    guard count > hashes.count else { return }
    hashes.deallocate()
    hashes = .allocate(capacity: count)
    hashes.initialize(repeating: 0)
  }

  subscript(index: Int) -> UInt64 {
    get { index < hashes.count ? hashes[index] : 0 }
    set { if index < hashes.count { hashes[index] = newValue } }
  }
}
