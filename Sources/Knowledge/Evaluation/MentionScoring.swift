import Corpus

/// Scores the names Dossier finds in the documents against the gold file's mentions, the way
/// CoNLL's conlleval scores named entities: a found name is correct when a gold mention has
/// exactly its span and its kind; precision is over what Dossier found of a kind, recall over
/// the gold mentions of that kind. A name Dossier finds is typed by its entity's kind.
enum MentionScoring {
  /// The kinds the target is set on: the three a reader of news looks for.
  static let targetKinds: Set<String> = ["person", "place", "organization"]

  private struct Span: Hashable {
    let document: String
    let range: Range<Int>
  }

  private struct Tally {
    var gold = 0
    var found = 0
    var correct = 0

    mutating func add(_ other: Tally) {
      gold += other.gold
      found += other.found
      correct += other.correct
    }
  }

  static func rows(
    _ mentions: [GoldFile.MentionSpan], knowledge: KnowledgeBase, _ targets: GoldFile.Targets,
    _ details: inout [String]
  ) -> [EvaluationReport.Row] {
    let documentOfPath = Dictionary(
      knowledge.corpus.documents.map { ($0.sourceName, $0.id) }, uniquingKeysWith: { a, _ in a })
    var goldKind: [Span: String] = [:]
    var tallies: [String: Tally] = [:]
    for mention in mentions {
      let span = Span(document: mention.document, range: mention.start..<mention.end)
      if let id = documentOfPath[mention.document], let text = mention.text {
        let document = knowledge.corpus.documents[id]
        let written =
          mention.end <= document.text.bytes.count && mention.start <= mention.end
          ? document.text[span.range] : ""
        if written != text {
          details.append(
            "gold mention \(mention.document):\(mention.start) reads “\(written)”, not “\(text)”")
        }
      }
      goldKind[span] = mention.kind
      tallies[mention.kind, default: Tally()].gold += 1
    }
    var met: Set<Span> = []
    let goldDocuments = Set(mentions.map(\.document))
    for document in knowledge.corpus.documents where goldDocuments.contains(document.sourceName) {
      for match in knowledge.mentions(inDocument: document.id) {
        let kind = knowledge.entities[match.entityID].kind.rawValue
        let span = Span(document: document.sourceName, range: match.byteRange)
        tallies[kind, default: Tally()].found += 1
        if goldKind[span] == kind {
          tallies[kind, default: Tally()].correct += 1
          met.insert(span)
        } else {
          let wanted = goldKind[span].map { "gold \($0)" } ?? "no gold mention there"
          details.append(
            "mention: \(document.sourceName):\(span.range.lowerBound) “\(match.surface)” \(kind), \(wanted)"
          )
        }
      }
    }
    for mention in mentions {
      let span = Span(document: mention.document, range: mention.start..<mention.end)
      if !met.contains(span) {
        details.append(
          "mention missed: \(mention.document):\(mention.start) “\(mention.text ?? "")” \(mention.kind)"
        )
      }
    }
    var rows: [EvaluationReport.Row] = []
    for kind in EntityKind.allCases.map(\.rawValue) {
      guard let tally = tallies[kind], tally.gold > 0 || tally.found > 0 else { continue }
      rows.append(row("Mentions: " + kind, tally, target: nil))
    }
    var targeted = Tally()
    var all = Tally()
    for (kind, tally) in tallies {
      all.add(tally)
      if targetKinds.contains(kind) { targeted.add(tally) }
    }
    rows.append(row("Mentions: person+place+org", targeted, target: targets.mentionF1))
    rows.append(row("Mentions: all kinds", all, target: nil))
    return rows
  }

  private static func row(_ category: String, _ tally: Tally, target: Double?)
    -> EvaluationReport.Row
  {
    let precision = Evaluator.ratio(tally.correct, tally.found)
    let recall = Evaluator.ratio(tally.correct, tally.gold)
    var f1: Double?
    if let precision, let recall, precision + recall > 0 {
      f1 = 2 * precision * recall / (precision + recall)
    } else if precision != nil || recall != nil {
      f1 = 0
    }
    return EvaluationReport.Row(
      category: category, gold: tally.gold, found: tally.found, correct: tally.correct,
      precision: precision, recall: recall, f1: f1,
      target: target.map { "F1 ≥ " + EvaluationReport.format($0) } ?? "",
      met: target.map { (f1 ?? 0) >= $0 })
  }
}
