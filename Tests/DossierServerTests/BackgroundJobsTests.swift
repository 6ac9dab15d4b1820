import Testing

@testable import DossierServer

@Suite struct BackgroundJobsTests {
  @Test func runningUntilEveryStartedJobHasEnded() {
    let jobs = BackgroundJobs()
    #expect(!jobs.isRunning)
    jobs.started()
    jobs.started()
    jobs.ended()
    #expect(jobs.isRunning)
    jobs.ended()
    #expect(!jobs.isRunning)
  }
}

/// `dossier/status` says the warm-up is done only once every step of it is over: never in the
/// moment between an index swap and the start of its warm-up, nor between two of its steps.
@Suite struct WarmUpStateTests {
  @Test func runningFromTheSwapUntilTheLastStepEndsWithNoDoneBetweenSteps() {
    let store = IndexStore()
    let analysis = AnalysisCache()
    // The empty index at start-up has no warm-up to wait for.
    #expect(!analysis.isWarmingUp(at: store.snapshot.generation))
    let snapshot = store.install(knowledge: .build(corpus: .empty, log: { _ in }), status: .ready)
    #expect(analysis.isWarmingUp(at: snapshot.generation), "swapped, warm-up not begun")
    var between: [Bool] = []
    analysis.warmingUp(after: snapshot) {
      // One step's background job ends before the next step starts its own.
      analysis.backgroundJobs.started()
      analysis.backgroundJobs.ended()
      between.append(analysis.isWarmingUp(at: snapshot.generation))
      analysis.backgroundJobs.started()
    }
    #expect(between == [true], "said done between two steps")
    #expect(analysis.isWarmingUp(at: snapshot.generation), "the last step is still running")
    analysis.backgroundJobs.ended()
    #expect(!analysis.isWarmingUp(at: snapshot.generation))
  }
}
