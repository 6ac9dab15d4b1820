import Corpus

extension Evaluator {
  /// Loads a gold file, reads its corpus (the gold file's `corpus`, relative to the gold file's
  /// folder, unless `corpusPath` is given) with its glossary, and scores what Dossier finds.
  public static func run(
    goldPath: String, corpusPath: String? = nil, log: (String) -> Void = { _ in }
  )
    throws(EvaluationError) -> (report: EvaluationReport, corpusPath: String)
  {
    let gold = try GoldFile.load(path: goldPath)
    let folder = goldPath.contains("/") ? String(goldPath[..<goldPath.lastIndex(of: "/")!]) : "."
    guard let root = corpusPath ?? gold.corpus.map({ $0.hasPrefix("/") ? $0 : folder + "/" + $0 })
    else {
      throw EvaluationError(reason: "\(goldPath) names no corpus; give --corpus DIR")
    }
    let corpus: Corpus
    do {
      corpus = try CorpusLoader.load(root: root, log: log)
    } catch {
      throw EvaluationError(reason: error.description)
    }
    let glossary: Glossary?
    do {
      glossary = try Glossary.load(folder: root)
    } catch {
      throw EvaluationError(reason: error.description)
    }
    let knowledge = KnowledgeBase.build(corpus: corpus, glossary: glossary, log: log)
    return (evaluate(gold, knowledge: knowledge), root)
  }
}
