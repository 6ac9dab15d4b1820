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
