/// What the whole corpus says about words: which are seen in lower case (common words), which
/// are capitalised inside sentences (names), which are written in mixed case (so "TOKYO" is
/// shouting, not an acronym).
struct CorpusVocabulary: Sendable {
  var lowercase = KeySet()
  var capitalizedInside = KeySet()
  var mixedCase = KeySet()

  init() {}

  /// Adds the words of a batch of documents.
  mutating func add(_ facts: [DocumentFacts]) {
    for fact in facts {
      lowercase.formUnion(fact.lowercaseKeys)
      capitalizedInside.formUnion(fact.capitalizedKeys)
      mixedCase.formUnion(fact.mixedCaseKeys)
    }
  }

  func isCommonWord(_ folded: String) -> Bool {
    let key = LexiconKeys.key(folded)
    return lowercase.contains(key) || LexiconKeys.neverName.contains(key)
  }

  func isCapitalizedInside(_ folded: String) -> Bool {
    capitalizedInside.contains(LexiconKeys.key(folded))
  }
}

/// Decides which candidates are names: a capital that opens a sentence proves nothing, so
/// "The", "According" and "Since" are dropped, and a lone first word is kept only when the
/// corpus also capitalises it inside sentences ("Moscow has stated …").
enum CandidateCleaner {
  /// `knownNames` holds the folded names read inside sentences: an opening word that is also
  /// a common word stays when the whole name is known ("New Zealand said …").
  static func clean(
    _ candidate: NameCandidate, vocabulary: CorpusVocabulary, knownNames: Set<String>
  ) -> NameCandidate? {
    var folded = candidate.folded
    var surface = candidate.surface
    var byteRange = candidate.byteRange
    let isOneWord = !folded.utf8.contains(0x20)
    // A shouted common word ("PRINT") is not a name.
    if candidate.hasUpperWord && isOneWord
      && vocabulary.lowercase.contains(LexiconKeys.key(folded))
      && !vocabulary.mixedCase.contains(LexiconKeys.key(folded))
    {
      return nil
    }
    if candidate.isSentenceInitial {
      if !isOneWord, let space = folded.firstIndex(of: " "),
        vocabulary.isCommonWord(String(folded[..<space])),
        !candidate.cues.contains(.personStrong), !knownNames.contains(folded)
      {
        folded = String(folded[folded.index(after: space)...])
        if folded.hasPrefix("-") { return nil }
        // The spelling as written is read again from the text, over the new range.
        if let surfaceSpace = surface.firstIndex(of: " ") {
          surface = String(surface[surface.index(after: surfaceSpace)...])
        }
        byteRange = candidate.secondWordStart..<byteRange.upperBound
      } else if isOneWord {
        let known =
          vocabulary.isCapitalizedInside(folded) || Countries.byName[folded] != nil
          || Countries.byCapital[folded] != nil || candidate.cues.contains(.personStrong)
          || candidate.cues.contains(.statedName)
        if !known || vocabulary.isCommonWord(folded) { return nil }
      }
    }
    guard !folded.isEmpty else { return nil }
    return NameCandidate(
      documentID: candidate.documentID, sentenceIndex: candidate.sentenceIndex,
      byteRange: byteRange, surface: surface, folded: folded,
      secondWordStart: byteRange.upperBound, isSentenceInitial: candidate.isSentenceInitial,
      cues: candidate.cues, role: candidate.role, nationality: candidate.nationality,
      hasUpperWord: candidate.hasUpperWord)
  }

  /// True when the words can be a name at all: not only function words or numbers ("PM GMT",
  /// "2019"), and not five or more capitalised words with no connector and no head noun (a menu
  /// or a list of links: "Facebook Twitter LinkedIn WhatsApp Email").
  static func hasNameShape(_ words: [String], isPerson: Bool) -> Bool {
    if words.allSatisfy({ $0 == "-" || LexiconKeys.neverName.contains(LexiconKeys.key($0)) }) {
      return false
    }
    if words.count >= 5 && !isPerson
      && !words.contains(where: {
        CommonWords.nameConnectors.contains($0) || CommonWords.nameParticles.contains($0)
          || $0 == "and" || $0 == "-" || LexiconKeys.anyHead.contains(LexiconKeys.key($0))
      })
    {
      return false
    }
    return !words.allSatisfy({ $0 == "-" || Double($0) != nil })
  }
}
