import Corpus

/// What sort of thing an entity is, decided from general cues of English news text
/// (titles, demonyms, head nouns such as "Islands" or "Treaty", prepositions, verbs of speech).
public enum EntityKind: String, Sendable, CaseIterable {
  case person, place, organization, agreement, event, other
}

/// One sentence of one corpus document.
public struct SentenceRef: Sendable, Hashable {
  public let documentID: Int
  /// The sentence's bytes in the document's text.
  public let byteRange: Range<Int>

  public init(documentID: Int, byteRange: Range<Int>) {
    self.documentID = documentID
    self.byteRange = byteRange
  }
}

/// Another name of an entity: a spelling variant, or the name one side of a dispute uses.
public struct Alias: Sendable, Hashable {
  public let name: String
  /// Who uses this name, as the text says it ("Russia", "Japan"); empty when not stated.
  public let usedBy: [String]
  /// The sentence that states the name (an alias statement), or nil for a plain variant.
  public let source: SentenceRef?
  /// The language of a name given in its own script or with a label ("Korean" for "황해",
  /// "Russian" for "(Russian: Калининград)"); nil when the text and the script do not say.
  public let language: String?

  public init(
    name: String, usedBy: [String] = [], source: SentenceRef? = nil, language: String? = nil
  ) {
    self.name = name
    self.usedBy = usedBy
    self.source = source
    self.language = language
  }
}

/// Where an entity is named in a corpus document.
///
/// Stored in 16 bytes (a corpus of 100,000 articles has millions of mentions): document and
/// offsets in 32 bits, which every corpus document fits (files are at most 64 MiB).
public struct Mention: Sendable, Hashable {
  private let document32: Int32
  private let start32: Int32
  private let end32: Int32
  /// True when the mention sits in page furniture (a teaser, a navigation list), not the story.
  public let isBoilerplate: Bool

  public init(documentID: Int, byteRange: Range<Int>, isBoilerplate: Bool) {
    document32 = Int32(clamping: documentID)
    start32 = Int32(clamping: byteRange.lowerBound)
    end32 = Int32(clamping: byteRange.upperBound)
    self.isBoilerplate = isBoilerplate
  }

  public var documentID: Int { Int(document32) }
  /// The name's bytes, without a possessive "’s".
  public var byteRange: Range<Int> { Int(start32)..<max(Int(start32), Int(end32)) }
}

/// How a related entity stands to the entity that lists it.
public enum RelationKind: String, Sendable, CaseIterable {
  /// The related entity is a part of this one (an island of a group).
  case part
  /// This entity is a part of the related one (the group of an island).
  case whole
  /// The related entity is a member of this one (a country of an alliance).
  case member
  /// This entity is a member of the related one.
  case memberOf
  /// Named together in a way that ties them, without a stated part or membership.
  case related
}

/// A link from one entity to another, with the sentence that states it when there is one.
public struct Relation: Sendable, Hashable {
  public let entityID: Int
  public let kind: RelationKind
  public let source: SentenceRef?

  public init(entityID: Int, kind: RelationKind, source: SentenceRef?) {
    self.entityID = entityID
    self.kind = kind
    self.source = source
  }
}

/// Words a person is quoted as saying.
public struct Quotation: Sendable, Hashable {
  /// The quoted words, without the quotation marks.
  public let text: String
  /// The sentence in which the quotation opens.
  public let source: SentenceRef
  /// The quoted words in the document, without the quotation marks.
  public let byteRange: Range<Int>

  public init(text: String, source: SentenceRef, byteRange: Range<Int>) {
    self.text = text
    self.source = source
    self.byteRange = byteRange
  }
}

