import Base
import Dispatch
import JSONRPC
import Knowledge

/// The writing checks and the diagnostics they become: a quotation no source contains
/// (warning), a near-miss spelling of a known name (hint), both sides' names for one thing
/// without saying so (information).
enum DiagnosticsFeature {
  /// Every finding in the document (or only those that touch `byteRange`), in order, for the
  /// checks switched on.
  static func findings(
    in document: AnalyzedDocument, _ context: RequestContext, checks: WritingSettings.Checks,
    touching byteRange: Range<Int>? = nil, times: inout StageTimes
  ) -> [Finding] {
    let range = byteRange ?? 0..<document.text.bytes.count
    var findings: [Finding] = []
    if checks.misquotations {
      findings += times.measure("quotations") {
        MisquotationCheck.findings(in: document, context, touching: range)
      }
    }
    // A saved page or a dump is markup and records, not prose: its words are not spelt-checked.
    let isMarkup =
      document.corpusDocumentID.map {
        context.index.corpus.documents[$0].origin != nil
      } ?? false
    if checks.spelling && !isMarkup {
      let names = times.measure("name words") {
        context.analysis.derived(NameWordIndex.self, index: context.index) {
          NameWordIndex(knowledge: context.knowledge)
        }
      }
      findings += times.measure("spelling") {
        NameSpellingCheck.findings(in: document, names: names, touching: range)
      }
    }
    if checks.mixedNames {
      findings += times.measure("mixed names") {
        MixedNamesCheck.findings(
          in: document, entities: context.knowledge.entities,
          sided: context.analysis.derived(SidedEntities.self, index: context.index) {
            SidedEntities(entities: context.knowledge.entities)
          }
        ).filter { $0.byteRange.touches(range) }
      }
    }
    return findings.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
  }

  static func findings(
    in document: AnalyzedDocument, _ context: RequestContext, checks: WritingSettings.Checks,
    touching byteRange: Range<Int>? = nil
  ) -> [Finding] {
    var times = StageTimes()
    return findings(in: document, context, checks: checks, touching: byteRange, times: &times)
  }

  static func diagnostics(
    for document: AnalyzedDocument, _ context: RequestContext, checks: WritingSettings.Checks,
    times: inout StageTimes
  ) -> [Diagnostic] {
    let found = findings(in: document, context, checks: checks, times: &times)
    return times.measure("positions") { found.map { diagnostic($0, document, context) } }
  }

  static func diagnostic(
    _ finding: Finding, _ document: AnalyzedDocument, _ context: RequestContext
  )
    -> Diagnostic
  {
    let range = document.text.lspRange(ofBytes: finding.byteRange, context.encoding)
    switch finding.kind {
    case .misquotation(let nearest, let wording):
      guard let nearest else {
        return Diagnostic(
          range: range, severity: .warning, code: finding.code,
          message: "No source sentence contains this quotation.")
      }
      let source = sourceName(of: nearest.sentence, context)
      let message =
        wording.map {
          "No source sentence contains this quotation; the nearest (\(source)) reads “\($0)”."
        }
        ?? "No source sentence contains this quotation; the nearest (\(source)) shares only some of its words."
      return Diagnostic(
        range: range, severity: .warning, code: finding.code, message: message,
        relatedInformation: [
          DiagnosticRelatedInformation(
            location: context.location(of: nearest.sentence),
            message: "Nearest source sentence: "
              + clipped(context.knowledge.sentenceText(nearest.sentence)))
        ])
    case .nameSpelling(let suggestions):
      let word = document.text[finding.byteRange]
      let options = suggestions.map { suggestion in
        suggestion.word == suggestion.name
          ? "“\(suggestion.word)”" : "“\(suggestion.word)” (\(suggestion.name))"
      }
      return Diagnostic(
        range: range, severity: .hint, code: finding.code,
        message: "“\(word)” is not a name in the corpus; did you mean "
          + options.joined(separator: " or ") + "?",
        relatedInformation: suggestions.compactMap { suggestion in
          context.entity(suggestion.entityID).definition.map {
            DiagnosticRelatedInformation(
              location: context.location(of: $0),
              message: "\(suggestion.name) is defined here")
          }
        })
    case .mixedNames(let entityID, let side, let otherName, let otherRange):
      let entity = context.entity(entityID)
      let otherLine = document.text.lineIndex.line(containing: otherRange.lowerBound) + 1
      let name = document.text[finding.byteRange]
      let other = document.text[otherRange]
      return Diagnostic(
        range: range, severity: .information, code: finding.code,
        message: "“\(name)”\(sideNote(side)) and “\(other)”\(sideNote(otherName, line: otherLine)) "
          + "name the same \(noun(for: entity.kind)), but the document does not say so.",
        relatedInformation: [
          DiagnosticRelatedInformation(
            location: Location(
              uri: document.uri,
              range: document.text.lspRange(ofBytes: otherRange, context.encoding)),
            message: "“\(other)”\(sideNote(otherName)) is used here")
        ])
    }
  }

  // MARK: - Wording

  /// "The Japan Times, 000_x.txt:12".
  static func sourceName(of sentence: SentenceRef, _ context: RequestContext) -> String {
    let document = context.index.corpus.documents[sentence.documentID]
    return ([document.outlet].compactMap { $0 } + [context.citation(of: sentence)])
      .joined(separator: ", ")
  }

  /// " (Japan’s name)", " (Russia’s name, line 3)", " (line 3)", or "".
  static func sideNote(_ side: Alias, line: Int? = nil) -> String {
    var parts: [String] = []
    if !side.usedBy.isEmpty { parts.append(side.usedBy.joined(separator: " and ") + "’s name") }
    if let line { parts.append("line \(line)") }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }

  static func noun(for kind: EntityKind) -> String { kind == .other ? "thing" : kind.rawValue }

  /// At most about 200 characters.
  static func clipped(_ text: String) -> String {
    text.count > 200 ? String(text.prefix(200)) + "…" : text
  }
}

extension Range<Int> {
  /// True when the ranges overlap or one ends where the other starts (a cursor at the edge of
  /// a word touches it).
  func touches(_ other: Range<Int>) -> Bool {
    lowerBound <= other.upperBound && other.lowerBound <= upperBound
  }
}
