import Corpus
import JSONRPC
import Knowledge

/// Completion of entity names as the writer types a capitalised word ("Kish" → "Fumio
/// Kishida", "Southern K" → "Southern Kurils"), or after "the ".
///
/// Items are ranked by how well the name fits (the scale of `KnowledgeBase.lookup`: exact
/// canonical name, prefix, alias, misspelling), then by how often the corpus mentions the
/// entity. The edit replaces what was typed (a possessive "’s" is kept); documentation, the
/// hover card, comes with `completionItem/resolve`.
enum CompletionFeature {
  /// At most this many items; a longer list is cut and marked incomplete.
  static let itemLimit = 50
  /// How many index entries to rank for one prefix.
  static let candidateLimit = 4000

  /// Asked for as a capitalised word is typed, and after "the ".
  static let capability: JSONValue = [
    "triggerCharacters": .array(
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { .string(String(UnicodeScalar($0))) } + [" "]),
    "resolveProvider": true,
  ]

  static func completion(_ params: CompletionParams, _ context: RequestContext) throws
    -> CompletionList
  {
    let document = try context.document(params.textDocument.uri)
    // No index installed yet (a re-index answers from the previous one): the client asks
    // again as the writer types.
    guard context.index.generation > 0 else {
      return CompletionList(isIncomplete: true, items: [])
    }
    let index = context.analysis.derived(NamePrefixIndex.self, index: context.index) {
      NamePrefixIndex(knowledge: context.knowledge)
    }
    let options = Options(
      invoked: (params.context?.triggerKind ?? 1) == 1,
      insertReplace: context.client.supportsInsertReplaceEdits,
      asIs: context.client.supportsInsertTextModeAsIs,
      encoding: context.encoding)
    return complete(
      in: document, atByteOffset: document.text.byteOffset(of: params.position, context.encoding),
      index: index, entities: context.knowledge.entities, options,
      lookup: { context.knowledge.lookup($0, limit: 10) })
  }

  struct Options {
    /// Asked for by the client (typing a word or Ctrl-Space), not by a trigger character:
    /// with nothing typed, the most mentioned names are offered.
    var invoked = false
    /// The client takes an `InsertReplaceEdit`.
    var insertReplace = false
    /// The client takes `insertTextMode` 1 (asIs): a name is one line, inserted as it is. A
    /// client that re-indents can hang there: lsp-mode runs markdown-mode's indentation over
    /// the inserted lines, which loops on a buffer's last line when it has no newline.
    var asIs = false
    var encoding = PositionEncoding.utf16
  }

  /// The completion list at `cursor`. `lookup` is the typo-tolerant entity lookup, asked only
  /// when no name starts with what was typed.
  static func complete(
    in document: AnalyzedDocument, atByteOffset cursor: Int, index: NamePrefixIndex,
    entities: [Entity], _ options: Options, lookup: (String) -> [LookupHit]
  ) -> CompletionList {
    let typed = TypedName.find(before: cursor, in: document.text.bytes, index: index)
    guard let current = typed.last else { return CompletionList(isIncomplete: false, items: []) }
    var candidates: [Candidate] = []
    var typoTolerant = false
    if current.folded.isEmpty {
      // Nothing typed: names are offered after "the ", or when asked for explicitly.
      guard current.isAfterThe || options.invoked else {
        return CompletionList(isIncomplete: false, items: [])
      }
      candidates = topNames(index, entities: entities, typed: current)
    } else {
      // A lower-case word is an ordinary word, and typing on keeps it one. (Clients send
      // "invoked" for words typed as well as for Ctrl-Space, so it can't make an exception.)
      guard current.isCapitalised else {
        return CompletionList(isIncomplete: false, items: [])
      }
      // The longest run of typed words that starts a name wins ("Southern K" offers
      // "Southern Kurils", not "Korea"); a run that starts with "the" may also be the article
      // before a name ("the Jap": "The Japan Times" and "Japan").
      var offered = Set<String>()
      for name in typed {
        for candidate in prefixCandidates(name, index)
        where offered.insert("\(candidate.entry.entityID)\u{0}\(candidate.entry.name)").inserted {
          candidates.append(candidate)
        }
        if !candidates.isEmpty, !name.startsWithArticle { break }
      }
      if candidates.isEmpty, current.folded.count >= 3 {
        candidates = misspellingCandidates(current, lookup(current.text), entities: entities)
        typoTolerant = !candidates.isEmpty
      }
    }
    candidates.sort(by: Candidate.ranksBefore)
    let isCut = candidates.count > itemLimit
    let items = candidates.prefix(itemLimit).enumerated().compactMap { rank, candidate in
      item(candidate, rank: rank, typoTolerant: typoTolerant, document, entities, options)
    }
    return CompletionList(
      isIncomplete: isCut || typoTolerant || current.folded.isEmpty, items: items)
  }

