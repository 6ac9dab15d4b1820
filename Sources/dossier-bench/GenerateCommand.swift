import Base
import SyntheticCorpus

/// `dossier-bench generate`: writes a synthetic corpus.
enum GenerateCommand {
  static func run(_ arguments: [String]) -> Int32 {
    var articles: Int?
    var seed: UInt64 = 1
    var mix = Mix.standard
    var force = false
    var folder: String?
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--articles":
        guard let text = remaining.popFirst(), let value = Int(text), value > 0 else {
          printError("dossier-bench generate: --articles needs a positive number\n\n\(usage)")
          return 2
        }
        articles = value
      case "--seed":
        guard let text = remaining.popFirst(), let value = UInt64(text) else {
          printError("dossier-bench generate: --seed needs a non-negative number\n\n\(usage)")
          return 2
        }
        seed = value
      case "--mix":
        guard let text = remaining.popFirst(), let named = Mix.named(text) else {
          let names = Mix.all.map(\.name).joined(separator: ", ")
          printError("dossier-bench generate: --mix needs one of \(names)\n\n\(usage)")
          return 2
        }
        mix = named
      case "--option":
        guard let text = remaining.popFirst(), let equals = text.firstIndex(of: "="),
          mix.set(String(text[..<equals]), to: String(text[text.index(after: equals)...]))
        else {
          let names = Mix.optionNames.joined(separator: ", ")
          printError(
            "dossier-bench generate: --option needs NAME=VALUE, NAME one of \(names)\n\n\(usage)")
          return 2
        }
      case "--force": force = true
      default:
        guard !argument.hasPrefix("-"), folder == nil else {
          printError("dossier-bench generate: unexpected '\(argument)'\n\n\(usage)")
          return 2
        }
        folder = argument
      }
    }
    guard let articles, let folder else {
      printError("dossier-bench generate: give --articles N and OUT_DIR\n\n\(usage)")
      return 2
    }
    let started = Clocks.monotonicNanoseconds()
    do {
      let summary = try CorpusGenerator(articles: articles, seed: seed, mix: mix).write(
        to: folder, force: force)
      let seconds = Double(Clocks.monotonicNanoseconds() - started) / 1e9
      let verb = summary.generated ? "wrote" : "kept"
      printError(
        "dossier-bench: \(verb) \(summary.files) articles (\(mix.name) mix), \(summary.bytes) bytes in \(folder) (\(format(seconds, 2)) s)"
      )
      return 0
    } catch {
      printError("dossier-bench generate: \(error)")
      return 1
    }
  }
}
