/// Reads the sentences that give one thing several names, and who uses each:
///
/// - "the islands, called the Northern Territories in Japan and the Southern Kurils in Russia"
/// - "collectively referred to as the Southern Kurils by Russia and the Northern Territories by
///   Japan"; "known in Japan as X and in China as Y"
/// - "Dokdo, known as Takeshima in Japan"; "X, also known as Y"
/// - "X (Y)", "X (called Y in A)"
/// - "X, what A calls Y"; "A calls them Y"
/// - "X, or Y as A calls it"; "X, or Y as it is known in A"
enum AliasStatements {
  static func find(in view: inout SentenceView) -> [AliasStatement] {
    var statements: [AliasStatement] = []
    var index = view.range.lowerBound
    while index < view.range.upperBound {
      // Every phrasing turns on one of a few words or on "(": skip all other tokens at once.
      guard view.tokens[index].isIn(.aliasTrigger) else {
        index += 1
        continue
      }
      if let statement = readNamingClause(view, at: index)
        ?? readWhatCalls(view, at: index)
        ?? readOrAsCalls(view, at: index)
        ?? readParenthesis(view, at: index)
      {
        // "… calls the conflict X, and Britain calls it Y": "it" is what the sentence's
        // previous statement named.
        if statement.continuesPrevious, var previous = statements.popLast() {
          previous.names += statement.names
          statements.append(previous)
        } else {
          statements.append(statement)
        }
      }
      index += 1
    }
    for statement in statements {
      for name in statement.names {
        if let found = view.names.firstIndex(where: { $0.candidate.byteRange == name.byteRange }) {
          view.names[found].candidate.cues.insert(.statedName)
        }
        for side in name.usedBy {
          if let found = view.names.indices.first(where: { view.surface($0) == side }) {
            view.names[found].candidate.cues.insert(.side)
          }
        }
      }
    }
    return statements
  }

  private static func statement(
    _ view: SentenceView, names: [StatedName], antecedentNoun: String? = nil,
    listedParts: [StatedName] = []
  ) -> AliasStatement? {
    var unique: [StatedName] = []
    for name in names where !unique.contains(where: { $0.byteRange == name.byteRange }) {
      unique.append(name)
    }
    let hasSide = unique.contains { !$0.usedBy.isEmpty }
    guard unique.count >= 2 || (unique.count == 1 && (hasSide || !listedParts.isEmpty)) else {
      return nil
    }
    return AliasStatement(
      documentID: view.document.document.id, sentenceIndex: view.sentenceIndex, names: unique,
      antecedentNoun: antecedentNoun, listedParts: listedParts)
  }

  /// What the clause that starts at `trigger` renames: a name set off by a comma, dash or
  /// parenthesis, a list of names, or a common noun ("the islands, called …").
  private static func antecedent(_ view: SentenceView, before trigger: Int, needsSeparator: Bool)
    -> (name: Int?, noun: String?, list: [Int])
  {
    var cursor = trigger - 1
    var separated = false
    while cursor >= view.range.lowerBound {
      if view.isMark(cursor, 0x2C) || view.isMark(cursor, 0x28) || view.isDash(cursor) {
        separated = true
        cursor -= 1
        continue
      }
      if view.isWord(cursor, in: .aliasAdverb) {
        separated = true
        cursor -= 1
        continue
      }
      break
    }
    guard cursor >= view.range.lowerBound else { return (nil, nil, []) }
    let list = view.list(endingBefore: cursor + 1)
    if list.count >= 2 { return (nil, nil, list) }
    if let single = list.first {
      return (needsSeparator && !separated ? nil : single, nil, [])
    }
    let token = view.tokens[cursor]
    if token.isLowerWord && !token.isIn(.function) {
      return (nil, view.document.folded(cursor), [])
    }
    return (nil, nil, [])
  }

