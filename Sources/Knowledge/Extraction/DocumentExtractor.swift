import Corpus

/// What one extraction worker has read so far, shared by the documents it reads: the words it
/// has seen (the corpus's vocabulary, in part) and the names and labels its candidates are
/// numbered by.
struct ExtractionTables: Sendable {
  var vocabulary = CorpusVocabulary()
  /// Folded names (`NameCandidate.name`).
  var names = InternTable()
  /// Roles and nationalities (`NameCandidate.role`, `.nationality`).
  var labels = InternTable()
  /// Room to fold one name in, reused.
  fileprivate var scratch: [UInt8] = []

  init() {}
}

/// Reads one document on its own: its candidate names, alias and part statements, quotations
/// and vocabulary. Independent of every other document, so documents run in parallel, each
/// worker with its own `ExtractionTables`.
enum DocumentExtractor {
  static func extract(_ corpusDocument: CorpusDocument) -> (DocumentFacts, ExtractionTables) {
    var tables = ExtractionTables()
    let facts = extract(corpusDocument, into: &tables)
    return (facts, tables)
  }

  static func extract(_ corpusDocument: CorpusDocument, into tables: inout ExtractionTables)
    -> DocumentFacts
  {
    let document = TokenizedDocument(corpusDocument)
    var facts = DocumentFacts(documentID: corpusDocument.id)
    // Reused from sentence to sentence.
    var phrases: [NamePhrase] = []
    var names: [ReadName] = []
    for (sentenceIndex, range) in document.sentenceTokens.enumerated() {
      guard !range.isEmpty, document.isStory(sentence: sentenceIndex) else { continue }
      collectVocabulary(document, range, into: &tables.vocabulary)
      if isHeadline(document, range) { continue }
      phrases.removeAll(keepingCapacity: true)
      NamePhrases.find(in: document, sentence: range, into: &phrases)
      guard !phrases.isEmpty else { continue }
      names.removeAll(keepingCapacity: true)
      for phrase in phrases {
        PhraseReader.read(
          phrase, in: document, sentenceIndex: sentenceIndex, sentence: range,
          labels: &tables.labels, into: &names)
      }
      names.removeAll { isDatelineOutlet($0, document) }
      guard !names.isEmpty else { continue }
      markPersonLists(&names, document)
      var view = SentenceView(
        document: document, range: range, sentenceIndex: sentenceIndex, names: names)
      let aliases = AliasStatements.find(in: &view)
      let parts = PartStatements.find(in: view, aliasStatements: aliases)
      // Statements name candidates by their index in the sentence; make it the document's.
      let base = facts.candidates.count
      if !aliases.isEmpty { facts.aliasStatements += aliases.map { $0.shifted(by: base) } }
      if !parts.isEmpty { facts.partStatements += parts.map { $0.shifted(by: base) } }
      for name in view.names {
        tables.scratch.removeAll(keepingCapacity: true)
        document.appendFoldedName(name.tokens, to: &tables.scratch)
        let nameID = tables.scratch.withUnsafeBufferPointer { tables.names.intern($0) }
        let draft = name.candidate
        facts.candidates.append(
          NameCandidate(
            documentID: corpusDocument.id, sentenceIndex: sentenceIndex,
            byteRange: draft.byteRange, name: nameID, secondWordStart: draft.secondWordStart,
            isSentenceInitial: draft.isSentenceInitial, cues: draft.cues, role: draft.role,
            nationality: draft.nationality, hasUpperWord: draft.hasUpperWord))
      }
    }
    facts.quotations = QuotationFinder.find(in: document)
    // Kept until the whole corpus is read: no spare capacity.
    facts.candidates = facts.candidates.map { $0 }
    return facts
  }

  /// Words seen in lower case, and capitalised inside a sentence, across the story.
  private static func collectVocabulary(
    _ document: TokenizedDocument, _ range: Range<Int>, into vocabulary: inout CorpusVocabulary
  ) {
    var first = true
    for index in range {
      let token = document.tokens[index]
      guard token.kind == .word else {
        if token.kind == .number { first = false }
        continue
      }
      defer { first = false }
      switch token.letterCase {
      case .lower: vocabulary.lowercase.insert(token.key)
      case .capitalized:
        vocabulary.mixedCase.insert(token.key)
        if !first && !token.newlineBefore && !NamePhrases.opensClause(document, index) {
          vocabulary.capitalizedInside.insert(token.key)
          let previous = document.tokens[index - 1]
          if !(previous.kind == .word && previous.isIn(.determiner)) {
            vocabulary.capitalizedBare.insert(token.key)
          }
        }
      case .upper:
        if !first && !token.newlineBefore { vocabulary.capitalizedInside.insert(token.key) }
      case .other: break
      }
    }
  }

  /// A title-case line ("Japan Hopes to Establish Mutual Trust With Russia"): its capitals are
  /// style, not names.
  static func isHeadline(_ document: TokenizedDocument, _ range: Range<Int>) -> Bool {
    var capitalized = 0
    for index in range {
      let token = document.tokens[index]
      guard token.kind == .word, token.byteRange.count >= 4 else { continue }
      if token.isIn(.function) { continue }
      if token.letterCase == .lower { return false }
      if token.isCapitalized { capitalized += 1 }
    }
    if capitalized < 3 { return false }
    let last = document.tokens[range.upperBound - 1]
    return !(last.kind == .punctuation && last.firstScalar == 0x2E)
  }

  /// The agency in a dateline, "STANLEY, July 3 (Wire) - …": the outlet, not the story.
  private static func isDatelineOutlet(_ name: ReadName, _ document: TokenizedDocument) -> Bool {
    let before = name.phraseTokens.lowerBound - 1
    let after = name.phraseTokens.upperBound
    guard document.isMark(before, 0x28), document.isMark(after, 0x29),
      after + 1 < document.tokens.count
    else { return false }
    let dash = document.tokens[after + 1]
    return dash.kind == .punctuation
      && (Scalars.isDash(dash.firstScalar) || Scalars.isHyphen(dash.firstScalar))
  }

  /// Names listed after a role noun are all people: "their deputies, Igor Morgulov and Takeo
  /// Mori"; "the foreign ministers, Sergey Lavrov and Taro Kono".
  private static func markPersonLists(_ names: inout [ReadName], _ document: TokenizedDocument) {
    guard names.count > 1 else { return }
    for index in 1..<names.count where names[index - 1].candidate.isPerson {
      let gapStart = names[index - 1].phraseTokens.upperBound
      let gapEnd = names[index].phraseTokens.lowerBound
      // An affiliation and the titled person after it share one phrase: no gap between them.
      guard gapEnd > gapStart && gapEnd - gapStart <= 2 else { continue }
      let gap = gapStart..<gapEnd
      let joins = gap.allSatisfy { position in
        document.isMark(position, 0x2C)
          || (document.tokens[position].isLowerWord
            && document.tokens[position].key == LexiconKeys.and)
      }
      let previousIsList = !names[index - 1].candidate.hasRole
      // A name before a role is that role's employer, in an apposition, not a second person:
      // "Hilary Braysmith, USI associate professor".
      let next = names[index].tokens.upperBound
      let modifiesRole =
        next < document.tokens.count && document.tokens[next].isLowerWord
        && document.tokens[next].isIn([.roleNoun, .titleHead, .titleModifier])
      if joins && previousIsList && !modifiesRole
        && PhraseReader.isPersonName(document, names[index].tokens)
      {
        names[index].candidate.cues.insert(.personStrong)
      }
    }
  }
}
