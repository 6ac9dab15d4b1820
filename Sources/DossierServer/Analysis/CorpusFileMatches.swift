import Base
import Corpus
import Knowledge

/// The index's names of a saved page's or a dump's articles, placed in the file (its bytes
/// decoded, as the editor has them): what hover, highlights, symbols and semantic tokens read
/// when they are asked about such a file. Made once per file and index, for the few files
/// asked about.
final class CorpusFileMatches: Sendable {
  /// Past this many files, the memory starts again.
  static let capacity = 64

  /// By the file's first document.
  private let known = Lock<[Int: [TextMatch]]>([:])

  func matches(of documentIDs: Range<Int>, knowledge: KnowledgeBase) -> [TextMatch] {
    if let matches = known.withLock({ $0[documentIDs.lowerBound] }) { return matches }
    var matches: [TextMatch] = []
    for id in documentIDs {
      let document = knowledge.corpus.documents[id]
      let mentions = knowledge.mentions(inDocument: id)
      let ranges = document.fileRanges(of: mentions.map(\.byteRange))
      for (mention, range) in zip(mentions, ranges) {
        matches.append(
          TextMatch(
            byteRange: range, entityID: mention.entityID, surface: mention.surface,
            alternatives: mention.alternatives))
      }
    }
    // A record's title may come after its text in the line: the file's order is the order.
    if zip(matches, matches.dropFirst()).contains(where: {
      $0.byteRange.lowerBound > $1.byteRange.lowerBound
    }) {
      matches.sort { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    }
    known.withLock {
      if $0.count >= Self.capacity { $0.removeAll() }
      $0[documentIDs.lowerBound] = matches
    }
    return matches
  }
}
