import Base

/// `dossier-bench run`: the echo floor once, then every corpus against the real server.
enum RunCommand {
  static func run(_ arguments: [String]) -> Int32 {
    var server: String?
    var settings = BenchmarkSettings()
    var corpora: [(label: String, path: String)] = []
    var remaining = arguments[...]
    func number(_ option: String) -> Int? {
      guard let text = remaining.popFirst(), let value = Int(text), value > 0 else {
        printError("dossier-bench run: \(option) needs a positive number")
        return nil
      }
      return value
    }
    while let argument = remaining.popFirst() {
      switch argument {
      case "--server": server = remaining.popFirst()
      case "--samples":
        guard let value = number(argument) else { return 2 }
        settings.samples = value
      case "--slow-samples":
        guard let value = number(argument) else { return 2 }
        settings.slowSamples = value
      default:
        guard let equals = argument.firstIndex(of: "="), !argument.hasPrefix("-") else {
          printError("dossier-bench run: unexpected '\(argument)'\n\n\(usage)")
          return 2
        }
        corpora.append(
          (String(argument[..<equals]), String(argument[argument.index(after: equals)...])))
      }
    }
    guard let server, !corpora.isEmpty else {
      printError("dossier-bench run: give --server PATH and at least one LABEL=DIR\n\n\(usage)")
      return 2
    }
    guard access(server, X_OK) == 0 else {
      printError("dossier-bench run: \(server) is not an executable")
      return 2
    }

    var echo: EchoResult?
    do {
      echo = try EchoBenchmark(executable: selfExecutable(), settings: settings).run()
    } catch {
      printError("dossier-bench run: the echo floor failed: \(error)")
    }
    var results: [CorpusResult] = []
    for corpus in corpora {
      printError("dossier-bench: timing \(corpus.label) (\(corpus.path))…")
      let result = ServerBenchmark(server: server, settings: settings).run(
        label: corpus.label, corpus: corpus.path)
      if let failure = result.failure { printError("dossier-bench: \(corpus.label): \(failure)") }
      results.append(result)
    }
    print(Table(echo: echo, results: results).render(), terminator: "")
    return results.contains { $0.failure != nil } ? 1 : 0
  }

  static func selfExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return CommandLine.arguments[0] }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
