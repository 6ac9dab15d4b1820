import Knowledge
import Testing

/// The quality targets, held on the hand-annotated gold sets (Tests/Gold: the seeds, the
/// Falklands corpus, saved pages with a scraper's dump): alias pairs and person resolutions at
/// recall 1.0 and precision ≥ 0.9, entity precision ≥ 0.9, and no name seen only in page
/// furniture among the entities.
@Suite struct GoldTargetTests {
  static let goldFolder: String = {
    let file = #filePath
    let tests = file[..<file.range(of: "/KnowledgeTests/")!.lowerBound]
    return tests + "/Gold"
  }()

  @Test(arguments: ["seeds.json", "falklands.json", "saved-pages.json"])
  func goldTargetsAreMet(_ goldFile: String) throws {
    let result = try Evaluator.run(goldPath: Self.goldFolder + "/" + goldFile)
    let report = result.report
    func row(_ category: String) throws -> EvaluationReport.Row {
      try #require(report.rows.first { $0.category == category })
    }
    let context = Comment(rawValue: report.table() + report.details.joined(separator: "\n"))
    #expect(try row("Entities").precision ?? 0 >= 0.9, context)
    #expect(try row("Alias pairs").precision ?? 0 >= 0.9, context)
    #expect(try row("Alias pairs").recall == 1.0, context)
    #expect(try row("Person resolutions").precision ?? 0 >= 0.9, context)
    #expect(try row("Person resolutions").recall == 1.0, context)
    #expect(try row("Boilerplate-only names").found == 0, context)
    #expect(report.targetsMet, context)
  }

  /// The corpus nobody here annotated (Tests/Corpora/gum-news, made by scripts/gum-news.py):
  /// its mentions lie on the names they spell, and it holds what the issue measures.
  @Test func gumNewsGoldMatchesItsTexts() throws {
    let result = try Evaluator.run(goldPath: Self.goldFolder + "/gum-news.json")
    let gold = try GoldFile.load(path: Self.goldFolder + "/gum-news.json")
    #expect(!result.report.details.contains { $0.hasPrefix("gold mention") })
    #expect((gold.mentions?.count ?? 0) >= 1000)
    #expect(gold.entities.count >= 300)
    #expect(gold.aliases.count >= 5)
    #expect(gold.people.count >= 50)
    #expect(result.report.rows.contains { $0.category == "Mentions: person+place+org" })
  }

  @Test func goldSetsAreNotEmpty() throws {
    for goldFile in ["seeds.json", "falklands.json"] {
      let gold = try GoldFile.load(path: Self.goldFolder + "/" + goldFile)
      #expect(gold.entities.count >= 30)
      #expect(!gold.aliases.isEmpty)
      #expect(gold.people.count >= 8)
      #expect(gold.boilerplateOnly.count >= 20)
    }
  }
}
