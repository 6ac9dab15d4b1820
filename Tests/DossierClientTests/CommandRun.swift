import Base
import DossierClient
import TestSupport

/// What one run of the `dossier` executable printed, and how it ended.
struct CommandRun {
  var stdout: String
  var stderr: String
  /// nil when it was still running at the time limit (and was killed).
  var exitCode: Int32?

  /// Runs `dossier ARGUMENTS` in `folder` with `input` on its stdin, within `timeout` seconds.
  static func dossier(
    _ arguments: [String], in folder: String = repositoryRoot, input: String = "",
    timeout: Double = 60
  ) throws -> CommandRun {
    // sh changes folder, then becomes dossier: ServerProcess has no working-directory option.
    let process = try ServerProcess(
      executable: "/bin/sh",
      arguments: ["-c", #"cd "$0" && exec "$@""#, folder, dossierExecutable] + arguments)
    process.write(Array(input.utf8))
    process.closeInput()
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var open = [process.output, process.errors]
    let deadline = Deadline(seconds: timeout)
    var chunk = [UInt8](repeating: 0, count: 65536)
    while !open.isEmpty, !deadline.hasPassed {
      var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      guard poll(&descriptors, nfds_t(descriptors.count), deadline.remainingMilliseconds) > 0
      else { continue }
      for descriptor in descriptors where descriptor.revents != 0 {
        let count = chunk.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress!, $0.count) }
        if count <= 0 {
          open.removeAll { $0 == descriptor.fd }
        } else if descriptor.fd == process.output {
          output += chunk[0..<count]
        } else {
          errors += chunk[0..<count]
        }
      }
    }
    let code = process.waitForExit(timeout: deadline.hasPassed ? 0 : 10)
    if code == nil { process.terminate() }
    return CommandRun(
      stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self), exitCode: code)
  }

  /// stdout's lines, without the empty one after the last newline.
  var stdoutLines: [Substring] {
    var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
