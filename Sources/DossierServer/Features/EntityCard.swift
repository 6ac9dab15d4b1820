import Corpus
import Knowledge

/// The card that describes an entity: the names each side uses joined, kind, role, the
/// defining sentence with its source, counts, related entities and a few other mentions.
/// Hover shows it; completion uses it as documentation.
struct EntityCard {
  let entity: Entity
  let context: RequestContext
  /// The name the user is looking at, shown first.
  let surface: String?
  let markdown: Bool

  /// How many other mentions to quote.
  static let otherMentionLimit = 3

  func render() -> String {
    var sections: [String] = [headline()]
    if let details = details() { sections.append(details) }
    if let definition = definitionBlock() { sections.append(definition) }
    sections.append(counts())
    if let related = relatedLine() { sections.append(related) }
    if let others = otherMentions() { sections.append(others) }
    return sections.joined(separator: "\n\n")
  }

  // MARK: - Parts

  /// The names the headline joins: each side's name, with the canonical name too when no side
  /// is stated for it ("Stanley ⇔ Puerto Argentino (Argentina)"); the name under the cursor
  /// first. Just the canonical name when no side is stated at all.
  var headlineNames: [Alias] {
    var sides = Self.sides(of: entity)
    guard !sides.isEmpty else { return [Alias(name: entity.name)] }
    if let surface, let index = sides.firstIndex(where: { Self.sameName($0.name, surface) }) {
      sides.insert(sides.remove(at: index), at: 0)
    }
    return sides
  }

  /// The headline's names before the one under the cursor is moved first: each side's name,
  /// with the canonical name first when no side is stated for it; empty when no side is
  /// stated at all.
  static func sides(of entity: Entity) -> [Alias] {
    guard hasSides(entity) else { return [] }
    var sides = entity.perspectiveNames
    if !sides.contains(where: { $0.name == entity.name }) {
      sides.insert(Alias(name: entity.name), at: 0)
    }
    return sides
  }

  /// True when some name of the entity is stated as one side's (without building the list).
  static func hasSides(_ entity: Entity) -> Bool {
    !entity.usedBy.isEmpty || entity.aliases.contains { !$0.usedBy.isEmpty }
  }

  /// The name that leads the headline when the cursor is on `surface`: nil when the order is
  /// the usual one. Cards are cached by it, so every spelling of one name shares a card.
  static func leadingName(of entity: Entity, surface: String?) -> String? {
    guard let surface, hasSides(entity) else { return nil }
    return sides(of: entity).first { sameName($0.name, surface) }?.name
  }

  /// Every name that can lead the headline (for warming the cache).
  static func headlineCandidates(of entity: Entity) -> [String] {
    var names: [String] = []
    for side in sides(of: entity) where !names.contains(side.name) { names.append(side.name) }
    return names
  }

  /// "**Southern Kurils** (Russia) ⇔ **Northern Territories** (Japan)", or the name alone.
  func headline() -> String {
    headlineNames.map { side in
      strong(side.name)
        + (side.usedBy.isEmpty ? "" : " (" + side.usedBy.joined(separator: ", ") + ")")
    }.joined(separator: " ⇔ ")
  }

  /// Kind, role and nationality, then the names the headline does not show.
  func details() -> String? {
    var facts = [emphasis(entity.kind.rawValue)]
    if !entity.roles.isEmpty { facts.append(entity.roles.joined(separator: ", ")) }
    if let nationality = entity.nationality { facts.append(nationality) }
    var text = facts.joined(separator: " · ")
    let inHeadline = Set(headlineNames.map(\.name))
    let others = entity.allNames.filter { !inHeadline.contains($0) }
    // A name in another language says which ("황해 (Korean)").
    var languageOf: [String: String] = [:]
    for alias in entity.aliases {
      if let language = alias.language { languageOf[alias.name] = language }
    }
    // Two trailing spaces: a markdown line break that stays inside the paragraph.
    if !others.isEmpty {
      let listed = others.map { name in
        escape(name) + (languageOf[name].map { " (\($0))" } ?? "")
      }
      text += (markdown ? "  \n" : "\n") + "also: " + listed.joined(separator: ", ")
    }
    return text
  }

  /// The defining sentence quoted, with outlet and a link to file and line.
  func definitionBlock() -> String? {
    if let glossary = entity.glossaryDefinition {
      return quote(glossary) + "\n" + "— glossary"
    }
    guard let sentence = entity.definition else { return nil }
    let text = clean(context.knowledge.sentenceText(sentence))
    return quote(text) + "\n" + "— " + source(of: sentence)
  }