  // MARK: - Candidates

  struct Candidate {
    let entry: NamePrefixIndex.Entry
    /// What the candidate would replace.
    let typed: TypedName
    /// On the scale of `KnowledgeBase.lookup`: 1 exact canonical name, 0.8 a prefix of it, 0.6
    /// an alias, below 0.5 a misspelling.
    let score: Double
    let mentions: Int

    /// More typed words matched first ("Southern K" → "Southern Kurils" before "Korea"),
    /// then the better fit, the entity mentioned more, the canonical name, the shorter name.
    static func ranksBefore(_ left: Candidate, _ right: Candidate) -> Bool {
      let leftKey = (-left.typed.wordCount, -left.score, -left.mentions, left.entry.nameRank)
      let rightKey = (-right.typed.wordCount, -right.score, -right.mentions, right.entry.nameRank)
      if leftKey != rightKey { return leftKey < rightKey }
      return (left.entry.name.count, left.entry.name, left.entry.entityID)
        < (right.entry.name.count, right.entry.name, right.entry.entityID)
    }
  }

  static func prefixCandidates(_ typed: TypedName, _ index: NamePrefixIndex) -> [Candidate] {
    var best: [String: Candidate] = [:]
    for entry in index.entries(withPrefix: typed.folded, limit: candidateLimit) {
      let exact = entry.wordIndex == 0 && entry.key == typed.folded
      let score: Double
      switch (entry.nameRank, entry.wordIndex) {
      case (0, 0): score = exact ? 1 : 0.8
      case (0, _): score = 0.75
      case (_, 0): score = exact ? 0.7 : 0.6
      default: score = 0.55
      }
      let candidate = Candidate(
        entry: entry, typed: typed, score: score,
        mentions: index.mentionCounts.element(at: entry.entityID) ?? 0)
      // One item per name of an entity: the best way the typed text reaches it.
      let key = "\(entry.entityID)\u{0}\(entry.name)"
      if let current = best[key], !Candidate.ranksBefore(candidate, current) { continue }
      best[key] = candidate
    }
    return Array(best.values)
  }

  /// With nothing typed: the names the corpus mentions most; after "the", the names the
  /// corpus writes after "the" ("the Northern Territories", never "the Lavrov"), most often
  /// first.
  static func topNames(_ index: NamePrefixIndex, entities: [Entity], typed: TypedName)
    -> [Candidate]
  {
    if typed.isAfterThe {
      return index.namesAfterThe.prefix(itemLimit + 1).map { name in
        Candidate(
          entry: .wholeName(name.name, entityID: name.entityID, nameRank: 0), typed: typed,
          score: 0.5, mentions: name.count)
      }
    }
    let ranked = index.mentionCounts.indices.sorted {
      (-index.mentionCounts[$0], $0) < (-index.mentionCounts[$1], $1)
    }
    return ranked.prefix(itemLimit + 1).compactMap { id in
      entities.element(at: id).map { entity in
        Candidate(
          entry: .wholeName(entity.name, entityID: id, nameRank: 0), typed: typed, score: 0.5,
          mentions: index.mentionCounts[id])
      }
    }
  }

