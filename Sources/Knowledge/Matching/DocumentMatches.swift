/// Every corpus document's matches, each document's in text order, kept in one array with
/// where each document's run starts: reads as a collection of one slice per document.
///
/// One array, not one per document: at 100,000 documents those were 100,000 allocations, and a
/// restore from the index cache made each of them again from one sorted buffer, copying it.
struct DocumentMatches: RandomAccessCollection, Sendable {
  private let matches: [StoredMatch]
  /// `starts[d]`: where document `d`'s run starts; the last is the number of matches.
  private let starts: [Int]

  /// No documents.
  init() {
    matches = []
    starts = [0]
  }

  /// The runs of the documents, in document order. Each run is freed once it is copied, so the
  /// matches are not held twice at once (at 100,000 documents, 66 MB).
  init(runs: consuming [[StoredMatch]]) {
    var runs = runs
    var starts: [Int] = []
    starts.reserveCapacity(runs.count + 1)
    var total = 0
    for run in runs.indices {
      starts.append(total)
      total += runs[run].count
    }
    starts.append(total)
    var matches: [StoredMatch] = []
    matches.reserveCapacity(total)
    for run in runs.indices {
      matches.append(contentsOf: runs[run])
      runs[run] = []
    }
    self.matches = matches
    self.starts = starts
  }

  /// Runs already laid end to end: document `d`'s are `matches[starts[d]..<starts[d + 1]]`.
  /// `starts` must rise from 0 to `matches.count`.
  init(matches: [StoredMatch], starts: [Int]) {
    precondition(starts.first == 0 && starts.last == matches.count)
    self.matches = matches
    self.starts = starts
  }

  var startIndex: Int { 0 }
  var endIndex: Int { starts.count - 1 }

  /// The matches of document `document`, in text order.
  subscript(document: Int) -> ArraySlice<StoredMatch> {
    matches[starts[document]..<starts[document + 1]]
  }
}
