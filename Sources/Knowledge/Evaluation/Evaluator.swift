import Corpus

/// Scores a knowledge base against a gold file.
///
/// - Entities: an entity is correct when its names meet exactly one gold entity not met before;
///   one that meets two gold entities (a wrong merge), a gold entity already met (a split) or
///   none is wrong, unless its names are only "acceptable" ones. Kinds are scored on the
///   correct ones.
/// - Alias pairs: every pair of names an alias statement gives one entity, with who uses each;
///   correct when the gold file has the pair and the same sides (countries, their demonyms
///   and short names count as one side: "Britain", "the British", "United Kingdom").
/// - Person resolutions: each (document, name as written in the story) a person entity is
///   mentioned by; correct when the gold file resolves it to the same person.
/// - Quotations: each quotation attributed to an entity; correct when the gold file gives the
///   same speaker in the same document for words that start the same way.
/// - Boilerplate-only names: how many entities bear a name that occurs only in page furniture.
/// - Person short names: the resolutions of a person's short name ("Trump") to the full one.
/// - Mentions, when the gold file lists them: each name Dossier finds in a document, correct
///   when a gold mention has the same span and kind (CoNLL's conlleval), per kind and overall.
///
/// An entity that meets no gold entity and bears an "acceptable" name is left out of every
/// count, its people's resolutions too.
public enum Evaluator {
  public static func evaluate(_ gold: GoldFile, knowledge: KnowledgeBase) -> EvaluationReport {
    var details: [String] = []
    var rows: [EvaluationReport.Row] = []
    let targets = gold.targets ?? .defaults
    let entityScores = scoreEntities(gold, knowledge, targets, &details)
    rows += entityScores.rows
    rows.append(scoreAliases(gold, knowledge, targets, &details))
    let people = PeopleScoring(
      gold: gold, knowledge: knowledge, goldOfEntity: entityScores.goldOfEntity,
      skipped: entityScores.skipped)
    rows.append(people.resolutions(targets, &details))
    rows.append(people.shortNames(targets, &details))
    rows.append(scoreQuotations(gold, knowledge, entityScores.goldOfEntity, &details))
    rows.append(scoreBoilerplate(gold, knowledge, &details))
    if let mentions = gold.mentions {
      rows += MentionScoring.rows(mentions, knowledge: knowledge, targets, &details)
    }
    return EvaluationReport(rows: rows, details: details)
  }

  /// A precision and recall target as printed ("P ≥ 0.90, R = 1.00"), and whether it is met;
  /// an empty target, met by anything, when neither threshold is set.
  static func target(
    precision: Double?, recall: Double?, found: (precision: Double?, recall: Double?)
  ) -> (text: String, met: Bool?) {
    var parts: [String] = []
    var met = true
    if let precision {
      parts.append("P ≥ " + EvaluationReport.format(precision))
      met = met && (found.precision ?? 1) >= precision
    }
    if let recall {
      parts.append((recall >= 1 ? "R = " : "R ≥ ") + EvaluationReport.format(recall))
      met = met && (found.recall ?? 1) >= recall
    }
    return parts.isEmpty ? ("", nil) : (parts.joined(separator: ", "), met)
  }

  static func normalize(_ name: String) -> String { NameKey.normalize(name) }

  /// A side as one key: a country by any of its names or demonyms, anything else as written.
  static func side(_ name: String) -> String {
    var folded = normalize(name)
    if folded.hasPrefix("the ") { folded.removeFirst(4) }
    if let country = Countries.byName[folded] ?? Countries.byDemonym[folded] {
      return normalize(country.name)
    }
    return folded
  }

