/// Why a cache file was not used: each is logged, and the index is built instead.
public enum CacheProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// No cache file for this corpus yet.
  case missing
  /// The file exists but could not be read.
  case unreadable(String)
  /// The file does not start as a Dossier index cache does.
  case notACache
  /// Written in another format version of the cache.
  case otherFormat(found: UInt32)
  /// Written by another build of Dossier.
  case otherBuild(found: String)
  /// Written for other corpus contents: a file was changed, added or removed since.
  case stale
  /// Shorter than its header says (a write cut short, a file truncated).
  case truncated(expectedBytes: Int, foundBytes: Int)
  /// The bytes differ from those written (checksum mismatch, trailing bytes, damaged header).
  case corrupt(String)
  /// The checksum matched but the payload does not read as an index (a bug, or an index that
  /// does not fit the corpus read now).
  case malformed(String)

  public var description: String {
    switch self {
    case .missing: "no cache for this corpus yet"
    case .unreadable(let reason): "cannot be read: \(reason)"
    case .notACache: "not an index cache (wrong magic number)"
    case .otherFormat(let found):
      "written in cache format \(found), this Dossier reads format \(CacheFormat.version)"
    case .otherBuild(let found): "written by another build of Dossier (\(found))"
    case .stale: "stale: the corpus's files changed since it was written"
    case .truncated(let expected, let found):
      "truncated: \(found) bytes where the header promises \(expected)"
    case .corrupt(let reason): "corrupt: \(reason)"
    case .malformed(let reason): "malformed: \(reason)"
    }
  }

  /// True for the problems that are expected in normal use (a first start, an edited corpus,
  /// a new version), as opposed to damage worth a warning.
  public var isRoutine: Bool {
    switch self {
    case .missing, .otherFormat, .otherBuild, .stale: true
    case .unreadable, .notACache, .truncated, .corrupt, .malformed: false
    }
  }
}
