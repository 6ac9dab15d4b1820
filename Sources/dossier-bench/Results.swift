/// Everything measured on one corpus.
struct CorpusResult {
  var label: String
  var files = 0
  var corpusBytes = 0
  var catNanoseconds: UInt64 = 0
  var initializeNanoseconds: UInt64?
  /// The first request sent once `initialize` returned: its round trip and the state it saw.
  var firstRequestNanoseconds: UInt64?
  var firstRequestState: String?
  /// A hover sent right after the report was opened, before the index is ready.
  var firstAnswer: FirstAnswer?
  var readyNanoseconds: UInt64?
  var readyVia = ""
  /// CPU time the server had used when the index was ready (both cores count).
  var cpuAtReadyNanoseconds: UInt64?
  var progressReports = 0
  var progressPercentages: [Int] = []
  /// Progress messages (digits dropped) with their time since start, in arrival order.
  var stageMarks: [(name: String, nanoseconds: UInt64)] = []

  /// Wall time of each indexing stage: from its first message to the next stage's first
  /// message (or to the index being ready).
  var stages: [(name: String, nanoseconds: UInt64)] {
    var starts: [(name: String, nanoseconds: UInt64)] = []
    for mark in stageMarks where starts.last?.name != mark.name { starts.append(mark) }
    return starts.enumerated().map { index, stage in
      let end =
        index + 1 < starts.count
        ? starts[index + 1].nanoseconds : readyNanoseconds ?? stage.nanoseconds
      return (stage.name, end - min(end, stage.nanoseconds))
    }
  }
  var documentsIndexed: Int?
  /// Samples per method the server offers; methods it does not offer are left out.
  var requests: [String: Samples] = [:]
  /// The mention whose references were the most numerous, timed again on its own.
  var mostMentioned: (word: String, locations: Int, index: Int, samples: Samples)?
  var pipelinedNanoseconds: UInt64?
  var pipelinedCount = 0
  var diagnostics: Samples?
  var diagnosticsNote = ""
  var peakResidentBytes: Int?
  var reportMentions = 0
  var failure: String?
  /// The server's log line about the finished index, if it wrote one.
  var serverSummary: String?
  /// The index cache after the first start: `written` (or why not), and when, after ready.
  var cacheState: String?
  var cacheWrittenNanoseconds: UInt64?
  /// When the work that follows indexing (quotation index, hover cards) was over, after ready.
  var warmUpDoneNanoseconds: UInt64?
  /// The second start, from the index cache the first one wrote.
  var cachedStart: CachedStart?
}

/// A second start of the server on the same corpus, with the index cache written by the first.
/// The first hover of a start, sent right after `initialized` and `didOpen` without waiting:
/// from `initialize` answered to its answer, and whether it is the answer the same hover gets
/// once the index is ready (not one from the empty index).
struct FirstAnswer {
  var nanoseconds: UInt64
  var asOnceReady: Bool
}

struct CachedStart {
  var initializeNanoseconds: UInt64?
  var firstAnswer: FirstAnswer?
  var readyNanoseconds: UInt64?
  var readyVia = ""
  var cpuAtReadyNanoseconds: UInt64?
  /// `restored` when the index came from the cache (as `dossier/status` says).
  var cacheState: String?
  var documentsIndexed: Int?
  var peakResidentBytes: Int?
  var serverSummary: String?
  var failure: String?
}

/// The echo responder's figures: the floor for start-up, one round trip, and a pipeline.
struct EchoResult {
  var initializeNanoseconds: UInt64 = 0
  var roundTrip = Samples()
  var pipelinedNanoseconds: UInt64 = 0
  var pipelinedCount = 0
}
