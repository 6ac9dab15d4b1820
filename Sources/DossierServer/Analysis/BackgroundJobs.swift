import Base

/// Background work under way after an index swap (the quotation index, the warmed cards):
/// `dossier/status` reports whether any runs, so a script can time requests once the server no
/// longer shares the cores with it.
final class BackgroundJobs: Sendable {
  private let count = Lock(0)

  var isRunning: Bool { count.withLock { $0 > 0 } }

  func started() { count.withLock { $0 += 1 } }

  func ended() { count.withLock { $0 -= 1 } }
}
