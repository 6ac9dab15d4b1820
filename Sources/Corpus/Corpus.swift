/// The articles Dossier has read: every document under one folder, in a stable order.
public struct Corpus: Sendable {
  /// Absolute path of the corpus folder.
  public let root: String
  public let documents: [CorpusDocument]
  /// Files that were found but not read, with the reason (binary, empty, unreadable).
  public let skipped: [SkippedFile]

  public init(root: String, documents: [CorpusDocument], skipped: [SkippedFile]) {
    self.root = root
    self.documents = documents
    self.skipped = skipped
  }

  public static let empty = Corpus(root: "", documents: [], skipped: [])

  /// The document whose absolute path is `path`, if any (a JSON Lines file's first article).
  public func document(atPath path: String) -> CorpusDocument? {
    documents.first { $0.path == path }
  }
}

public struct SkippedFile: Error, Sendable, Hashable {
  public let relativePath: String
  public let reason: String

  public init(relativePath: String, reason: String) {
    self.relativePath = relativePath
    self.reason = reason
  }
}

/// Why a corpus could not be read at all.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
  public let path: String
  public let reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "cannot read the corpus at \(path): \(reason)" }
}
