#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a person who read a corpus says Dossier should find in it: the entities of the
/// stories, the alias statements with who uses which name, which person each name in each
/// document means, the quotations and their speakers, and the names that occur only in page
/// furniture. Written by hand, never from the program's output.
public struct GoldFile: Codable, Sendable {
  /// The corpus folder, relative to the gold file's folder.
  public var corpus: String?
  /// Remarks on annotation choices.
  public var notes: [String]?
  public var entities: [Entity]
  /// Names that may or may not be entities (an outlet in a dateline): neither required nor
  /// counted against precision.
  public var acceptable: [String]?
  public var aliases: [AliasGroup]
  public var people: [Person]
  public var quotations: [Quotation]?
  /// Names that occur only in boilerplate: none may be an entity.
  public var boilerplateOnly: [String]
  /// Every proper-name mention of the documents with its span and kind, when the gold file
  /// has them (scored as CoNLL's conlleval scores names: exact span and kind).
  public var mentions: [MentionSpan]?
  /// The targets this gold file is held to, when they differ from the defaults (`Targets`).
  public var targets: Targets?

  public init(
    corpus: String?, notes: [String]?, entities: [Entity], acceptable: [String]?,
    aliases: [AliasGroup], people: [Person], quotations: [Quotation]?, boilerplateOnly: [String],
    mentions: [MentionSpan]? = nil, targets: Targets? = nil
  ) {
    self.corpus = corpus
    self.notes = notes
    self.entities = entities
    self.acceptable = acceptable
    self.aliases = aliases
    self.people = people
    self.quotations = quotations
    self.boilerplateOnly = boilerplateOnly
    self.mentions = mentions
    self.targets = targets
  }

  /// A name where it is written: a document, a byte range in its text and the kind of what it
  /// names.
  public struct MentionSpan: Codable, Sendable, Hashable {
    public var document: String
    /// UTF-8 byte offsets into the document's text, end excluded.
    public var start: Int
    public var end: Int
    /// "person", "place", "organization", "agreement", "event" or "other".
    public var kind: String
    /// The name as written, to check the offsets against the text.
    public var text: String?

    public init(document: String, start: Int, end: Int, kind: String, text: String? = nil) {
      self.document = document
      self.start = start
      self.end = end
      self.kind = kind
      self.text = text
    }
  }

  /// Thresholds a gold file sets for itself. When a gold file has none, the defaults hold:
  /// entities P ≥ 0.90, alias pairs and person resolutions P ≥ 0.90 and R = 1.00. When it has
  /// some, only those it names hold (a corpus annotated by others asks for what it can show).
  public struct Targets: Codable, Sendable {
    public var entityPrecision: Double?
    public var aliasPrecision: Double?
    public var aliasRecall: Double?
    public var personPrecision: Double?
    public var personRecall: Double?
    /// A person's short name ("Trump") resolved to the full one, precision and recall.
    public var shortNamePrecision: Double?
    public var shortNameRecall: Double?
    /// Mention F1 over people, places and organizations together.
    public var mentionF1: Double?

    public init(
      entityPrecision: Double? = nil, aliasPrecision: Double? = nil, aliasRecall: Double? = nil,
      personPrecision: Double? = nil, personRecall: Double? = nil,
      shortNamePrecision: Double? = nil, shortNameRecall: Double? = nil, mentionF1: Double? = nil
    ) {
      self.entityPrecision = entityPrecision
      self.aliasPrecision = aliasPrecision
      self.aliasRecall = aliasRecall
      self.personPrecision = personPrecision
      self.personRecall = personRecall
      self.shortNamePrecision = shortNamePrecision
      self.shortNameRecall = shortNameRecall
      self.mentionF1 = mentionF1
    }

    /// The targets of a gold file that sets none.
    public static let defaults = Targets(
      entityPrecision: 0.9, aliasPrecision: 0.9, aliasRecall: 1.0, personPrecision: 0.9,
      personRecall: 1.0)
  }

  public struct Entity: Codable, Sendable {
    public var name: String
    public var kind: String
    /// Other spellings and names of the same entity.
    public var variants: [String]?

    public init(name: String, kind: String, variants: [String]?) {
      self.name = name
      self.kind = kind
      self.variants = variants
    }

    var allNames: [String] { [name] + (variants ?? []) }
  }

  /// The names one alias statement (or several) gives one thing.
  public struct AliasGroup: Codable, Sendable {
    public var names: [Name]

    public init(names: [Name]) { self.names = names }
  }

  public struct Name: Codable, Sendable {
    public var name: String
    /// Who uses the name, as the text says; empty or absent when it does not say.
    public var usedBy: [String]?

    public init(name: String, usedBy: [String]? = nil) {
      self.name = name
      self.usedBy = usedBy
    }
  }

  /// Which person the names in each document mean.
  public struct Person: Codable, Sendable {
    /// The gold entity's name.
    public var person: String
    public var mentions: [DocumentSurfaces]

    public init(person: String, mentions: [DocumentSurfaces]) {
      self.person = person
      self.mentions = mentions
    }
  }

  public struct DocumentSurfaces: Codable, Sendable {
    /// The document's path relative to the corpus folder.
    public var document: String
    /// The names as written in the story ("Lavrov", "Sergey Lavrov").
    public var surfaces: [String]

    public init(document: String, surfaces: [String]) {
      self.document = document
      self.surfaces = surfaces
    }
  }

  public struct Quotation: Codable, Sendable {
    public var document: String
    /// The gold entity's name of who is quoted.
    public var speaker: String
    /// The first words of the quotation.
    public var text: String
  }

  public static func parse(_ bytes: [UInt8]) throws(EvaluationError) -> GoldFile {
    do {
      return try JSONDecoder().decode(GoldFile.self, from: Data(bytes))
    } catch {
      throw EvaluationError(reason: "not a gold file: \(error)")
    }
  }

  public static func load(path: String) throws(EvaluationError) -> GoldFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EvaluationError(reason: "cannot read \(path)")
    }
    return try parse(Array(data))
  }
}

/// Why an evaluation could not run.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
  public let reason: String
  public init(reason: String) { self.reason = reason }
  public var description: String { reason }
}