  /// "called X in A and Y in B", "referred to as X by A and Y by B", "known as X",
  /// "known in A as X and in B as Y", "also known as X".
  private static func readNamingClause(_ view: SentenceView, at index: Int) -> AliasStatement? {
    var after: Int
    var needsSeparator = false
    if view.isWord(index, in: .namingVerb) {
      if view.document.isHyphen(index - 1) { return nil }  // "so-called"
      after = index + 1
      if view.isWord(after, LexiconKeys.as) { after += 1 }
      needsSeparator = true
    } else if view.isWord(index, LexiconKeys.known) {
      after = index + 1
    } else if view.isWord(index, LexiconKeys.referred) && view.isWord(index + 1, LexiconKeys.to) {
      after = index + 2
    } else {
      return nil
    }
    var named: [StatedName] = []
    if view.isWord(after, LexiconKeys.as) {
      // "known as X [in A] [and Y in B]"
      guard let pair = readNameAndSide(view, at: after + 1) else { return nil }
      named.append(pair.name)
      if let second = readSecond(view, at: pair.end) { named.append(second) }
    } else if view.isWord(after, LexiconKeys.in) || view.isWord(after, LexiconKeys.by)
      || view.isWord(after, LexiconKeys.to)
    {
      // "known in A as X [and in B as Y]"
      guard let side = view.side(at: after + 1), view.isWord(side.end, LexiconKeys.as),
        let first = view.name(at: view.skipThe(side.end + 1))
      else { return nil }
      named.append(view.stated(first, usedBy: [side.usedBy]))
      var cursor = view.names[first].phraseTokens.upperBound
      if view.isMark(cursor, 0x2C) { cursor += 1 }
      if view.isWord(cursor, LexiconKeys.and) || view.isWord(cursor, in: .conjunction) {
        cursor += 1
      }
      if view.isWord(cursor, LexiconKeys.in) || view.isWord(cursor, LexiconKeys.by)
        || view.isWord(cursor, LexiconKeys.to),
        let secondSide = view.side(at: cursor + 1), view.isWord(secondSide.end, LexiconKeys.as),
        let second = view.name(at: view.skipThe(secondSide.end + 1))
      {
        named.append(view.stated(second, usedBy: [secondSide.usedBy]))
      }
    } else {
      // "called X in A and Y in B"
      guard let pair = readNameAndSide(view, at: after) else { return nil }
      named.append(pair.name)
      if let second = readSecond(view, at: pair.end) { named.append(second) }
    }
    let before = antecedent(view, before: index, needsSeparator: needsSeparator)
    var names = named
    if let single = before.name { names.insert(view.stated(single), at: 0) }
    return statement(
      view, names: names, antecedentNoun: before.noun,
      listedParts: before.list.map { view.stated($0) })
  }

  /// "[the] X [in|by A]" at `index`.
  private static func readNameAndSide(_ view: SentenceView, at index: Int) -> (
    name: StatedName, end: Int
  )? {
    guard let found = view.name(at: view.skipThe(index)) else { return nil }
    var end = view.names[found].phraseTokens.upperBound
    var usedBy: [String] = []
    if view.isWord(end, LexiconKeys.in) || view.isWord(end, LexiconKeys.by),
      let side = view.side(at: end + 1)
    {
      usedBy = [side.usedBy]
      end = side.end
    }
    return (view.stated(found, usedBy: usedBy), end)
  }

  /// The second half of "X in A and Y in B": "[,] and|while [as] [the] Y in|by B".
  private static func readSecond(_ view: SentenceView, at index: Int) -> StatedName? {
    var cursor = index
    if view.isMark(cursor, 0x2C) { cursor += 1 }
    guard view.isWord(cursor, in: .conjunction) else { return nil }
    cursor += 1
    if view.isWord(cursor, LexiconKeys.as) { cursor += 1 }
    guard let pair = readNameAndSide(view, at: cursor), !pair.name.usedBy.isEmpty else {
      return nil
    }
    return pair.name
  }

  /// "X, what A calls Y", "which A calls Y", "A calls them Y".
  private static func readWhatCalls(_ view: SentenceView, at index: Int) -> AliasStatement? {
    guard view.isWord(index, LexiconKeys.calls) || view.isWord(index, LexiconKeys.call) else {
      return nil
    }
    guard let caller = view.name(endingBefore: index) ?? demonymCaller(view, before: index)
    else { return nil }
    let callerStart = caller >= 0 ? view.names[caller].phraseTokens.lowerBound : index - 2
    let usedBy: String
    if caller >= 0 {
      usedBy = view.surface(caller)
    } else if let side = view.side(at: callerStart) {
      usedBy = side.usedBy
    } else {
      return nil
    }
    var after = index + 1
    let pronounObject = view.isWord(after, LexiconKeys.them) || view.isWord(after, LexiconKeys.it)
    var noun: String?
    var nounObject = false
    if pronounObject {
      after += 1
    } else if view.isWord(after, LexiconKeys.the), view.range.contains(after + 1),
      view.tokens[after + 1].isLowerWord, view.name(at: view.skipThe(after + 2)) != nil
    {
      // "Argentina calls the conflict the Malvinas War"
      noun = view.document.folded(after + 1)
      nounObject = true
      after += 2
    }
    guard let called = view.name(at: view.skipThe(after)) else { return nil }
    var names = [view.stated(called, usedBy: [usedBy])]
    let introducer = callerStart - 1
    if view.isWord(introducer, LexiconKeys.what) || view.isWord(introducer, LexiconKeys.which)
      || view.isWord(introducer, LexiconKeys.that)
    {
      let before = antecedent(view, before: introducer, needsSeparator: false)
      if let single = before.name { names.insert(view.stated(single), at: 0) }
      noun = before.noun
    } else if !pronounObject && !nounObject {
      return nil  // "Argentina calls Britain …" is not an alias statement.
    }
    var found = statement(view, names: names, antecedentNoun: noun)
    found?.continuesPrevious = pronounObject
    return found
  }

