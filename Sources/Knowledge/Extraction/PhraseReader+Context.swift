/// What the words around a name say of it beyond the word right before and after: an
/// apposition after a comma ("Thomas Sam, 42,", "Kelvara, a mining company"), a larger place
/// after a comma ("Aceh, Indonesia"), a person's name after a possessive, and the holder's name
/// that runs on after a title's institution ("Governor of Washington Chris Gregoire").
extension PhraseReader {
  /// The kind of thing an apposition from `start` describes, if it tells: a person for an age
  /// before a comma ("42,") or a noun phrase headed by a role or person noun ("an Australian
  /// woman", "a practising homeopath", "Panama coach", "editor at large"); an institution for
  /// one headed by a noun of business ("a mining company"); a place for a place noun ("a
  /// town in the north"). The head must end the noun phrase: in "the chief supplier" the role
  /// word "chief" is a modifier, and in "coach Ilse Marrow" the role belongs to the name after
  /// it.
  static func appositionKind(
    _ document: TokenizedDocument, from start: Int, _ sentence: Range<Int>
  ) -> EntityKind? {
    let tokens = document.tokens
    guard start < sentence.upperBound else { return nil }
    if tokens[start].kind == .number, tokens[start].byteRange.count <= 3,
      let age = Int(document.text(ofToken: start)), age > 0, age < 120,
      document.isMark(start + 1, 0x2C)
    {
      return .person
    }
    var cursor = start
    if tokens[cursor].isLowerWord && tokens[cursor].isIn(.determiner) { cursor += 1 }
    let end = min(sentence.upperBound, cursor + 4)
    while cursor < end {
      let token = tokens[cursor]
      if token.isCapitalized {
        // A nationality or a name modifies the noun: "an Australian woman", "Panama coach".
        guard !token.isPossessive else { return nil }
        cursor += 1
        continue
      }
      guard token.isLowerWord, !token.isIn(.closedClass) else { return nil }
      let next = cursor + 1 < sentence.upperBound ? tokens[cursor + 1] : nil
      let endsPhrase =
        next.map { !$0.isCapitalized && !($0.isLowerWord && !$0.isIn(.closedClass)) } ?? true
      guard endsPhrase else {
        cursor += 1
        continue
      }
      // A plural is no apposition of one name but the subject of a new clause: "Batman:
      // Arkham VR, players are dropped…".
      guard !isPlural(document, cursor) else { return nil }
      if token.isIn(.roleNoun) || token.isIn(.titleHead) {
        return LexiconKeys.rolesOfInstitutions.contains(token.key) ? nil : .person
      }
      if token.isIn(.organizationAfter) || token.isIn(.organizationHead) { return .organization }
      if token.isIn(.placeHead) || LexiconKeys.placeNounsBeforeOf.contains(token.key) {
        return .place
      }
      return nil
    }
    return nil
  }

  /// True when the word at `index` ends in "s" but not in "ss": a plural noun ("players", not
  /// "boss").
  private static func isPlural(_ document: TokenizedDocument, _ index: Int) -> Bool {
    let range = document.tokens[index].byteRange
    let bytes = document.document.text.bytes
    guard range.count >= 2 else { return false }
    let last = bytes[range.upperBound - 1] | 0x20
    return last == 0x73 && bytes[range.upperBound - 2] | 0x20 != 0x73
  }

  /// True when a known country or state starts at `start` and stands alone before a mark or
  /// the end of the sentence: the larger place of "Aceh, Indonesia", not the modifier of
  /// "Gomez, Panama coach" nor the owner of "Sony, Japan's largest…".
  static func isLargerPlace(
    _ document: TokenizedDocument, from start: Int, _ sentence: Range<Int>
  ) -> Bool {
    let tokens = document.tokens
    // Asked after every name and comma: the token's flags say first whether it can start one.
    guard start < sentence.upperBound, tokens[start].isIn(.largerPlaceFirstWord) else {
      return false
    }
    for length in [2, 1] where start + length <= sentence.upperBound {
      let range = start..<start + length
      guard range.allSatisfy({ tokens[$0].isCapitalized }),
        !tokens[range.upperBound - 1].isPossessive,
        range.upperBound == sentence.upperBound || tokens[range.upperBound].kind == .punctuation
      else { continue }
      let folded = range.map(document.folded).joined(separator: " ")
      if Countries.byName[folded] != nil || Regions.states.contains(folded) { return true }
    }
    return false
  }

  /// The end of the run of capitalised words and name syllables from `start` ("Wong
  /// Yeung-tat").
  static func personRunEnd(
    _ document: TokenizedDocument, from start: Int, _ sentence: Range<Int>
  ) -> Int {
    let tokens = document.tokens
    var end = start
    while end < sentence.upperBound, end < start + 6,
      tokens[end].isCapitalized || document.isHyphen(end)
        || (tokens[end].isLowerWord && document.isNameSyllable(end))
    {
      end += 1
    }
    return end
  }

  /// True when a title or role and a preposition stand before `start`, with or without "the":
  /// "Ambassador to the", "CEO of", "spokesman for the".
  static func followsTitleAndPreposition(
    _ document: TokenizedDocument, _ start: Int, _ sentence: Range<Int>
  ) -> Bool {
    let tokens = document.tokens
    var index = start - 1
    if index >= sentence.lowerBound && tokens[index].isLowerWord
      && tokens[index].key == LexiconKeys.the
    {
      index -= 1
    }
    guard index - 1 >= sentence.lowerBound, tokens[index].isLowerWord else { return false }
    let key = tokens[index].key
    guard
      key == LexiconKeys.of || key == LexiconKeys.to || key == LexiconKeys.at
        || key == LexiconKeys.for
    else { return false }
    let role = tokens[index - 1]
    return role.kind == .word && (role.isIn(.titleHead) || role.isIn(.roleNoun))
  }

  /// Where the holder's name starts in a run of an institution or a place and a person's name:
  /// the run's last two or three words make a person's name, and the words before them a
  /// known country, state or capital, or end in an institution's or a place's head noun.
  static func holderSplit(_ document: TokenizedDocument, _ run: Range<Int>) -> Int? {
    let tokens = document.tokens
    for split in [run.upperBound - 2, run.upperBound - 3] where split > run.lowerBound {
      let holder = split..<run.upperBound
      guard tokens[split].isCapitalized, isPersonName(document, holder),
        holder.filter({ tokens[$0].isCapitalized }).count >= 2
      else { continue }
      let last = tokens[split - 1]
      if last.isCapitalized && (last.isIn(.organizationHead) || last.isIn(.placeHead)) {
        return split
      }
      let folded = (run.lowerBound..<split).map(document.folded).joined(separator: " ")
      if Countries.byName[folded] != nil || Countries.byCapital[folded] != nil
        || Regions.states.contains(folded)
      {
        return split
      }
    }
    return nil
  }
}
