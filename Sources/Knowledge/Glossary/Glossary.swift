import Corpus

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a user tells Dossier that the articles do not: aliases with who uses them, kinds and
/// definitions, read from `dossier-glossary.json` in the corpus folder.
///
/// ```json
/// {
///   "entities": [
///     {
///       "name": "Senkaku Islands",
///       "kind": "place",
///       "usedBy": ["Japan"],
///       "aliases": [
///         { "name": "Diaoyu Islands", "usedBy": ["China"] },
///         { "name": "Diaoyutai Islands", "usedBy": ["Taiwan"] }
///       ],
///       "definition": "Uninhabited islands in the East China Sea claimed by three sides."
///     }
///   ]
/// }
/// ```
///
/// An entry whose name (or one of whose aliases) the corpus already names is merged into that
/// entity: its aliases are added, its kind and definition override. Any other entry becomes an
/// entity of its own, found wherever the matcher meets its names.
public struct Glossary: Sendable, Hashable, Codable {
  public struct Name: Sendable, Hashable, Codable {
    public var name: String
    public var usedBy: [String]?

    public init(name: String, usedBy: [String]? = nil) {
      self.name = name
      self.usedBy = usedBy
    }
  }

  public struct Entry: Sendable, Hashable, Codable {
    public var name: String
    public var kind: String?
    public var usedBy: [String]?
    public var aliases: [Name]?
    public var definition: String?

    public init(
      name: String, kind: EntityKind? = nil, usedBy: [String]? = nil, aliases: [Name]? = nil,
      definition: String? = nil
    ) {
      self.name = name
      self.kind = kind?.rawValue
      self.usedBy = usedBy
      self.aliases = aliases
      self.definition = definition
    }

    /// The kind, when the entry gives a known one.
    public var entityKind: EntityKind? { kind.flatMap { EntityKind(rawValue: $0.lowercased()) } }

    /// The entry's name then its aliases, each with who uses it.
    var allNames: [Name] { [Name(name: name, usedBy: usedBy)] + (aliases ?? []) }
  }

  public var entities: [Entry]

  public init(entities: [Entry]) { self.entities = entities }

  /// The glossary's file name in a corpus folder.
  public static let fileName = "dossier-glossary.json"

  /// Parses a glossary file's bytes.
  public static func parse(_ bytes: [UInt8]) throws(GlossaryError) -> Glossary {
    let glossary: Glossary
    do {
      glossary = try JSONDecoder().decode(Glossary.self, from: Data(bytes))
    } catch {
      throw GlossaryError(reason: "not a glossary: \(error)")
    }
    for (index, entry) in glossary.entities.enumerated() {
      if entry.name.allSatisfy(\.isWhitespace) {
        throw GlossaryError(reason: "entities[\(index)].name is empty")
      }
      if let kind = entry.kind, EntityKind(rawValue: kind.lowercased()) == nil {
        let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw GlossaryError(reason: "entities[\(index)].kind \"\(kind)\" is not one of \(kinds)")
      }
    }
    return glossary
  }

  /// The glossary in `folder`, nil when there is none.
  public static func load(folder: String) throws(GlossaryError) -> Glossary? {
    let path = folder + "/" + fileName
    switch CorpusBoundary.readFile(named: fileName, inFolder: folder) {
    case .absent: return nil
    case .unreadable(let reason): throw GlossaryError(reason: "cannot read \(reason)")
    case .bytes(let bytes):
      do throws(GlossaryError) {
        return try parse(bytes)
      } catch {
        throw GlossaryError(reason: "\(path): \(error.reason)")
      }
    }
  }
}

/// Why a glossary file was not used.
public struct GlossaryError: Error, Sendable, CustomStringConvertible {
  public let reason: String
  public var description: String { reason }
}
