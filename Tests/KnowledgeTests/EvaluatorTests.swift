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
    entities: [GoldFile.Entity], acceptable: [String]? = nil, aliases: [GoldFile.AliasGroup] = [],
    people: [GoldFile.Person] = [], boilerplateOnly: [String] = [],
    mentions: [GoldFile.MentionSpan]? = nil, targets: GoldFile.Targets? = nil
  ) -> GoldFile {
    GoldFile(
      corpus: nil, notes: nil, entities: entities, acceptable: acceptable, aliases: aliases,
      people: people, quotations: nil, boilerplateOnly: boilerplateOnly, mentions: mentions,
      targets: targets)
  }

  /// The byte range of the `occurrence`-th `name` in the test document.
  static func span(_ name: String, occurrence: Int = 0) -> Range<Int> {
    let text = Array(knowledge.corpus.documents[0].text.bytes)
    let needle = Array(name.utf8)
    var seen = 0
    for start in 0...(text.count - needle.count)
    where Array(text[start..<start + needle.count]) == needle {
      if seen == occurrence { return start..<start + needle.count }
      seen += 1
    }
    return 0..<0
  }

  static func mention(_ name: String, _ kind: String, shift: Int = 0) -> GoldFile.MentionSpan {
    let range = span(name)
    return GoldFile.MentionSpan(
      document: "doc0.txt", start: range.lowerBound + shift, end: range.upperBound, kind: kind,
      text: shift == 0 ? name : nil)
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

  @Test func mentionCountsOnlyWithExactSpanAndKind() throws {
    let gold = Self.gold(
      entities: Self.allEntities,
      mentions: [
        Self.mention("Hiroshi Sato", "person"),
        // The same name, another kind: found, but wrong.
        Self.mention("Sendai", "organization"),
        Self.mention("Norway", "place"),
        // A span one byte short of the name: the name found there does not count.
        Self.mention("Iceland", "place", shift: 1),
      ],
      targets: .init(mentionF1: 0.99))
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    let person = try #require(row(report, "Mentions: person"))
    #expect(person.gold == 1 && person.correct == 1 && person.recall == 1.0)
    let place = try #require(row(report, "Mentions: place"))
    #expect(place.gold == 2 && place.correct == 1 && place.recall == 0.5)
    let organization = try #require(row(report, "Mentions: organization"))
    #expect(organization.gold == 1 && organization.correct == 0)
    let targeted = try #require(row(report, "Mentions: person+place+org"))
    #expect(targeted.gold == 4 && targeted.correct == 2)
    #expect(targeted.met == false)
    #expect(
      report.details.contains { $0.hasPrefix("mention missed: doc0.txt:") && $0.contains("Sendai") }
    )
    #expect(report.table().contains("F1"))
  }

  @Test func goldMentionWhoseTextDisagreesWithTheDocumentIsReported() {
    var wrong = Self.mention("Norway", "place")
    wrong.text = "Sweden"
    let report = Evaluator.evaluate(
      Self.gold(entities: Self.allEntities, mentions: [wrong]), knowledge: Self.knowledge)
    #expect(report.details.contains { $0.contains("reads “Norway”, not “Sweden”") })
  }

  @Test func shortNameResolvedToTheFullNameCounts() throws {
    let gold = Self.gold(
      entities: Self.allEntities,
      people: [
        .init(
          person: "Hiroshi Sato",
          mentions: [.init(document: "doc0.txt", surfaces: ["Hiroshi Sato", "Sato"])])
      ],
      targets: .init(shortNameRecall: 0.9))
    let report = Evaluator.evaluate(gold, knowledge: Self.knowledge)
    let short = try #require(row(report, "Person short names"))
    #expect(short.gold == 1 && short.correct == 1 && short.met == true)
  }

  @Test func goldTargetsReplaceTheDefaults() throws {
    // Entity precision is 4/5 here, under the default 0.90; a gold file that sets other
    // targets holds only those.
    let entities = Array(Self.allEntities.dropLast())
    let defaults = Evaluator.evaluate(Self.gold(entities: entities), knowledge: Self.knowledge)
    #expect(row(defaults, "Entities")?.met == false)
    let own = Evaluator.evaluate(
      Self.gold(entities: entities, targets: .init(aliasRecall: 0.5)), knowledge: Self.knowledge)
    #expect(row(own, "Entities")?.met == nil)
    #expect(try #require(row(own, "Alias pairs")).target == "R ≥ 0.50")
  }

  @Test func acceptablePersonIsLeftOutOfResolutions() throws {
    let entities = Self.allEntities.filter { $0.kind != "person" }
    let counted = Evaluator.evaluate(Self.gold(entities: entities), knowledge: Self.knowledge)
    #expect(try #require(row(counted, "Person resolutions")).found > 0)
    let left = Evaluator.evaluate(
      Self.gold(entities: entities, acceptable: ["Hiroshi Sato"]), knowledge: Self.knowledge)
    #expect(try #require(row(left, "Person resolutions")).found == 0)
  }

  @Test func quotationsAreNotScoredWhenTheGoldFileHasNone() throws {
    let report = Evaluator.evaluate(
      Self.gold(entities: Self.allEntities), knowledge: Self.knowledge)
    let quotations = try #require(row(report, "Quotations"))
    #expect(quotations.gold == nil && quotations.precision == nil)
  }

  @Test func tableListsEveryCategory() {
    let report = Evaluator.evaluate(
      Self.gold(entities: Self.allEntities), knowledge: Self.knowledge)
    let table = report.table()
    for category in [
      "Entities", "Entity kinds", "Alias pairs", "Person resolutions", "Person short names",
      "Quotations", "Boilerplate-only names",
    ] {
      #expect(table.contains(category))
    }
  }
}
