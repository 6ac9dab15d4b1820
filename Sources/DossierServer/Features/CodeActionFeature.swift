import Corpus
import JSONRPC
import Knowledge

/// Code actions: a quick fix for each diagnostic (the source's exact wording for a
/// misquotation, the known spelling of a name, both names for mixed names), and two rewrites
/// anywhere: "name both sides" on a name one side uses ("Southern Kurils" → "Southern Kurils
/// (Northern Territories)") and "cite the source" of a quotation or a name (after its
/// sentence, or as a footnote in markdown).
///
/// Actions edit only documents the client has open, with the version they were computed
/// for when the client takes versioned edits.
enum CodeActionFeature {
  /// At most this many "cite the source" actions at once (one per name in the range).
  static let citationLimit = 3

  static func codeActions(_ params: CodeActionParams, _ context: RequestContext) throws
    -> [CodeAction]?
  {
    let uri = params.textDocument.uri
    guard let open = context.documents[uri] else { return [] }
    let document = try context.document(uri)
    let text = document.text
    let start = text.byteOffset(of: params.range.start, context.encoding)
    let range = start..<max(start, text.byteOffset(of: params.range.end, context.encoding))
    let builder = ActionBuilder(
      document: document, open: open, context: context,
      clientDiagnostics: params.context.diagnostics)
    var actions: [CodeAction] = []
    var fixedRanges = Set<Range<Int>>()
    if wanted("quickfix", only: params.context.only) {
      var problems: [String] = []
      let checks = WritingSettings(context.settings, problems: &problems).checks
      for finding in DiagnosticsFeature.findings(
        in: document, context, checks: checks, touching: range)
      {
        let fixes = builder.quickFixes(for: finding)
        if !fixes.isEmpty { fixedRanges.insert(finding.byteRange) }
        actions += fixes
      }
    }
    if wanted("refactor.rewrite", only: params.context.only) {
      for match in document.matches(
        overlapping: range.lowerBound..<max(range.upperBound, range.lowerBound + 1))
      where !fixedRanges.contains(match.byteRange) {
        if let action = builder.nameBothSides(match) { actions.append(action) }
      }
      actions += builder.citations(touching: range).prefix(citationLimit)
    }
    return actions
  }

  /// True when `kind` is among the kinds asked for (or a sub-kind of one), or none were.
  static func wanted(_ kind: String, only: [String]?) -> Bool {
    guard let only, !only.isEmpty else { return true }
    return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
  }
}

/// Builds the actions of one request.
struct ActionBuilder {
  let document: AnalyzedDocument
  let open: OpenDocument
  let context: RequestContext
  let clientDiagnostics: [JSONValue]

  var text: SourceText { document.text }

  func edit(_ edits: [TextEdit]) -> WorkspaceEdit {
    WorkspaceEdit(
      uri: open.uri, version: open.version, edits: edits,
      versioned: context.client.supportsVersionedEdits)
  }

  func replacing(_ byteRange: Range<Int>, with newText: String) -> TextEdit {
    TextEdit(range: text.lspRange(ofBytes: byteRange, context.encoding), newText: newText)
  }

  // MARK: - Quick fixes

  func quickFixes(for finding: Finding) -> [CodeAction] {
    let diagnostics = linkedDiagnostics(finding)
    switch finding.kind {
    case .misquotation(_, let wording):
      guard let wording else { return [] }
      return [
        CodeAction(
          title: "Quote the source exactly: “\(Self.shortened(wording))”", kind: "quickfix",
          diagnostics: diagnostics, isPreferred: true,
          edit: edit([replacing(finding.byteRange, with: wording)]))
      ]
    case .nameSpelling(let suggestions):
      // The obvious fix: the one closest spelling, when no other is as close.
      let closest = suggestions.filter { $0.distance == suggestions.first?.distance }
      return suggestions.enumerated().map { position, suggestion in
        CodeAction(
          title: "Change to “\(suggestion.word)”"
            + (suggestion.word == suggestion.name ? "" : " (\(suggestion.name))"),
          kind: "quickfix", diagnostics: diagnostics,
          isPreferred: position == 0 && closest.count == 1 ? true : nil,
          edit: edit([replacing(finding.byteRange, with: suggestion.word)]))
      }
    case .mixedNames(_, _, _, let otherRange):
      let name = text[finding.byteRange]
      let other = text[otherRange]
      return [
        CodeAction(
          title: "Name both sides: “\(name) (\(other))”", kind: "quickfix",
          diagnostics: diagnostics, isPreferred: true,
          edit: edit([
            replacing(
              finding.byteRange.upperBound..<finding.byteRange.upperBound, with: " (\(other))")
          ]))
      ]
    }
  }

  /// The client's diagnostics this finding explains (same code and range), else the
  /// diagnostic the server would publish for it.
  func linkedDiagnostics(_ finding: Finding) -> [JSONValue] {
    let range = text.lspRange(ofBytes: finding.byteRange, context.encoding)
    let rangeValue = try? JSONValueEncoder().encode(range)
    let sent = clientDiagnostics.filter { diagnostic in
      diagnostic["code"]?.stringValue == finding.code && diagnostic["range"] == rangeValue
    }
    if !sent.isEmpty { return sent }
    let own = DiagnosticsFeature.diagnostic(finding, document, context)
    return (try? JSONValueEncoder().encode(own)).map { [$0] } ?? []
  }

  // MARK: - Name both sides