/// A person, place, organization, agreement or event the corpus names.
public struct Entity: Sendable {
  /// The entity's index in `KnowledgeBase.entities`.
  public let id: Int
  /// A stable slug of kind and name ("person/sergei-lavrov"), unique in one knowledge base.
  public let key: String
  /// The canonical name.
  public let name: String
  /// Who uses the canonical name, when an alias statement says so ("Russia").
  public let usedBy: [String]
  /// The sentence that states the canonical name as one of the entity's names (an alias
  /// statement), nil when no statement names it.
  public let nameSource: SentenceRef?
  public let kind: EntityKind
  /// Every other name: spelling variants and each side's name, canonical name excluded.
  public let aliases: [Alias]
  /// Titles the text gives a person ("Foreign Minister").
  public let roles: [String]
  /// A person's nationality as a demonym ("Russian").
  public let nationality: String?
  /// The sentence that best defines the entity: an alias statement or a role sentence beats a
  /// passing mention.
  public let definition: SentenceRef?
  /// A definition from the user's glossary, when it gives one.
  public let glossaryDefinition: String?
  /// Every mention in the corpus, sorted by document then byte offset.
  public let mentions: [Mention]
  public let related: [Relation]
  public let quotations: [Quotation]
  /// Outlets of the documents whose story mentions the entity, in corpus order.
  public let outlets: [String]
  /// Dates of the documents whose story mentions the entity, in corpus order.
  public let dates: [String]
  /// The earliest and latest publication days among those dates, when they can be read.
  public let firstSeen: CalendarDate?
  public let lastSeen: CalendarDate?
  /// Mentions in the stories, not in page furniture.
  public let bodyMentionCount: Int
  /// Documents whose story mentions the entity.
  public let documentCount: Int

  public init(
    id: Int, key: String, name: String, usedBy: [String], nameSource: SentenceRef? = nil,
    kind: EntityKind, aliases: [Alias],
    roles: [String], nationality: String?, definition: SentenceRef?, glossaryDefinition: String?,
    mentions: [Mention], related: [Relation], quotations: [Quotation], outlets: [String],
    dates: [String], firstSeen: CalendarDate? = nil, lastSeen: CalendarDate? = nil
  ) {
    self.id = id
    self.key = key
    self.name = name
    self.usedBy = usedBy
    self.nameSource = nameSource
    self.kind = kind
    self.aliases = aliases
    self.roles = roles
    self.nationality = nationality
    self.definition = definition
    self.glossaryDefinition = glossaryDefinition
    self.mentions = mentions
    self.related = related
    self.quotations = quotations
    self.outlets = outlets
    self.dates = dates
    self.firstSeen = firstSeen
    self.lastSeen = lastSeen
    // Counted once here: hovers, completion and lookup show them on every request.
    var storyMentions = 0
    var documents = 0
    var lastDocument = -1
    for mention in mentions where !mention.isBoilerplate {
      storyMentions += 1
      if mention.documentID != lastDocument {
        documents += 1
        lastDocument = mention.documentID
      }
    }
    bodyMentionCount = storyMentions
    documentCount = documents
  }

  /// The canonical name then every alias.
  public var allNames: [String] { [name] + aliases.map(\.name) }

  /// Names stated as one side's name, with who uses them: the canonical name first when it
  /// has a side, then each alias that has one.
  public var perspectiveNames: [Alias] {
    var names: [Alias] = []
    if !usedBy.isEmpty {
      names.append(Alias(name: name, usedBy: usedBy, source: nameSource ?? definition))
    }
    names += aliases.filter { !$0.usedBy.isEmpty }
    return names
  }

  /// Names that alias statements give, with who uses them: the canonical name first when a
  /// statement names it, then each stated alias.
  public var statedNames: [Alias] {
    var names: [Alias] = []
    if let nameSource { names.append(Alias(name: name, usedBy: usedBy, source: nameSource)) }
    names += aliases.filter { $0.source != nil }
    return names
  }
}

/// A name found in a text by the matcher.
public struct TextMatch: Sendable, Hashable {
  /// The name's bytes in the text, without a possessive "’s".
  public let byteRange: Range<Int>
  public let entityID: Int
  /// The name as written in the text.
  public let surface: String
  /// Every entity the name may mean when nothing in the text decides between them (a surname
  /// two people of the corpus share, with no title or full name near it), `entityID` first;
  /// empty when the name means `entityID` alone.
  public let alternatives: [Int]

  public init(byteRange: Range<Int>, entityID: Int, surface: String, alternatives: [Int] = []) {
    self.byteRange = byteRange
    self.entityID = entityID
    self.surface = surface
    self.alternatives = alternatives
  }
}

/// One answer of `KnowledgeBase.lookup`.
public struct LookupHit: Sendable, Hashable {
  public let entityID: Int
  /// The name of the entity that matched the query (the canonical name or an alias).
  public let matchedName: String
  /// Higher is better: 1 exact canonical name, 0.8 prefix, 0.6 alias, below 0.5 a misspelling.
  public let score: Double

  public init(entityID: Int, matchedName: String, score: Double) {
    self.entityID = entityID
    self.matchedName = matchedName
    self.score = score
  }
}
