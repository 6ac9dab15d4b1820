/// Reads sentences that name the parts or members of something:
///
/// - a list after a dash or colon that follows a plural noun: "the four islands — Iturup,
///   Kunashir, Shikotan and Habomai"; "the smaller two of the four islands — Shikotan and the
///   Habomai islet group —" (the whole is what the document last called by that noun);
/// - "X consists of / comprises / includes A, B and C";
/// - members: "A, B and C, the members of X"; "the members of X include A, B and C".
enum PartStatements {
  static func find(in view: SentenceView, aliasStatements: [AliasStatement]) -> [PartStatement] {
    var statements: [PartStatement] = []
    let listedInAliases = Set(aliasStatements.flatMap { $0.listedParts.map(\.byteRange) })
    var index = view.range.lowerBound
    while index < view.range.upperBound {
      let token = view.tokens[index]
      // Parts and members turn on a dash, a colon, a composition verb, "members" or a name.
      guard
        token.kind == .punctuation || token.isIn(.compositionVerb)
          || token.key == LexiconKeys.members || view.name(at: index) != nil
      else {
        index += 1
        continue
      }
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
              isMembership: noun.lexicon.contains(.memberGroupNoun)))
          index = list.end
          continue
        }
      }
      if let membership = readMembers(view, at: index) {
        statements.append(membership.statement)
        index = membership.end
        continue
      }
      if view.isWord(index, in: .compositionVerb),
        let whole = view.name(endingBefore: index) ?? view.name(endingBefore: index - 1)
      {
        var start = index + 1
        if view.isWord(start, LexiconKeys.of) { start += 1 }
        // "comprise two main islands - East Falkland and West Falkland -"
        var skipped = 0
        while view.name(at: view.skipThe(start)) == nil && skipped < 5
          && view.range.contains(start)
          && (view.tokens[start].isLowerWord || view.tokens[start].kind == .number
            || view.isDash(start) || view.isMark(start, 0x3A))
        {
          start += 1
          skipped += 1
        }
        let list = view.list(startingAt: start)
        if list.names.count >= 2 {
          let wholeName = view.names[whole]
          statements.append(
            PartStatement(
              documentID: view.document.document.id, sentenceIndex: view.sentenceIndex,
              whole: .name(view.stated(whole)), parts: list.names.map { view.stated($0) },
              isMembership: !wholeName.candidate.cues.contains(.placePreposition)
                && HeadNouns.kind(ofHead: view.lastWord(whole)) == .organization))
          index = list.end
          continue
        }
      }
      index += 1
    }
    return statements
  }

  /// "A, B and C, the members of X" (at the list's first name) and "the members of X include
  /// A, B and C" (at "members").
  private static func readMembers(_ view: SentenceView, at index: Int) -> (
    statement: PartStatement, end: Int
  )? {
    func statement(_ group: Int, _ members: [Int]) -> PartStatement {
      PartStatement(
        documentID: view.document.document.id, sentenceIndex: view.sentenceIndex,
        whole: .name(view.stated(group)), parts: members.map { view.stated($0) },
        isMembership: true)
    }
    if view.isWord(index, LexiconKeys.members), view.isWord(index + 1, LexiconKeys.of),
      let group = view.name(at: view.skipThe(index + 2))
    {
      var cursor = view.names[group].phraseTokens.upperBound
      guard view.isWord(cursor, LexiconKeys.include) || view.isWord(cursor, LexiconKeys.are)
      else { return nil }
      cursor += 1
      let list = view.list(startingAt: cursor)
      guard list.names.count >= 2 else { return nil }
      return (statement(group, list.names), list.end)
    }
    if view.name(at: index) != nil, index == view.range.lowerBound || !view.isMark(index - 1, 0x2C)
    {
      guard view.listLength(startingAt: index) >= 2 else { return nil }
      let list = view.list(startingAt: index)
      guard list.names.count >= 2 else { return nil }
      var cursor = list.end
      guard view.isMark(cursor, 0x2C) else { return nil }
      cursor = view.skipThe(cursor + 1)
      guard view.isWord(cursor, LexiconKeys.members), view.isWord(cursor + 1, LexiconKeys.of),
        let group = view.name(at: view.skipThe(cursor + 2))
      else { return nil }
      return (statement(group, list.names), view.names[group].phraseTokens.upperBound)
    }
    return nil
  }

  /// A plural noun such as "islands" or "members" within a few words before `index`.
  private static func groupNoun(_ view: SentenceView, before index: Int) -> (
    folded: String, lexicon: LexiconFlags
  )? {
    var cursor = index - 1
    while cursor >= view.range.lowerBound && cursor >= index - 8 {
      let token = view.tokens[cursor]
      if token.isLowerWord && token.isIn(.groupNoun) {
        return (view.document.folded(cursor), token.lexicon)
      }
      if token.kind == .punctuation && !Scalars.isHyphen(token.firstScalar) { return nil }
      cursor -= 1
    }
    return nil
  }
}
