import Base
import Corpus
import Testing

@testable import DossierServer

/// Records what the publisher schedules, computes and publishes; the test runs the scheduled
/// work itself, so timing plays no part.
final class PublisherProbe: Sendable {
  struct Published: Equatable {
    let version: Int?
    let messages: [String]
  }

  let scheduled = Lock<[(delay: Int, work: @Sendable () -> Void)]>([])
  let computed = Lock<[Int]>([])
  let published = Lock<[Published]>([])
  /// Runs during a computation (to change the document meanwhile).
  let duringCompute = Lock<(@Sendable (OpenDocument) -> Void)?>(nil)
  let computeResult = Lock<[Diagnostic]?>([])

  func publisher(delay: Int = 200) -> DiagnosticsPublisher {
    DiagnosticsPublisher(
      delayMilliseconds: delay,
      schedule: { [self] delay, work in scheduled.withLock { $0.append((delay, work)) } },
      compute: { [self] document in
        computed.withLock { $0.append(document.version) }
        duringCompute.withLock { $0 }?(document)
        return computeResult.withLock { $0 }.map { diagnostics in
          diagnostics.map {
            var diagnostic = $0
            diagnostic.message += " v\(document.version)"
            return diagnostic
          }
        }
      },
      publish: { [self] params in
        published.withLock {
          $0.append(Published(version: params.version, messages: params.diagnostics.map(\.message)))
        }
      })
  }

  /// Runs everything scheduled so far, in order, and what that schedules in turn.
  func runScheduled() {
    while let next = scheduled.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { next.work() }
  }

  var delays: [Int] { scheduled.withLock { $0.map(\.delay) } }
}

@Suite struct DiagnosticsPublisherTests {
  let uri = DocumentURI(string: "file:///drafts/report.md")
  let finding = Diagnostic(
    range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 1)),
    severity: .warning, code: "misquotation", message: "found")

  func version(_ number: Int) -> OpenDocument {
    OpenDocument(uri: uri, languageId: "markdown", version: number, text: SourceText("v\(number)"))
  }

  @Test func quickChangesPublishOnceForTheLatestVersion() {
    let probe = PublisherProbe()
    probe.computeResult.withLock { $0 = [finding] }
    let publisher = probe.publisher()
    for number in 1...3 { publisher.documentChanged(version(number)) }
    #expect(probe.delays == [200, 200, 200])
    probe.runScheduled()
    #expect(probe.computed.withLock { $0 } == [3])
    #expect(probe.published.withLock { $0 } == [.init(version: 3, messages: ["found v3"])])
  }

  @Test func aResultOvertakenByAChangeIsNeverPublished() {
    let probe = PublisherProbe()
    let publisher = probe.publisher()
    let newer = version(2)
    // Version 2 arrives while version 1 is being checked.
    probe.duringCompute.withLock {
      $0 = { document in if document.version == 1 { publisher.documentChanged(newer) } }
    }
    probe.computeResult.withLock { $0 = [finding] }
    publisher.documentChanged(version(1))
    probe.runScheduled()
    #expect(probe.computed.withLock { $0 } == [1, 2])
    #expect(probe.published.withLock { $0 } == [.init(version: 2, messages: ["found v2"])])
  }

  @Test func closingClearsTheDiagnosticsAndDropsTheRunUnderWay() {
    let probe = PublisherProbe()
    probe.computeResult.withLock { $0 = [finding] }
    let publisher = probe.publisher()
    publisher.documentChanged(version(1))
    publisher.documentClosed(uri)
    probe.runScheduled()
    #expect(probe.computed.withLock { $0 }.isEmpty)
    #expect(probe.published.withLock { $0 } == [.init(version: nil, messages: [])])
  }

  @Test func aNewIndexChecksEveryOpenDocumentAgainAtOnce() {
    let probe = PublisherProbe()
    probe.computeResult.withLock { $0 = [finding] }
    let publisher = probe.publisher()
    publisher.documentChanged(version(4))
    probe.runScheduled()
    publisher.refreshAll()
    #expect(probe.delays == [0])
    probe.runScheduled()
    #expect(probe.published.withLock { $0 }.map(\.version) == [4, 4])
  }

  @Test func nothingIsPublishedWhileThereIsNoIndexYet() {
    let probe = PublisherProbe()
    probe.computeResult.withLock { $0 = nil }
    let publisher = probe.publisher()
    publisher.documentChanged(version(1))
    probe.runScheduled()
    #expect(probe.computed.withLock { $0 } == [1])
    #expect(probe.published.withLock { $0 }.isEmpty)
  }
}
