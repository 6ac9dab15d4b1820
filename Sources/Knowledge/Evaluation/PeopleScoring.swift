import Corpus

/// Scores which person each name in each document means: every resolution (a person's name
/// as written in a story, by document), and the short names alone ("Trump" for "Donald
/// Trump"), the resolutions a reader cannot make from the name itself.
struct PeopleScoring {
  private struct Resolution: Hashable {
    let document: String
    let surface: String
  }

  /// One person mention of Dossier's, once per (document, surface, entity).
  private struct Found {
    let resolution: Resolution
    let entityID: Int
    let entityName: String
    /// The surface has fewer words than the entity's name.
    let isShort: Bool
  }

  private let gold: GoldFile
  private let goldOfEntity: [Int: Int]
  /// Gold person (index into `gold.entities`) of each (document, surface).
  private let expected: [Resolution: Int]
  /// The expected resolutions whose surface has fewer words than the person's gold name.
  private let expectedShort: Set<Resolution>
  private let found: [Found]
  private let unknownPeople: [String]

  init(gold: GoldFile, knowledge: KnowledgeBase, goldOfEntity: [Int: Int], skipped: Set<Int>) {
    self.gold = gold
    self.goldOfEntity = goldOfEntity
    var goldIndex: [String: Int] = [:]
    for (index, entity) in gold.entities.enumerated() {
      goldIndex[Evaluator.normalize(entity.name)] = index
    }
    var expected: [Resolution: Int] = [:]
    var expectedShort: Set<Resolution> = []
    var unknown: [String] = []
    for person in gold.people {
      guard let index = goldIndex[Evaluator.normalize(person.person)] else {
        unknown.append(person.person)
        continue
      }
      let fullWords = Self.wordCount(gold.entities[index].name)
      for mention in person.mentions {
        for surface in mention.surfaces {
          let resolution = Resolution(
            document: mention.document, surface: Evaluator.normalize(surface))
          expected[resolution] = index
          if Self.wordCount(surface) < fullWords { expectedShort.insert(resolution) }
        }
      }
    }
    var found: [Found] = []
    var seen: Set<[String]> = []
    for entity in knowledge.entities where entity.kind == .person && !skipped.contains(entity.id) {
      let fullWords = Self.wordCount(entity.name)
      for mention in entity.mentions {
        let document = knowledge.corpus.documents[mention.documentID]
        guard let block = document.blockIndex(containing: mention.byteRange.lowerBound),
          document.blocks[block].kind == .body
        else { continue }
        let written = document.text[mention.byteRange]
        let resolution = Resolution(
          document: document.sourceName, surface: Evaluator.normalize(written))
        guard seen.insert([resolution.document, resolution.surface, String(entity.id)]).inserted
        else { continue }
        found.append(
          Found(
            resolution: resolution, entityID: entity.id, entityName: entity.name,
            isShort: Self.wordCount(written) < fullWords))
      }
    }
    self.expected = expected
    self.expectedShort = expectedShort
    self.found = found
    self.unknownPeople = unknown
  }

  /// Words of a name, as the matcher reads them (a hyphen joins: "Kim Jong-un" is two).
  private static func wordCount(_ name: String) -> Int {
    NameKey.normalize(name).split(separator: " ").count
  }

  /// Every resolution: correct when the gold file resolves the same name in the same document
  /// to the same person.
  func resolutions(_ targets: GoldFile.Targets, _ details: inout [String])
    -> EvaluationReport.Row
  {
    for person in unknownPeople {
      details.append("gold person \(person) is not among the gold entities")
    }
    let scored = score(found, expected: Set(expected.keys), label: "person resolution", &details)
    let goal = Evaluator.target(
      precision: targets.personPrecision, recall: targets.personRecall,
      found: (scored.precision, scored.recall))
    return EvaluationReport.Row(
      category: "Person resolutions", gold: expected.count, found: found.count,
      correct: scored.correct, precision: scored.precision, recall: scored.recall,
      target: goal.text, met: goal.met)
  }

  /// Short names only: a name of fewer words than the person's full name, in the gold file
  /// (recall) and in Dossier's entity (precision).
  func shortNames(_ targets: GoldFile.Targets, _ details: inout [String])
    -> EvaluationReport.Row
  {
    let short = found.filter(\.isShort)
    var ignored: [String] = []
    let scored = score(short, expected: expectedShort, label: "short name", &ignored)
    let goal = Evaluator.target(
      precision: targets.shortNamePrecision, recall: targets.shortNameRecall,
      found: (scored.precision, scored.recall))
    return EvaluationReport.Row(
      category: "Person short names", gold: expectedShort.count, found: short.count,
      correct: scored.correct, precision: scored.precision, recall: scored.recall,
      target: goal.text, met: goal.met)
  }

  private func score(
    _ found: [Found], expected wanted: Set<Resolution>, label: String, _ details: inout [String]
  ) -> (correct: Int, precision: Double?, recall: Double?) {
    var correct = 0
    var met: Set<Resolution> = []
    for item in found {
      if let want = expected[item.resolution], goldOfEntity[item.entityID] == want {
        correct += 1
        if wanted.contains(item.resolution) { met.insert(item.resolution) }
      } else {
        let goldName = expected[item.resolution].map { gold.entities[$0].name } ?? "no person"
        details.append(
          "\(label): \(item.resolution.document) “\(item.resolution.surface)” → \(item.entityName), gold \(goldName)"
        )
      }
    }
    for resolution in wanted.sorted(by: { ($0.document, $0.surface) < ($1.document, $1.surface) })
    where !met.contains(resolution) {
      details.append(
        "\(label) missed: \(resolution.document) “\(resolution.surface)” → \(gold.entities[expected[resolution]!].name)"
      )
    }
    return (
      correct, Evaluator.ratio(correct, found.count), Evaluator.ratio(met.count, wanted.count)
    )
  }
}
