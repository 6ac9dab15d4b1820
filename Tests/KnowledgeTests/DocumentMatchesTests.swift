import Testing

@testable import Knowledge

/// The table of every document's matches (what a document's mentions are read from) gives each
/// document exactly its own run, whether built from per-document runs or laid out end to end
/// as a restore from the index cache does.
@Suite struct DocumentMatchesTests {
  private func match(_ start: Int, _ end: Int, entity: Int) -> StoredMatch {
    StoredMatch(NameMatcher.RawMatch(byteRange: start..<end, entityID: entity))
  }

  @Test func eachDocumentGetsItsOwnRunEvenAroundDocumentsWithNone() {
    let runs = [
      [match(0, 5, entity: 1), match(10, 14, entity: 2)], [], [match(3, 9, entity: 2)], [],
    ]
    let table = DocumentMatches(runs: runs)
    #expect(table.count == 4)
    for document in runs.indices {
      #expect(Array(table[document]) == runs[document], "document \(document)")
    }
  }

  @Test func runsLaidEndToEndReadAsTheSameTable() {
    let runs = [[match(2, 4, entity: 0)], [], [match(1, 3, entity: 5), match(7, 8, entity: 0)]]
    let laidOut = DocumentMatches(matches: runs.flatMap { $0 }, starts: [0, 1, 1, 3])
    let built = DocumentMatches(runs: runs)
    #expect(laidOut.count == built.count)
    #expect(laidOut.indices.allSatisfy { Array(laidOut[$0]) == Array(built[$0]) })
  }

  @Test func positionsWithinADocumentCountFromItsFirstMatch() {
    // Per-match flags are kept in arrays of their own, read by the offset within a document.
    let table = DocumentMatches(runs: [[match(0, 1, entity: 0)], [match(5, 6, entity: 3)]])
    let offsets = table[1].enumerated().map(\.offset)
    #expect(offsets == [0])
    #expect(table[1].first?.entityID == 3)
  }

  @Test func noDocumentsIsAnEmptyTable() {
    #expect(DocumentMatches().isEmpty)
    #expect(DocumentMatches(runs: []).isEmpty)
  }
}
