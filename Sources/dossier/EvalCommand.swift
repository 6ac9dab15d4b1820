import Base
import Knowledge

/// `dossier eval GOLD`: scores what Dossier finds in a corpus against a hand-made gold file.
enum EvalCommand: Command {
  static let name = "eval"
  static let summary = "Score entities, aliases, people and mentions against a gold file."
  static let usage = """
    Usage: dossier eval GOLD [--corpus DIR] [--details]

    Reads the corpus the gold file names (or DIR), builds Dossier's knowledge of it, and
    prints precision and recall per category: entities, entity kinds, alias pairs with who
    uses which name, person resolutions (and short names resolved to full ones), quotations,
    names seen only in page furniture, and, when the gold file lists mentions, every name
    found in the text by exact span and kind, per kind and overall, with F1 (as CoNLL's
    conlleval counts). Exits 1 when a target is missed: the gold file's own "targets", or by
    default entities P ≥ 0.90, alias pairs and person resolutions P ≥ 0.90 and R = 1.00; and
    always no boilerplate-only name among the entities.

    Options:
      --corpus DIR   The corpus folder, instead of the one the gold file names.
      --details      Also list each error: wrong, missed, split or merged entities, pairs,
                     resolutions, quotations and mentions.
    """

  static func run(_ arguments: [String]) -> Int32 {
    var parser = ArgumentParser(arguments)
    var goldPath: String?
    var corpusPath: String?
    var details = false
    do {
      while let argument = parser.next() {
        switch argument {
        case "--corpus": corpusPath = try parser.value(for: argument)
        case "--details": details = true
        default:
          guard !argument.hasPrefix("-"), goldPath == nil else {
            throw UsageError("unexpected argument '\(argument)'")
          }
          goldPath = argument
        }
      }
      guard goldPath != nil else { throw UsageError("give a GOLD file") }
    } catch {
      printError("dossier eval: \(error)\n\n\(usage)")
      return 2
    }
    guard let goldPath else { return 2 }
    do {
      let result = try Evaluator.run(goldPath: goldPath, corpusPath: corpusPath)
      print("Gold: \(goldPath)\nCorpus: \(result.corpusPath)\n")
      print(result.report.table(), terminator: "")
      if details && !result.report.details.isEmpty {
        print("\nDetails:")
        for line in result.report.details { print("  " + line) }
      }
      return result.report.targetsMet ? 0 : 1
    } catch {
      printError("dossier eval: \(error)")
      return 1
    }
  }
}
