import Base
import JSONRPC

/// Reports indexing as LSP work-done progress (`window/workDoneProgress/create`, then
/// `$/progress` begin / report / end).
///
/// Indexing may start before the client can take progress (it starts at `initialize`, while a
/// token can only be created after `initialized` and used once the client has replied), so the
/// latest state is remembered and replayed when the token becomes usable. One per indexing run:
/// a token serves one begin…end sequence.
final class IndexProgress: Sendable {
  private enum TokenState {
    case notRequested
    case requested
    case ready(JSONValue)
    case unavailable
  }

  private struct State {
    var token = TokenState.notRequested
    var begun = false
    var title = "Indexing corpus"
    var message = ""
    var percentage = 0
    var finished: String?
    var ended = false
    var lastSentPercentage = -1
    var lastSentMessage = ""
  }

  private let connection: Connection
  /// Guards the token and the latest progress; notifications are sent under it so that begin,
  /// reports and end go out in order from any thread.
  private let state = Lock(State())
  private let tokenID: String

  init(connection: Connection, tokenID: String, title: String) {
    self.connection = connection
    self.tokenID = tokenID
    state.withLock { $0.title = title }
  }

  /// After `initialized`: asks the client for a token when it supports progress.
  func clientIsReady(supportsProgress: Bool) {
    let shouldRequest = state.withLock { state -> Bool in
      guard case .notRequested = state.token else { return false }
      state.token = supportsProgress ? .requested : .unavailable
      return supportsProgress
    }
    guard shouldRequest else { return }
    let token = JSONValue.string(tokenID)
    connection.sendRequest(method: "window/workDoneProgress/create", params: ["token": token]) {
      [self] reply in
      state.withLock { state in
        switch reply {
        case .success:
          state.token = .ready(token)
          flush(&state)
        case .failure:
          state.token = .unavailable
        }
      }
    }
  }

  func report(done: Int, total: Int, message: String) {
    report(percentage: total > 0 ? done * 100 / total : 0, message: message)
  }

  /// Reports overall progress; a percentage below one already sent is not sent (LSP asks for
  /// percentages that never go back).
  func report(percentage: Int, message: String) {
    state.withLock { state in
      state.percentage = max(state.percentage, min(100, max(0, percentage)))
      state.message = message
      flush(&state)
    }
  }

  func finish(message: String) {
    state.withLock { state in
      state.finished = message
      flush(&state)
    }
  }

  private func flush(_ state: inout State) {
    guard case .ready(let token) = state.token else { return }
    if !state.begun {
      state.begun = true
      send(
        token,
        [
          "kind": "begin", "title": .string(state.title), "cancellable": false,
          "message": .string(state.message), "percentage": .int(state.percentage),
        ])
      state.lastSentPercentage = state.percentage
      state.lastSentMessage = state.message
    }
    if let finished = state.finished {
      if !state.ended {
        state.ended = true
        send(token, ["kind": "end", "message": .string(finished)])
      }
      return
    }
    if state.percentage != state.lastSentPercentage || state.message != state.lastSentMessage {
      state.lastSentPercentage = state.percentage
      state.lastSentMessage = state.message
      send(
        token,
        [
          "kind": "report", "message": .string(state.message), "percentage": .int(state.percentage),
        ])
    }
  }

  private func send(_ token: JSONValue, _ value: JSONValue) {
    connection.send(Notification(method: "$/progress", params: ["token": token, "value": value]))
  }
}
