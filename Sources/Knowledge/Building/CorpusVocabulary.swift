/// What the whole corpus says about words: which are seen in lower case (common words), which
/// are capitalised inside sentences (names), which are written in mixed case (so "TOKYO" is
/// shouting, not an acronym).
struct CorpusVocabulary: Sendable {
  var lowercase = KeySet()
  var capitalizedInside = KeySet()
  /// Capitalised inside a sentence and not right after an article or a possessive pronoun:
  /// "within Kelvara", not only "the Group".
  var capitalizedBare = KeySet()
  var mixedCase = KeySet()

  init() {}

  /// Adds the words another part of the corpus uses (another extraction worker's).
  mutating func add(_ other: CorpusVocabulary) {
    lowercase.formUnion(other.lowercase)
    capitalizedInside.formUnion(other.capitalizedInside)
    capitalizedBare.formUnion(other.capitalizedBare)
    mixedCase.formUnion(other.mixedCase)
  }

  /// A word seen in lower case, or a function word: `key` is its `LexiconKeys.key`.
  func isCommonWord(_ key: UInt64) -> Bool {
    lowercase.contains(key) || LexiconKeys.neverName.contains(key)
  }
}

/// Decides which candidates are names: a capital that opens a sentence proves nothing, so
/// "The", "According" and "Since" are dropped, and a lone first word is kept only when the
/// corpus also capitalises it inside sentences ("Moscow has stated …").
///
/// What a candidate's name alone decides is worked out once per distinct name (`NameVerdict`);
/// each candidate then needs only its own flags.
enum CandidateCleaner {
  /// What cleaning needs to know of one distinct folded name.
  struct NameVerdict: Sendable {
    var isOneWord = false
    /// One word, seen in lower case and never in mixed case: shouted, it is a common word.
    var isShoutedCommonWord = false
    /// Several words, the first a common word: at a sentence's start it may be cut off.
    var firstWordIsCommon = false
    /// The name without its first word, when `firstWordIsCommon` (a number in the same table).
    var rest: Int32 = -1
    var restStartsWithHyphen = false
    /// One word the corpus capitalises inside sentences, or a country or a capital.
    var isKnownWord = false
    /// One word seen in lower case, or a function word.
    var isCommonWord = false
    /// One word seen in lower case, and capitalised only after an article ("the Group said
    /// …; the group has 900 staff"): a common noun written with a capital, not a name.
    var isCapitalizedCommonNoun = false
    /// The name of a country ("US", though "us" is a common word).
    var isCountry = false
    /// Every word is written in mixed case somewhere ("Oslo" for "OSLO").
    var isWrittenInMixedCase = false
    var isEmpty = false
  }

  /// The verdict on one folded name (`rest` left for the caller to intern).
  static func verdict(_ folded: UnsafeBufferPointer<UInt8>, vocabulary: CorpusVocabulary)
    -> NameVerdict
  {
    var verdict = NameVerdict()
    verdict.isEmpty = folded.isEmpty
    verdict.isWrittenInMixedCase = folded.split(separator: 0x20).allSatisfy { word in
      word == [0x2D] || vocabulary.mixedCase.contains(NameKey.hash(word))
    }
    guard let space = folded.firstIndex(of: 0x20) else {
      verdict.isOneWord = true
      let key = NameKey.hash(folded)
      verdict.isShoutedCommonWord =
        vocabulary.lowercase.contains(key) && !vocabulary.mixedCase.contains(key)
      let text = String(decoding: folded, as: UTF8.self)
      verdict.isCountry = Countries.byName[text] != nil
      verdict.isKnownWord =
        vocabulary.capitalizedInside.contains(key) || verdict.isCountry
        || Countries.byCapital[text] != nil
      verdict.isCommonWord = vocabulary.isCommonWord(key)
      verdict.isCapitalizedCommonNoun =
        vocabulary.lowercase.contains(key) && !vocabulary.capitalizedBare.contains(key)
      return verdict
    }
    verdict.firstWordIsCommon = vocabulary.isCommonWord(
      NameKey.hash(UnsafeBufferPointer(rebasing: folded[..<space])))
    verdict.restStartsWithHyphen = space + 1 < folded.count && folded[space + 1] == 0x2D
    return verdict
  }

  /// The candidate as a name, or nil when it is not one. `readInside` tells whether the
  /// candidate's name is also read inside a sentence: an opening word that is also a common word
  /// stays when the whole name is known ("New Zealand said …").
  static func clean(
    _ candidate: NameCandidate, _ verdict: NameVerdict, readInside: Bool,
    restVerdict: (Int32) -> NameVerdict
  ) -> NameCandidate? {
    // A shouted common word ("PRINT") is not a name; nor is a dateline's place in capitals
    // that the story never writes in mixed case.
    if candidate.hasUpperWord && verdict.isOneWord && verdict.isShoutedCommonWord
      && !candidate.cues.contains(.statedName) && !verdict.isCountry
    {
      return nil  // "WHO", introduced in parentheses after its full name, is kept.
    }
    if candidate.cues.contains(.dateline) && !verdict.isWrittenInMixedCase { return nil }
    // Nor a common noun given a capital after "the" ("the Group", "the Year"), unless the
    // text says what it is (a title before it, an alias statement).
    if verdict.isOneWord && verdict.isCapitalizedCommonNoun && !candidate.hasUpperWord
      && candidate.cues.isDisjoint(with: [.personStrong, .statedName])
    {
      return nil
    }
    var name = candidate.name
    var byteRange = candidate.byteRange
    var isEmpty = verdict.isEmpty
    if candidate.isSentenceInitial {
      if !verdict.isOneWord, verdict.firstWordIsCommon, !candidate.cues.contains(.personStrong),
        !readInside
      {
        if verdict.restStartsWithHyphen { return nil }
        name = verdict.rest
        isEmpty = restVerdict(name).isEmpty
        // The spelling as written is read again from the text, over the new range.
        byteRange = candidate.secondWordStart..<byteRange.upperBound
      } else if verdict.isOneWord {
        let known =
          verdict.isKnownWord || candidate.cues.contains(.personStrong)
          || candidate.cues.contains(.statedName)
        if !known || verdict.isCommonWord { return nil }
      }
    }
    guard !isEmpty else { return nil }
    return candidate.renamed(name, byteRange: byteRange)
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
