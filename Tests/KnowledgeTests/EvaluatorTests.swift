import Knowledge
import Testing

/// The evaluator itself: it must catch the errors it claims to measure.
@Suite struct EvaluatorTests {
  static let knowledge = TestCorpus.knowledge(documents: [
    [
      .body(
        "Prime Minister Hiroshi Sato met envoys in Sendai. Sato said the islands, called the Arden Isles in Norway and the Bray Isles in Iceland, matter."
      ),
      .boilerplate("Read more: Roberto Baggio signs for Juventus Turin"),
    ]
  ])

  static func gold(
    entities: [GoldFile.Entity], aliases: [GoldFile.AliasGroup] = [],
    people: [GoldFile.Person] = [], boilerplateOnly: [String] = []
  ) -> GoldFile {
    GoldFile(
      corpus: nil, notes: nil, entities: entities, acceptable: nil, aliases: aliases,
      people: people, quotations: nil, boilerplateOnly: boilerplateOnly)
  }

  static let allEntities: [GoldFile.Entity] = [
    .init(name: "Hiroshi Sato", kind: "person", variants: ["Sato"]),
    .init(name: "Sendai", kind: "place", variants: nil),
    .init(name: "Arden Isles", kind: "place", variants: ["Bray Isles"]),
    .init(name: "Norway", kind: "place", variants: nil),
    .init(name: "Iceland", kind: "place", variants: nil),
  ]

  private func row(_ report: EvaluationReport, _ category: String) -> EvaluationReport.Row? {
    report.rows.first { $0.category == category }
  }

  @Test func perfectGoldScoresOne() throws {
    let gold = Self.gold(
      entities: Self.allEntities,
      aliases: [
        .init(names: [
          .init(name: "Arden Isles", usedBy: ["Norway"]),
          .init(name: "Bray Isles", usedBy: ["Iceland"]),
        ])
      ],
      people: [
        .init(
          person: "Hiroshi Sato",
          mentions: [.init(document: "doc0.txt", surfaces: ["Hiroshi Sato", "Sato"])])
      ],
      boilerplateOnly: ["Roberto Baggio"])
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    #expect(report.targetsMet, Comment(rawValue: report.details.joined(separator: "\n")))
    #expect(row(report, "Entities")?.precision == 1.0)
    #expect(row(report, "Alias pairs")?.recall == 1.0)
    #expect(row(report, "Person resolutions")?.recall == 1.0)
  }

  @Test func entityMissingFromGoldLowersPrecision() {
    let gold = Self.gold(entities: Array(Self.allEntities.dropLast()))
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    #expect(row(report, "Entities")?.precision == 4.0 / 5.0)
    #expect(report.details.contains("entity not in gold: Iceland [place]"))
  }

  @Test func wrongSideFailsTheAliasPair() {
    let gold = Self.gold(
      entities: Self.allEntities,
      aliases: [
        .init(names: [
          .init(name: "Arden Isles", usedBy: ["Iceland"]),
          .init(name: "Bray Isles", usedBy: ["Norway"]),
        ])
      ])
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    #expect(row(report, "Alias pairs")?.correct == 0)
    #expect(!report.targetsMet)
  }

  @Test func boilerplateNameAmongEntitiesMissesTheTarget() {
    let gold = Self.gold(entities: Self.allEntities, boilerplateOnly: ["Sendai"])
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    #expect(row(report, "Boilerplate-only names")?.found == 1)
    #expect(!report.targetsMet)
  }

  @Test func unresolvedSurnameMissesPersonRecall() {
    let gold = Self.gold(
      entities: Self.allEntities,
      people: [
        .init(
          person: "Hiroshi Sato",
          mentions: [.init(document: "doc0.txt", surfaces: ["Hiroshi Sato", "Sato", "H. Sato"])])
      ])
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    #expect(row(report, "Person resolutions")?.recall == 2.0 / 3.0)
    #expect(!report.targetsMet)
  }

  @Test func tableListsEveryCategory() {
    let report = Evaluator.evaluate(
      Self.gold(entities: Self.allEntities), knowledge: Self.knowledge)
    let table = report.table()
    for category in [
      "Entities", "Entity kinds", "Alias pairs", "Person resolutions", "Quotations",
      "Boilerplate-only names",
    ] {
      #expect(table.contains(category))
    }
  }
}