  /// No name starts with what was typed: the knowledge base's typo-tolerant lookup
  /// ("Kishda" → "Kishida").
  static func misspellingCandidates(
    _ typed: TypedName, _ hits: [LookupHit], entities: [Entity]
  ) -> [Candidate] {
    hits.compactMap { hit in
      guard let entity = entities.element(at: hit.entityID) else { return nil }
      return Candidate(
        entry: .wholeName(
          hit.matchedName, entityID: hit.entityID, nameRank: hit.matchedName == entity.name ? 0 : 2),
        typed: typed, score: min(hit.score, 0.49), mentions: entity.bodyMentionCount)
    }
  }

  // MARK: - Items

  static func item(
    _ candidate: Candidate, rank: Int, typoTolerant: Bool, _ document: AnalyzedDocument,
    _ entities: [Entity], _ options: Options
  ) -> CompletionItem? {
    guard let entity = entities.element(at: candidate.entry.entityID) else { return nil }
    let typed = candidate.typed
    let name = candidate.entry.name
    let newText = name + typed.possessive
    let text = document.text
    let insert = text.lspRange(ofBytes: typed.byteRange, options.encoding)
    let edit: CompletionTextEdit
    if options.insertReplace {
      let replace = text.lspRange(
        ofBytes: typed.byteRange.lowerBound..<typed.wordEnd, options.encoding)
      edit = .insertReplace(InsertReplaceEdit(newText: newText, insert: insert, replace: replace))
    } else {
      edit = .plain(TextEdit(range: insert, newText: newText))
    }
    // The client filters items on this against the text in the edit's range, so it starts
    // with the word the writer typed ("Kishida Fumio" for "Kish").
    let filterText: String
    if typoTolerant {
      filterText = typed.text + typed.possessive
    } else if candidate.entry.wordIndex > 0 {
      filterText = candidate.entry.tail + typed.possessive + " " + candidate.entry.leadingWords
    } else {
      filterText = newText
    }
    return CompletionItem(
      label: name, kind: itemKind(entity.kind), detail: detail(of: entity, name: name),
      documentation: nil, sortText: sortText(rank: rank), filterText: filterText,
      textEdit: edit, insertTextMode: options.asIs ? 1 : nil,
      data: ["entity": .string(entity.key), "name": .string(name)])
  }

  /// "place · Japan: Northern Territories", "person · Foreign Minister · Russian".
  static func detail(of entity: Entity, name: String) -> String {
    var parts = [entity.kind.rawValue]
    if let perspective = entity.perspective(ofSurface: name) {
      parts.append(perspective.othersDescription)
    } else if DraftText.fold(name) != DraftText.fold(entity.name) {
      parts.append(entity.name)
    }
    parts += entity.roles
    if let nationality = entity.nationality { parts.append(nationality) }
    return parts.joined(separator: " · ")
  }

  /// `CompletionItemKind` by entity kind: person Reference, place Module, organization Class,
  /// agreement Struct, event Event, other Text.
  static func itemKind(_ kind: EntityKind) -> Int {
    switch kind {
    case .person: return 18
    case .place: return 9
    case .organization: return 7
    case .agreement: return 22
    case .event: return 23
    case .other: return 1
    }
  }

  // MARK: - Resolve

  /// Adds the entity card as documentation (markdown when the client takes it).
  static func resolve(_ item: JSONValue, _ context: RequestContext) throws -> JSONValue {
    guard case .object(var fields) = item else {
      throw ResponseError.invalidParams("invalid params: expected a completion item")
    }
    guard let key = fields["data"]?["entity"]?.stringValue,
      let entity = context.knowledge.entity(key: key)
    else { return item }
    let markdown = !context.client.prefersPlainTextCompletionDocumentation
    let card = EntityCard(
      entity: entity, context: context, surface: fields["data"]?["name"]?.stringValue,
      markdown: markdown)
    fields["documentation"] = [
      "kind": .string(markdown ? "markdown" : "plaintext"), "value": .string(card.render()),
    ]
    return .object(fields)
  }
}

extension CompletionFeature {
  /// A rank as four digits, so that ranks sort as text ("0007" before "0012").
  static func sortText(rank: Int) -> String {
    let digits = "\(rank)"
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