  static func ratio(_ part: Int, _ whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) / Double(whole)
  }

  // MARK: - Entities

  private static func scoreEntities(
    _ gold: GoldFile, _ knowledge: KnowledgeBase, _ targets: GoldFile.Targets,
    _ details: inout [String]
  ) -> (rows: [EvaluationReport.Row], goldOfEntity: [Int: Int], skipped: Set<Int>) {
    var goldOfName: [String: Set<Int>] = [:]
    for (index, entity) in gold.entities.enumerated() {
      for name in entity.allNames { goldOfName[normalize(name), default: []].insert(index) }
    }
    let acceptable = Set((gold.acceptable ?? []).map(normalize))
    var goldOfEntity: [Int: Int] = [:]
    var skipped: Set<Int> = []
    var matchedGold: Set<Int> = []
    var found = 0
    var correct = 0
    var kindsCorrect = 0
    for entity in knowledge.entities where entity.bodyMentionCount > 0 {
      let names = entity.allNames.map(normalize)
      let matches = names.reduce(into: Set<Int>()) { $0.formUnion(goldOfName[$1] ?? []) }
      // An entity is who its own name says before what its aliases say: "Valeska Paris", a
      // person GUM links to no article, is not the city whose name is her lone surname.
      let ownName = normalize(entity.name)
      if (matches.isEmpty && names.contains(where: acceptable.contains))
        || (goldOfName[ownName] == nil && acceptable.contains(ownName))
      {
        skipped.insert(entity.id)
        continue
      }
      found += 1
      guard matches.count == 1, let match = matches.first else {
        if matches.isEmpty {
          details.append("entity not in gold: \(entity.name) [\(entity.kind.rawValue)]")
        } else {
          let merged = matches.sorted().map { gold.entities[$0].name }.joined(separator: " + ")
          details.append("entity merges gold entities: \(entity.name) = \(merged)")
        }
        continue
      }
      guard matchedGold.insert(match).inserted else {
        details.append(
          "entity splits a gold entity: \(entity.name) (again \(gold.entities[match].name))")
        continue
      }
      goldOfEntity[entity.id] = match
      correct += 1
      if entity.kind.rawValue == gold.entities[match].kind.lowercased() {
        kindsCorrect += 1
      } else {
        details.append(
          "kind: \(entity.name) is \(entity.kind.rawValue), gold says \(gold.entities[match].kind)")
      }
    }
    for (index, entity) in gold.entities.enumerated() where !matchedGold.contains(index) {
      details.append("entity missed: \(entity.name)")
    }
    let precision = ratio(correct, found)
    let recall = ratio(correct, gold.entities.count)
    let goal = target(
      precision: targets.entityPrecision, recall: nil, found: (precision, recall))
    let rows = [
      EvaluationReport.Row(
        category: "Entities", gold: gold.entities.count, found: found, correct: correct,
        precision: precision, recall: recall, target: goal.text, met: goal.met),
      EvaluationReport.Row(
        category: "Entity kinds", gold: nil, found: correct, correct: kindsCorrect,
        precision: ratio(kindsCorrect, correct), recall: nil, target: "", met: nil),
    ]
    return (rows, goldOfEntity, skipped)
  }

  // MARK: - Alias pairs

  private struct PairKey: Hashable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
      (first, second) = a < b ? (a, b) : (b, a)
    }
  }

  private static func scoreAliases(
    _ gold: GoldFile, _ knowledge: KnowledgeBase, _ targets: GoldFile.Targets,
    _ details: inout [String]
  ) -> EvaluationReport.Row {
    // Gold: every pair within a group, and each name's sides.
    var goldPairs: [PairKey: Int] = [:]
    var goldSides: [Int: [String: Set<String>]] = [:]
    for (group, aliasGroup) in gold.aliases.enumerated() {
      let names = aliasGroup.names.map { normalize($0.name) }
      for name in aliasGroup.names {
        goldSides[group, default: [:]][normalize(name.name)] = Set((name.usedBy ?? []).map(side))
      }
      for i in names.indices {
        for j in names.indices where j > i { goldPairs[PairKey(names[i], names[j])] = group }
      }
    }
    var found = 0
    var correct = 0
    var foundPairs: Set<PairKey> = []
    for entity in knowledge.entities {
      let stated = entity.statedNames
      for i in stated.indices {
        for j in stated.indices where j > i {
          let a = normalize(stated[i].name)
          let b = normalize(stated[j].name)
          guard a != b else { continue }
          let key = PairKey(a, b)
          guard foundPairs.insert(key).inserted else { continue }
          found += 1
          let sidesA = Set(stated[i].usedBy.map(side))
          let sidesB = Set(stated[j].usedBy.map(side))
          guard let group = goldPairs[key] else {
            details.append("alias pair not in gold: \(stated[i].name) ⇔ \(stated[j].name)")
            continue
          }
          let expected = goldSides[group] ?? [:]
          if expected[a] == sidesA && expected[b] == sidesB {
            correct += 1
          } else {
            details.append(
              "alias pair sides: \(stated[i].name) \(sidesA.sorted()) ⇔ \(stated[j].name) \(sidesB.sorted()), gold \(expected[a]?.sorted() ?? []) ⇔ \(expected[b]?.sorted() ?? [])"
            )
          }
        }
      }
    }
    for key in goldPairs.keys.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) })
    where !foundPairs.contains(key) {
      details.append("alias pair missed: \(key.first) ⇔ \(key.second)")
    }
    let precision = ratio(correct, found)
    let recall = ratio(correct, goldPairs.count)
    let goal = target(
      precision: targets.aliasPrecision, recall: targets.aliasRecall, found: (precision, recall))
    return EvaluationReport.Row(
      category: "Alias pairs", gold: goldPairs.count, found: found, correct: correct,
      precision: precision, recall: recall, target: goal.text, met: goal.met)
  }

  // MARK: - Quotations

  private static func scoreQuotations(
    _ gold: GoldFile, _ knowledge: KnowledgeBase, _ goldOfEntity: [Int: Int],
    _ details: inout [String]
  ) -> EvaluationReport.Row {
    guard let quotations = gold.quotations else {
      // A gold file that does not annotate quotations scores none: only what was found shows.
      let found = knowledge.entities.reduce(0) { $0 + $1.quotations.count }
      return EvaluationReport.Row(
        category: "Quotations", gold: nil, found: found, correct: nil, precision: nil,
        recall: nil, target: "", met: nil)
    }
    var goldIndex: [String: Int] = [:]
    for (index, entity) in gold.entities.enumerated() { goldIndex[normalize(entity.name)] = index }
    let expected = quotations.map {
      (document: $0.document, speaker: goldIndex[normalize($0.speaker)], text: normalize($0.text))
    }
    var met = Set<Int>()
    var found = 0
    var correct = 0
    for entity in knowledge.entities {
      for quotation in entity.quotations {
        found += 1
        let document = knowledge.corpus.documents[quotation.source.documentID].sourceName
        let text = normalize(quotation.text)
        let match = expected.indices.first { index in
          !met.contains(index) && expected[index].document == document
            && (text.hasPrefix(expected[index].text) || expected[index].text.hasPrefix(text))
        }
        if let match, expected[match].speaker == goldOfEntity[entity.id] {
          met.insert(match)
          correct += 1
        } else {
          details.append("quotation: \(document) “\(quotation.text.prefix(40))…” → \(entity.name)")
        }
      }
    }
    for (index, quotation) in quotations.enumerated() where !met.contains(index) {
      details.append(
        "quotation missed: \(quotation.document) “\(quotation.text)” → \(quotation.speaker)")
    }
    return EvaluationReport.Row(
      category: "Quotations", gold: expected.count, found: found, correct: correct,
      precision: ratio(correct, found), recall: ratio(correct, expected.count), target: "",
      met: nil)
  }

  // MARK: - Boilerplate

  private static func scoreBoilerplate(
    _ gold: GoldFile, _ knowledge: KnowledgeBase, _ details: inout [String]
  ) -> EvaluationReport.Row {
    let names = Set(gold.boilerplateOnly.map(normalize))
    var found = 0
    for entity in knowledge.entities {
      if let name = entity.allNames.first(where: { names.contains(normalize($0)) }) {
        found += 1
        details.append("boilerplate-only name is an entity: \(name)")
      }
    }
    return EvaluationReport.Row(
      category: "Boilerplate-only names", gold: names.count, found: found, correct: nil,
      precision: nil, recall: nil, target: "none among entities", met: found == 0)
  }
}