  /// "Southern Kurils" → "Southern Kurils (Northern Territories)", unless the sentence already
  /// names the other side.
  func nameBothSides(_ match: TextMatch) -> CodeAction? {
    let entity = context.entity(match.entityID)
    guard let perspective = entity.perspective(ofSurface: match.surface),
      !document.namesOtherSide(of: entity, side: perspective.side, near: match.byteRange)
    else { return nil }
    let others = perspective.others.map(\.name).joined(separator: " / ")
    return CodeAction(
      title: "Name both sides: “\(text[match.byteRange]) (\(others))”", kind: "refactor.rewrite",
      diagnostics: nil, isPreferred: nil,
      edit: edit([
        replacing(match.byteRange.upperBound..<match.byteRange.upperBound, with: " (\(others))")
      ]))
  }

  // MARK: - Cite the source

  /// The source of each quotation the range touches (when found), else the defining sentence
  /// of each name it touches.
  func citations(touching range: Range<Int>) -> [CodeAction] {
    var actions: [CodeAction] = []
    var cited = Set<SentenceRef>()
    let searches = context.analysis.derived(QuoteSearches.self, index: context.index) {
      QuoteSearches(finder: context.analysis.quoteFinder(index: context.index))
    }
    if document.corpusDocumentID == nil {
      for span in QuotedSpans.find(in: text.bytes) where span.touches(range) {
        guard let match = searches.best(for: text[span]),
          match.score >= QuoteFinder.nearMatchThreshold, cited.insert(match.sentence).inserted,
          let action = cite(match.sentence, what: "the quotation", after: span)
        else { continue }
        actions.append(action)
      }
    }
    guard actions.isEmpty else { return actions }
    let probe = range.lowerBound..<max(range.upperBound, range.lowerBound + 1)
    for match in document.matches(overlapping: probe) {
      let entity = context.entity(match.entityID)
      guard let definition = entity.definition, cited.insert(definition).inserted,
        !document.corpusDocumentIDs.contains(definition.documentID),
        let action = cite(definition, what: entity.name, after: match.byteRange)
      else { continue }
      actions.append(action)
    }
    return actions
  }

  /// Inserts a citation of `sentence` at the end of the draft's sentence that holds
  /// `byteRange`: "(The Japan Times, 2022-01-27, 000_x.txt:12)" in text, a footnote in
  /// markdown. Nil when that citation is already there.
  func cite(_ sentence: SentenceRef, what: String, after byteRange: Range<Int>) -> CodeAction? {
    let source = context.index.corpus.documents[sentence.documentID]
    let citation = context.citation(of: sentence)
    let draftSentence = DraftText.sentence(containing: byteRange.lowerBound, in: text.bytes)
    let sentenceEnd = max(draftSentence.upperBound, byteRange.upperBound)
    let point = DraftText.citationPoint(sentenceEnd: sentenceEnd, in: text.bytes)
    // Already cited in that sentence or just after it, or by a footnote of it.
    let nearby = text[draftSentence.lowerBound..<min(text.bytes.count, point + 400)]
    if nearby.contains(citation) { return nil }
    if isMarkdown, footnoteLabels(citing: citation).contains(where: { nearby.contains("[^\($0)]") })
    {
      return nil
    }
    var label = [source.outlet ?? source.title, source.date].compactMap { $0 }
    label.append(citation)
    let reference = label.joined(separator: ", ")
    let title = "Cite the source of \(what): \(reference)"
    guard isMarkdown else {
      return CodeAction(
        title: title, kind: "refactor.rewrite", diagnostics: nil, isPreferred: nil,
        edit: edit([replacing(point..<point, with: " (\(reference))")]))
    }
    let number = nextFootnoteNumber()
    let location = context.location(of: sentence)
    let quoted = DiagnosticsFeature.clipped(context.knowledge.sentenceText(sentence))
    let linked =
      (label.dropLast() + [
        "[\(citation)](\(location.uri.string)#L\(location.range.start.line + 1))"
      ])
      .joined(separator: ", ")
    let end = text.bytes.count
    let separator = text.bytes.last == 0x0A ? "\n" : "\n\n"
    return CodeAction(
      title: title, kind: "refactor.rewrite", diagnostics: nil, isPreferred: nil,
      edit: edit([
        replacing(point..<point, with: "[^\(number)]"),
        replacing(end..<end, with: separator + "[^\(number)]: \(linked): “\(quoted)”\n"),
      ]))
  }

  var isMarkdown: Bool {
    let id = open.languageId.lowercased()
    let path = open.uri.string.lowercased()
    return id == "markdown" || id == "md" || path.hasSuffix(".md") || path.hasSuffix(".markdown")
  }

  /// The labels of the footnotes whose text holds `citation` ("[^2]: …, file.txt:12 …").
  func footnoteLabels(citing citation: String) -> [String] {
    text.string.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).compactMap { line in
      guard line.hasPrefix("[^"), line.contains(citation),
        let close = line.firstIndex(of: "]"), line[close...].hasPrefix("]:")
      else { return nil }
      return String(line[line.index(line.startIndex, offsetBy: 2)..<close])
    }
  }

  /// One more than the largest numbered footnote ("[^3]") in the document.
  func nextFootnoteNumber() -> Int {
    let bytes = text.bytes
    var largest = 0
    var index = 0
    while index + 3 < bytes.count {
      if bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") {
        var number = 0
        var end = index + 2
        while end < bytes.count, end - index < 10, bytes[end] >= 0x30, bytes[end] <= 0x39 {
          number = number * 10 + Int(bytes[end] - 0x30)
          end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "]") { largest = max(largest, number) }
        index = end
      } else {
        index += 1
      }
    }
    return largest + 1
  }

  /// At most about 60 characters, for a title.
  static func shortened(_ text: String) -> String {
    text.count > 60 ? String(text.prefix(57)) + "…" : text
  }
}
