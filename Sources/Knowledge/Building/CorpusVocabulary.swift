/// What the whole corpus says about words: which are seen in lower case (common words), which
/// are capitalised inside sentences (names), which are written in mixed case (so "TOKYO" is
/// shouting, not an acronym).
struct CorpusVocabulary: Sendable {
  var lowercase: Set<UInt64> = []
  var capitalizedInside: Set<UInt64> = []
  var mixedCase: Set<UInt64> = []

  init(_ facts: [DocumentFacts]) {
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
    var words = candidate.words
    var surface = candidate.surface
    var byteRange = candidate.byteRange
    var wordStarts = candidate.wordStarts
    // A shouted common word ("PRINT") is not a name.
    if candidate.hasUpperWord && words.count == 1
      && vocabulary.lowercase.contains(LexiconKeys.key(words[0]))
      && !vocabulary.mixedCase.contains(LexiconKeys.key(words[0]))
    {
      return nil
    }
    if candidate.isSentenceInitial {
      if let first = words.first, vocabulary.isCommonWord(first), words.count > 1,
        !candidate.cues.contains(.personStrong),
        !knownNames.contains(EntityGrouper.joinedName(words))
      {
        words.removeFirst()
        wordStarts.removeFirst()
        if words.first == "-" { return nil }
        guard let space = surface.firstIndex(of: " "), let start = wordStarts.first else {
          return nil
        }
        surface = String(surface[surface.index(after: space)...])
        byteRange = start..<byteRange.upperBound
      } else if words.count == 1 {
        let word = words[0]
        let known =
          vocabulary.isCapitalizedInside(word) || Countries.byName[word] != nil
          || Countries.byCapital[word] != nil || candidate.cues.contains(.personStrong)
          || candidate.cues.contains(.statedName)
        if !known || vocabulary.isCommonWord(word) { return nil }
      }
    }
    guard !words.isEmpty else { return nil }
    if words.allSatisfy({ $0 == "-" || LexiconKeys.neverName.contains(LexiconKeys.key($0)) }) {
      return nil  // "PM GMT"
    }
    // Five or more capitalised words with no connector and no head noun are a menu or a list of
    // links ("Facebook Twitter LinkedIn WhatsApp Email"), not a name.
    if words.count >= 5 && !candidate.isPerson
      && !words.contains(where: {
        CommonWords.nameConnectors.contains($0) || CommonWords.nameParticles.contains($0)
          || $0 == "and" || $0 == "-" || LexiconKeys.anyHead.contains(LexiconKeys.key($0))
      })
    {
      return nil
    }
    if words.count == 1 && LexiconKeys.neverName.contains(LexiconKeys.key(words[0])) { return nil }
    if words.allSatisfy({ $0 == "-" || Double($0) != nil }) { return nil }
    return NameCandidate(
      documentID: candidate.documentID, sentenceIndex: candidate.sentenceIndex,
      byteRange: byteRange, surface: surface, words: words, wordStarts: wordStarts,
      isSentenceInitial: candidate.isSentenceInitial, cues: candidate.cues,
      role: candidate.role, nationality: candidate.nationality,
      hasUpperWord: candidate.hasUpperWord)
  }
}
