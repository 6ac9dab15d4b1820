/// Reads sentences that name the parts or members of something:
///
/// - a list after a dash or colon that follows a plural noun: "the four islands — Iturup,
///   Kunashir, Shikotan and Habomai"; "the smaller two of the four islands — Shikotan and the
///   Habomai islet group —" (the whole is what the document last called by that noun);
/// - "X consists of / comprises / includes A, B and C".
enum PartStatements {
  static func find(in view: SentenceView, aliasStatements: [AliasStatement]) -> [PartStatement] {
    var statements: [PartStatement] = []
    let listedInAliases = Set(aliasStatements.flatMap { $0.listedParts.map(\.byteRange) })
    var index = view.range.lowerBound
    while index < view.range.upperBound {
      if view.isDash(index) || view.isMark(index, 0x3A),
        let noun = groupNoun(view, before: index)
      {
        let list = view.list(startingAt: index + 1)
        let parts = list.names.map { view.stated($0) }
        if parts.count >= 2 && !parts.contains(where: { listedInAliases.contains($0.byteRange) }) {
          statements.append(
            PartStatement(
              documentID: view.document.document.id, sentenceIndex: view.sentenceIndex,
              whole: .antecedent(noun: noun.folded), parts: parts,
              isMembership: LexiconKeys.memberGroupNouns.contains(noun.key)))
          index = list.end
          continue
        }
      }
      if view.isWord(index, in: LexiconKeys.compositionVerbs),
        let whole = view.name(endingBefore: index) ?? view.name(endingBefore: index - 1)
      {
        var start = index + 1
        if view.isWord(start, LexiconKeys.of) { start += 1 }
        let list = view.list(startingAt: start)
        if list.names.count >= 2 {
          let wholeName = view.names[whole]
          statements.append(
            PartStatement(
              documentID: view.document.document.id, sentenceIndex: view.sentenceIndex,
              whole: .name(view.stated(whole)), parts: list.names.map { view.stated($0) },
              isMembership: !wholeName.candidate.cues.contains(.placePreposition)
                && HeadNouns.kind(ofHead: wholeName.candidate.words.last ?? "") == .organization))
          index = list.end
          continue
        }
      }
      index += 1
    }
    return statements
  }

  /// A plural noun such as "islands" or "members" within a few words before `index`.
  private static func groupNoun(_ view: SentenceView, before index: Int) -> (
    folded: String, key: UInt64
  )? {
    var cursor = index - 1
    while cursor >= view.range.lowerBound && cursor >= index - 8 {
      let token = view.tokens[cursor]
      if token.isLowerWord && LexiconKeys.groupNouns.contains(token.key) {
        return (view.document.folded(cursor), token.key)
      }
      if token.kind == .punctuation && !Scalars.isHyphen(token.firstScalar) { return nil }
      cursor -= 1
    }
    return nil
  }
}
