/// What kind of corpus the generator writes: how people are spelt, how often surnames are
/// shared, how many names have a second one, how much furniture surrounds each story.
///
/// `standard` is the corpus the benchmark has always used (every option off, byte for byte the
/// same articles). `varied` is shaped like corpora from elsewhere, which stress other parts of
/// the build: each person spelt two or three ways, surnames shared by up to hundreds of people,
/// alias statements in many phrasings for hundreds of places with one name per side, names
/// followed by their spelling in another script, and page furniture around every story.
public struct Mix: Sendable, Hashable {
  /// The name given on the command line and in the corpus manifest.
  public let name: String
  /// Spellings of each person's given name that outlets use: 1 keeps the one other
  /// romanisation of `World.spellingVariant` (by outlet); 2 or more gives each person that
  /// many (chosen per mention), a middle initial for some, and a second full mention now and
  /// then.
  public var givenNameSpellings: Int
  /// Percent of people whose surname comes from a pool shared by all countries, drawn towards
  /// its first entries, so that the commonest surnames belong to hundreds of people.
  public var sharedSurnamePercent: Int
  /// How many shared surnames there are: 0 lets the pool grow with the corpus (about one
  /// surname per twelve articles), a number fixes it, so that the people sharing each surname
  /// grow with the corpus instead.
  public var sharedSurnamePool: Int
  /// Percent of places that another country calls by a name of its own.
  public var placesWithTwoNamesPercent: Int
  /// Alias statements in more phrasings than the seven of `Sentences.aliases`, for islands and
  /// places alike, and several per story.
  public var manyAliasPhrasings: Bool
  /// Percent of first mentions followed by the name in another script ("Nogeir Veikeson
  /// (Ногеир Веикесон)").
  public var otherScriptPercent: Int
  /// Every story gets every kind of page furniture, with navigation trails, forum rules and
  /// lists of teasers.
  public var furnitureEverywhere: Bool
  /// The story's length in bytes is this plus up to `storyBytesSpread`.
  public var storyBytes: Int
  public var storyBytesSpread: Int
  /// Raised when a mix's text changes, so an old corpus on disk is not reused (`standard`
  /// follows `CorpusGenerator.version` alone).
  public var revision: Int

  public static let standard = Mix(
    name: "standard", givenNameSpellings: 1, sharedSurnamePercent: 0, sharedSurnamePool: 0,
    placesWithTwoNamesPercent: 0, manyAliasPhrasings: false, otherScriptPercent: 0,
    furnitureEverywhere: false, storyBytes: 2_600, storyBytesSpread: 1_200, revision: 0)

  public static let varied = Mix(
    name: "varied", givenNameSpellings: 3, sharedSurnamePercent: 60, sharedSurnamePool: 0,
    placesWithTwoNamesPercent: 15, manyAliasPhrasings: true, otherScriptPercent: 30,
    furnitureEverywhere: true, storyBytes: 900, storyBytesSpread: 900, revision: 1)

  public static let all = [standard, varied]

  /// The mix of that name, nil for an unknown one.
  public static func named(_ name: String) -> Mix? { all.first { $0.name == name } }

  var isStandard: Bool { self == .standard }

  /// The options by name, as `dossier-bench generate --option NAME=VALUE` sets them.
  public static let optionNames = [
    "givenNameSpellings", "sharedSurnamePercent", "sharedSurnamePool", "placesWithTwoNamesPercent",
    "manyAliasPhrasings", "otherScriptPercent", "furnitureEverywhere", "storyBytes",
    "storyBytesSpread",
  ]

  /// Sets option `name` to `value` (a number, or true/false); false when either is unknown.
  public mutating func set(_ name: String, to value: String) -> Bool {
    let flag = value == "true" ? true : value == "false" ? false : nil
    guard let number = Int(value) ?? flag.map({ $0 ? 1 : 0 }), number >= 0 else { return false }
    switch name {
    case "givenNameSpellings": givenNameSpellings = max(1, number)
    case "sharedSurnamePercent": sharedSurnamePercent = min(number, 100)
    case "sharedSurnamePool": sharedSurnamePool = number
    case "placesWithTwoNamesPercent": placesWithTwoNamesPercent = min(number, 100)
    case "manyAliasPhrasings": manyAliasPhrasings = number != 0
    case "otherScriptPercent": otherScriptPercent = min(number, 100)
    case "furnitureEverywhere": furnitureEverywhere = number != 0
    case "storyBytes": storyBytes = number
    case "storyBytesSpread": storyBytesSpread = max(1, number)
    default: return false
    }
    return true
  }

  /// Every option's value, for the corpus manifest: a corpus on disk is reused only for the
  /// same options.
  var settings: String {
    "\(givenNameSpellings),\(sharedSurnamePercent),\(sharedSurnamePool),"
      + "\(placesWithTwoNamesPercent),\(manyAliasPhrasings ? 1 : 0),\(otherScriptPercent),"
      + "\(furnitureEverywhere ? 1 : 0),\(storyBytes),\(storyBytesSpread)"
  }
}