  /// "12 mentions in 4 documents · 3 outlets · seen 2017-03-17 … 2021-11-26".
  func counts() -> String {
    let mentions = entity.bodyMentionCount
    let documents = entity.documentCount
    var parts = [
      plural(mentions, "mention") + " in " + plural(documents, "document"),
      plural(entity.outlets.count, "outlet"),
    ]
    if let first = entity.firstSeen, let last = entity.lastSeen {
      parts.append(first == last ? "seen \(first)" : "first seen \(first), last \(last)")
    }
    return parts.joined(separator: " · ")
  }

  func relatedLine() -> String? {
    guard !entity.related.isEmpty else { return nil }
    let names = entity.related.prefix(8).map { relation -> String in
      let other = context.entity(relation.entityID).name
      switch relation.kind {
      case .part: return "\(other) (part)"
      case .whole: return "\(other) (contains it)"
      case .member: return "\(other) (member)"
      case .memberOf: return "\(other) (it is a member)"
      case .related: return other
      }
    }
    return "Related: " + names.joined(separator: ", ")
  }

  /// Up to a handful of story mentions other than the definition, each with its sentence.
  func otherMentions() -> String? {
    var lines: [String] = []
    var seenSentences = Set<SentenceRef>()
    if let definition = entity.definition { seenSentences.insert(definition) }
    for mention in entity.mentions where !mention.isBoilerplate {
      let document = context.index.corpus.documents[mention.documentID]
      guard let sentenceIndex = document.sentenceIndex(containing: mention.byteRange.lowerBound)
      else {
        continue
      }
      let sentence = SentenceRef(
        documentID: document.id, byteRange: document.sentences[sentenceIndex].byteRange)
      guard seenSentences.insert(sentence).inserted else { continue }
      let text = clipped(
        clean(context.knowledge.sentenceText(sentence)), around: mention, in: sentence)
      lines.append("- " + link(to: sentence) + " — " + text)
      if lines.count == Self.otherMentionLimit { break }
    }
    return lines.isEmpty
      ? nil
      : (markdown ? "**Other mentions**\n" : "Other mentions:\n") + lines.joined(separator: "\n")
  }

  // MARK: - Formatting

  /// "Example Daily, 2019-05-10, file.txt:13", with the article's address after the file
  /// when its page or record gives one.
  func source(of sentence: SentenceRef) -> String {
    let document = context.index.corpus.documents[sentence.documentID]
    var parts: [String] = []
    if let outlet = document.outlet { parts.append(outlet) }
    if let date = document.date { parts.append(date) }
    parts.append(link(to: sentence))
    if let url = document.url { parts.append(markdown ? "<\(url)>" : url) }
    return parts.joined(separator: ", ")
  }

  /// A link to the sentence's file and line (markdown), or "file:line" (plain text).
  func link(to sentence: SentenceRef) -> String {
    let citation = context.citation(of: sentence)
    guard markdown else { return citation }
    let location = context.location(of: sentence)
    return "[\(citation)](\(location.uri.string)#L\(location.range.start.line + 1))"
  }

  func strong(_ text: String) -> String { markdown ? "**\(escape(text))**" : text }
  func emphasis(_ text: String) -> String { markdown ? "*\(text)*" : text }

  func quote(_ text: String) -> String {
    markdown ? "> " + escape(text) : "“" + text + "”"
  }

  /// Markdown punctuation in article text must print as itself.
  func escape(_ text: String) -> String {
    guard markdown else { return text }
    // Most text has none of the marks: a byte scan says so without walking characters.
    guard text.utf8.contains(where: Self.isMarkdownPunctuation) else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 8)
    for character in text {
      // A mark with a combining scalar after it is another character, left as it is.
      if character.utf8.count == 1, let byte = character.utf8.first,
        Self.isMarkdownPunctuation(byte)
      {
        escaped.append("\\")
      }
      escaped.append(character)
    }
    return escaped
  }

  /// One of \ ` * _ [ ] < > # |.
  static func isMarkdownPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "#"), UInt8(ascii: "|"):
      return true
    default:
      return false
    }
  }

  /// Collapses line breaks and runs of spaces.
  func clean(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " || $0 == "\t" }).joined(
      separator: " ")
  }

  /// At most about 160 characters of a sentence, around the mention.
  func clipped(_ text: String, around mention: Mention, in sentence: SentenceRef) -> String {
    let limit = 160
    guard text.count > limit else { return escape(text) }
    let characters = Array(text)
    let prefixBytes = mention.byteRange.lowerBound - sentence.byteRange.lowerBound
    let approximateStart = max(0, min(characters.count - limit, prefixBytes - limit / 3))
    let start = approximateStart
    let end = min(characters.count, start + limit)
    return (start > 0 ? "…" : "") + escape(String(characters[start..<end]))
      + (end < characters.count ? "…" : "")
  }

  func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

  static func sameName(_ left: String, _ right: String) -> Bool {
    left.lowercased() == right.lowercased()
  }
}
