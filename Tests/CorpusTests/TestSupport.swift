import Base
import TestSupport
import Testing

@testable import Corpus

/// The repository's `seeds/` folder.
let seedsFolder = repositoryRoot + "/seeds"

/// The seed corpus, loaded once.
let seedCorpus: Corpus = {
  do {
    return try CorpusLoader.load(root: seedsFolder)
  } catch {
    return Corpus.empty
  }
}()

/// The seed document whose file name starts with `prefix` ("000").
func seed(_ prefix: String) -> CorpusDocument? {
  seedCorpus.documents.first { $0.relativePath.hasPrefix(prefix) }
}

/// A document parsed from inline text, as if read from `name`.
func page(_ text: String, name: String = "page.txt") -> CorpusDocument {
  page(Array(text.utf8), name: name)
}

/// A document parsed from raw bytes (not necessarily UTF-8), as if read from `name`.
func page(_ bytes: [UInt8], name: String = "page.txt") -> CorpusDocument {
  DocumentParser.parse(id: 0, relativePath: name, path: "/virtual/" + name, bytes: bytes)
}

extension CorpusDocument {
  /// The byte offset of the first occurrence of `snippet`, if any.
  func offset(of snippet: String) -> Int? {
    let needle = Array(snippet.utf8)
    let haystack = text.bytes
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<start + needle.count].elementsEqual(needle)
    {
      return start
    }
    return nil
  }

  /// Every byte offset where `snippet` occurs.
  func offsets(of snippet: String) -> [Int] {
    let needle = Array(snippet.utf8)
    let haystack = text.bytes
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    return (0...(haystack.count - needle.count)).filter {
      haystack[$0..<$0 + needle.count].elementsEqual(needle)
    }
  }

  /// The kind of the block holding the first occurrence of `snippet`; nil when the snippet is
  /// missing or falls outside every block.
  func kind(at snippet: String) -> BlockKind? {
    guard let offset = offset(of: snippet), let index = blockIndex(containing: offset) else {
      return nil
    }
    return blocks[index].kind
  }

  func isBody(_ snippet: String) -> Bool { kind(at: snippet) == .body }

  func isBoilerplate(_ snippet: String) -> Bool { kind(at: snippet)?.isBoilerplate ?? false }

  /// The boilerplate reason of the block holding `snippet`.
  func reason(at snippet: String) -> String? {
    if case .boilerplate(let reason) = kind(at: snippet) { return reason }
    return nil
  }

  /// The sentences as text.
  var sentenceTexts: [String] { sentences.map { text[$0.byteRange] } }

  /// The sentence that holds the first occurrence of `snippet`.
  func sentence(containing snippet: String) -> String? {
    guard let offset = offset(of: snippet), let index = sentenceIndex(containing: offset) else {
      return nil
    }
    return text[sentences[index].byteRange]
  }
}

/// Collects log lines from a loader running on the calling thread.
final class LogLines {
  var lines: [String] = []
  func add(_ line: String) { lines.append(line) }
}
