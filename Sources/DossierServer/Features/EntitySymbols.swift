import Knowledge

/// How entities appear in symbol lists and token colours. workspace/symbol, documentSymbol and
/// semanticTokens share one mapping, so an entity's icon and its colour agree.
extension EntityKind {
  /// The nearest LSP symbol kind: a place is a namespace (it contains things), an
  /// organization a class, an agreement an interface (a contract), an event an event, a
  /// person a variable, anything else a constant.
  var symbolKind: SymbolKind {
    switch self {
    case .person: return .variable
    case .place: return .namespace
    case .organization: return .class
    case .agreement: return .interface
    case .event: return .event
    case .other: return .constant
    }
  }

  /// The standard semantic token type that matches `symbolKind`, so themes colour it.
  var semanticTokenType: String {
    switch self {
    case .person: return "variable"
    case .place: return "namespace"
    case .organization: return "class"
    case .agreement: return "interface"
    case .event: return "event"
    case .other: return "enumMember"
    }
  }

  /// The heading of this kind's group in a document outline.
  var groupName: String {
    switch self {
    case .person: return "People"
    case .place: return "Places"
    case .organization: return "Organizations"
    case .agreement: return "Agreements"
    case .event: return "Events"
    case .other: return "Other names"
    }
  }
}

extension Entity {
  /// The mention in the defining sentence: what `references` calls the declaration.
  var declaration: Mention? {
    definition.flatMap { firstMention(inDocument: $0.documentID, within: $0.byteRange) }
  }

  /// Where a symbol list points: the name in the defining sentence, else the defining
  /// sentence, else the first mention in a story, else the first mention at all.
  var symbolAnchor: (documentID: Int, byteRange: Range<Int>)? {
    if let definition {
      let name = declaration?.byteRange ?? definition.byteRange
      return (definition.documentID, name)
    }
    guard let mention = mentions.first(where: { !$0.isBoilerplate }) ?? mentions.first else {
      return nil
    }
    return (mention.documentID, mention.byteRange)
  }

  /// A short line to show beside a name: the canonical name when another name is shown, the
  /// names the other sides use ("⇔ Northern Territories (Japan)"; "⇔ Falkland Islands,
  /// Falklands (Britain)"), and a person's nationality and roles ("Russian Foreign Minister").
  func symbolDetail(shownName: String) -> String? {
    let shownKey = Self.nameKey(shownName)
    let otherSides = perspectiveNames.filter { Self.nameKey($0.name) != shownKey }
    var parts: [String] = []
    if shownKey != Self.nameKey(name),
      !otherSides.contains(where: { Self.nameKey($0.name) == Self.nameKey(name) })
    {
      parts.append(name)
    }
    if !otherSides.isEmpty {
      // One side's names together: "Falkland Islands, Falklands (Britain)".
      var sides: [(usedBy: [String], names: [String])] = []
      for side in otherSides {
        if let index = sides.firstIndex(where: { $0.usedBy == side.usedBy }) {
          sides[index].names.append(side.name)
        } else {
          sides.append((side.usedBy, [side.name]))
        }
      }
      parts.append(
        "⇔ "
          + sides.map { side in
            side.names.joined(separator: ", ") + " (" + side.usedBy.joined(separator: ", ") + ")"
          }.joined(separator: "; "))
    }
    let person = ([nationality].compactMap { $0 } + [roles.joined(separator: ", ")])
      .filter { !$0.isEmpty }.joined(separator: " ")
    if !person.isEmpty { parts.append(person) }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// True when `surface` is a name one side uses, as the text states it.
  func isPerspectiveName(_ surface: String) -> Bool {
    let key = Self.nameKey(surface)
    return perspectiveNames.contains { Self.nameKey($0.name) == key }
  }

  /// A name for comparison: case, apostrophe style and runs of spaces do not count.
  static func nameKey(_ name: String) -> String {
    var key = ""
    var pendingSpace = false
    for character in name.lowercased() {
      if character.isWhitespace {
        pendingSpace = !key.isEmpty
        continue
      }
      if pendingSpace { key.append(" ") }
      pendingSpace = false
      key.append(character == "’" || character == "‘" ? "'" : character)
    }
    return key
  }
}