  /// "the Russians calls": a people as the caller; -1 stands for it.
  private static func demonymCaller(_ view: SentenceView, before index: Int) -> Int? {
    let previous = index - 1
    guard view.range.contains(previous), view.tokens[previous].isCapitalized,
      view.tokens[previous].isIn(.demonym)
    else { return nil }
    return view.isWord(previous - 1, LexiconKeys.the) ? -1 : nil
  }

  /// "X, or Y as A calls it", "X, or Y as it is known in A".
  private static func readOrAsCalls(_ view: SentenceView, at index: Int) -> AliasStatement? {
    guard view.isWord(index, LexiconKeys.or),
      view.isMark(index - 1, 0x2C) || view.isDash(index - 1),
      let first = view.name(endingBefore: index - 1),
      let second = view.name(at: view.skipThe(index + 1))
    else { return nil }
    var cursor = view.names[second].phraseTokens.upperBound
    if view.isMark(cursor, 0x2C) { cursor += 1 }
    guard view.isWord(cursor, LexiconKeys.as) else { return nil }
    cursor += 1
    var usedBy: String?
    if let caller = view.name(at: cursor) ?? view.name(at: view.skipThe(cursor)),
      view.isWord(view.names[caller].phraseTokens.upperBound, LexiconKeys.calls)
        || view.isWord(view.names[caller].phraseTokens.upperBound, LexiconKeys.call)
        || view.isWord(view.names[caller].phraseTokens.upperBound, in: .knowingVerb)
    {
      usedBy = view.surface(caller)
    } else if let side = view.side(at: cursor),
      view.isWord(side.end, LexiconKeys.calls) || view.isWord(side.end, LexiconKeys.call)
    {
      usedBy = side.usedBy
    } else {
      // "as it is known in A", "as they are called in A"
      var look = cursor
      while look < view.range.upperBound && look < cursor + 6 {
        if view.isWord(look, LexiconKeys.in) || view.isWord(look, LexiconKeys.by),
          view.isWord(look - 1, LexiconKeys.known)
            || view.isWord(look - 1, in: .namingVerb),
          let side = view.side(at: look + 1)
        {
          usedBy = side.usedBy
          break
        }
        look += 1
      }
    }
    guard let side = usedBy else { return nil }
    return statement(view, names: [view.stated(first), view.stated(second, usedBy: [side])])
  }

  /// "X (Y)", "X (Y in A)", "X (called Y in A)", "X (or Y)"; a name in its own script, with
  /// its language: "X (황해)", "X (Chinese: 藏南)", "X (Russian: Калининград)".
  private static func readParenthesis(_ view: SentenceView, at index: Int) -> AliasStatement? {
    // Square brackets as parentheses: "the Korean People's Army [KPA]".
    let closing: UInt32 = view.isMark(index, 0x5B) ? 0x5D : 0x29
    guard view.isMark(index, 0x28) || view.isMark(index, 0x5B),
      let outer = view.name(endingBefore: index)
    else { return nil }
    let outerName = view.names[outer]
    // "TOKYO (Sputnik) —" is a dateline, not an alias.
    if outerName.candidate.hasUpperWord && outerName.candidate.isSentenceInitial { return nil }
    var cursor = index + 1
    var language: String?
    if view.isMark(cursor + 1, 0x3A), view.range.contains(cursor),
      view.tokens[cursor].isCapitalized, Languages.isLanguage(view.document.folded(cursor))
    {
      language = view.document.text(ofToken: cursor)
      cursor += 2
    }
    if let inner = view.name(at: cursor), view.names[inner].candidate.cues.contains(.nativeScript) {
      // A name in its own script: any kind of thing has one, people too. Its language is the
      // label's, or the script's.
      let tokens = view.names[inner].tokens
      var scripts: Set<Script> = []
      for position in tokens {
        if let script = view.document.script(position) { scripts.insert(script) }
      }
      var stated = view.stated(inner)
      stated.language = language ?? Script.language(ofScripts: scripts)
      return statement(view, names: [view.stated(outer), stated])
    }
    while view.isWord(cursor, in: .aliasAdverb) || view.isWord(cursor, LexiconKeys.or)
      || view.isWord(cursor, in: .namingVerb) || view.isWord(cursor, LexiconKeys.known)
      || view.isWord(cursor, LexiconKeys.as)
    {
      cursor += 1
    }
    guard var pair = readNameAndSide(view, at: cursor),
      view.isMark(pair.end, closing) || (language != nil && view.isMark(pair.end, 0x3B))
    else {
      return nil
    }
    guard let inner = view.name(at: view.skipThe(cursor)) else { return nil }
    pair.name.language = language
    let innerIsCountry = Countries.byName[NameKey.tight(view.folded(inner))] != nil
    let outerIsCountry = Countries.byName[NameKey.tight(view.folded(outer))] != nil
    if innerIsCountry && !outerIsCountry && pair.name.usedBy.isEmpty { return nil }
    if outerName.candidate.isPerson || view.names[inner].candidate.isPerson { return nil }
    return statement(view, names: [view.stated(outer), pair.name])
  }
}
