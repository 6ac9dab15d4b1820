/// The invented world the synthetic articles report on: countries, their officials, disputed
/// island groups with one name per side, places, organisations and outlets.
///
/// Every entity is a pure function of (seed, kind, index), so nothing is stored and article 7
/// is the same in a corpus of 10 or of 100,000 articles. Pools grow with the article index
/// (`Pools`), so the number of distinct entities grows with the size of the corpus.
public struct World: Sendable {
  public let seed: UInt64
  public let mix: Mix

  public init(seed: UInt64, mix: Mix = .standard) {
    self.seed = seed
    self.mix = mix
  }

  /// How many entities of each kind the article at `articleIndex` may draw from.
  public struct Pools: Sendable {
    public let countries: Int
    public let officialsPerCountry: Int
    public let territories: Int
    public let places: Int
    public let organizations: Int
    public let outlets: Int
    public let reporters: Int

    public init(articleIndex index: Int) {
      countries = 8 + index / 400
      officialsPerCountry = 6 + index / 80
      territories = 3 + index / 150
      places = 20 + index / 25
      organizations = 10 + index / 100
      outlets = 6 + index / 1000
      reporters = 20 + index / 20
    }
  }

  // MARK: - Countries

  public func country(_ index: Int) -> Country {
    var rng = SplitMix64(seed: seed, stream: .country, index: index)
    let name = Syllables.word(
      &rng, syllables: 1 + rng.below(2),
      endings: ["ia", "ania", "ora", "istan", "esh", "and", "ova", "ene", "ia", "ea"])
    let capital = Syllables.word(&rng, syllables: 2 + rng.below(2))
    let headTitle = rng.percent(50) ? "President" : "Prime Minister"
    return Country(
      index: index, name: name, demonym: Self.demonym(of: name), capital: capital,
      headTitle: headTitle)
  }

  /// The adjective of a country's name, by the usual English endings.
  static func demonym(of name: String) -> String {
    if name.hasSuffix("stan") { return name + "i" }
    if name.hasSuffix("esh") { return name + "i" }
    if name.hasSuffix("and") { return name + "ish" }
    if name.hasSuffix("ene") { return name + "se" }
    if name.hasSuffix("a") { return name + "n" }
    return name + "ese"
  }

  // MARK: - People

  /// The officials of a country: 0 is the head of government, 1 the foreign minister, 2 the
  /// defence minister, 3 the chief cabinet secretary; later slots hold other roles.
  public func official(country countryIndex: Int, slot: Int) -> Person {
    var rng = SplitMix64(seed: seed, stream: .person, index: countryIndex, subindex: slot)
    let country = country(countryIndex)
    let role: String
    switch slot {
    case 0: role = country.headTitle
    case 1: role = "Foreign Minister"
    case 2: role = "Defense Minister"
    case 3: role = "Chief Cabinet Secretary"
    case 4: role = "Deputy Foreign Minister"
    default: role = rng.pick(Self.otherRoles)
    }
    // The article index from which the person can appear (see `Pools`).
    let introduced = max((countryIndex - 8) * 400, (slot - 6) * 80, 0)
    return person(
      &rng, id: PersonID(country: countryIndex, slot: slot), role: role, country: country,
      introduced: introduced)
  }

  static let otherRoles = [
    "Trade Minister", "Economy Minister", "Finance Minister", "Deputy Prime Minister",
    "Interior Minister", "Energy Minister", "Fisheries Minister", "Ambassador", "Governor",
    "Senator", "lawmaker", "opposition leader", "chief negotiator", "former Prime Minister",
    "Foreign Ministry spokesperson", "senior government official", "Defense Ministry spokesperson",
  ]

  /// A reporter who writes bylines; reporters hold no office.
  public func reporter(_ index: Int) -> Person {
    var rng = SplitMix64(seed: seed, stream: .reporter, index: index)
    return person(
      &rng, id: PersonID(country: -1, slot: index), role: "reporter",
      country: country(rng.below(8)), introduced: max(0, (index - 20) * 20))
  }

  private func person(
    _ rng: inout SplitMix64, id: PersonID, role: String, country: Country, introduced: Int
  ) -> Person {
    let first = Syllables.word(
      &rng, syllables: 1 + rng.below(2),
      endings: ["ei", "ko", "a", "o", "an", "ir", "us", "ik", "ia", "el", "em", "ei"])
    let last = Syllables.word(
      &rng, syllables: 1 + rng.below(2),
      endings: [
        "ov", "ski", "ara", "en", "ez", "ami", "ashi", "son", "ic", "os", "ura", "ev", "ine",
      ])
    guard !mix.isStandard else {
      return Person(
        id: id, first: first, variantFirst: Self.spellingVariant(of: first), last: last,
        role: role, country: country)
    }
    // Everything below draws only in the other mixes, so the standard corpus stays the same.
    var surname = last
    if rng.percent(mix.sharedSurnamePercent) {
      let pool =
        mix.sharedSurnamePool > 0
        ? mix.sharedSurnamePool : Self.sharedSurnamePool(introduced: introduced)
      surname = sharedSurname(rng.skewed(below: pool))
    }
    let spellings = Self.spellings(
      of: first, count: max(1, mix.givenNameSpellings - rng.below(2)), &rng)
    let middleInitial = rng.percent(30) ? rng.pick(Self.initials) + "." : nil
    return Person(
      id: id, first: first, variantFirst: nil, last: surname, role: role, country: country,
      otherSpellings: Array(spellings.dropFirst()), middleInitial: middleInitial,
      otherScript: Self.script(of: country))
  }

  static let initials = ["A", "B", "D", "E", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V"]

  /// How many surnames people introduced at an article index share: the pool grows with the
  /// corpus, and draws lean towards its first entries, so a few surnames are very common.
  static func sharedSurnamePool(introduced: Int) -> Int { 150 + introduced / 12 }

  /// The shared surname at `index`, the same for every person who draws it.
  func sharedSurname(_ index: Int) -> String {
    var rng = SplitMix64(seed: seed, stream: .surname, index: index)
    return Syllables.word(
      &rng, syllables: 1 + rng.below(2),
      endings: ["ov", "ski", "ara", "en", "ez", "ami", "ashi", "son", "ic", "os", "ura", "ev"])
  }

  /// `count` spellings of a given name, the name first: romanisations a letter apart
  /// ("Sergei", "Sergey", "Serguei"), as different outlets and wire services write them.
  static func spellings(of first: String, count: Int, _ rng: inout SplitMix64) -> [String] {
    var spellings = [first]
    let head = String(first.prefix(1))
    let tail = String(first.dropFirst())
    var options: [String] = []
    for (from, to) in romanisations {
      guard let replaced = replacingFirst(from, with: to, in: tail) else { continue }
      options.append(head + replaced)
    }
    if options.isEmpty { options.append(first + (Syllables.isVowel(first.last!) ? "h" : "e")) }
    while spellings.count < count && !options.isEmpty {
      let option = options.remove(at: rng.below(options.count))
      if !spellings.contains(option) { spellings.append(option) }
    }
    return spellings
  }

  /// `text` with the first `pattern` in it replaced, nil when there is none.
  static func replacingFirst(_ pattern: String, with replacement: String, in text: String)
    -> String?
  {
    let letters = Array(text)
    let wanted = Array(pattern)
    guard letters.count >= wanted.count else { return nil }
    for start in 0...(letters.count - wanted.count)
    where Array(letters[start..<(start + wanted.count)]) == wanted {
      return String(letters[..<start]) + replacement + String(letters[(start + wanted.count)...])
    }
    return nil
  }

  /// Pairs of letters that romanisations of one name trade, one edit apart.
  static let romanisations = [
    ("ei", "ey"), ("ia", "iya"), ("ik", "ick"), ("us", "ous"), ("ou", "u"), ("k", "c"),
    ("v", "w"), ("y", "i"), ("sh", "ch"), ("ae", "e"), ("io", "yo"), ("j", "dj"), ("f", "ph"),
    ("ai", "ay"),
  ]

  /// The script a country's names are also written in, if any (a third of countries write in
  /// Latin letters only).
  static func script(of country: Country) -> Scripts.Script? {
    switch country.index % 4 {
    case 1: return .cyrillic
    case 2: return .greek
    case 3: return .armenian
    default: return nil
    }
  }

  /// Another common romanisation of a first name ("…ei" / "…ey"), if it has one.
  static func spellingVariant(of first: String) -> String? {
    for (ending, variant) in [("ei", "ey"), ("ia", "iya"), ("ik", "ick"), ("us", "ous")]
    where first.hasSuffix(ending) {
      return String(first.dropLast(ending.count)) + variant
    }
    return nil
  }

  // MARK: - Territories

  /// A disputed group of islands held by one country and claimed by another, each side with
  /// its own name for it.
  public func territory(_ index: Int) -> Territory {
    var rng = SplitMix64(seed: seed, stream: .territory, index: index)
    // Countries that exist when the territory first appears in the corpus.
    let introduced = max(0, index - 3) * 150
    let pool = Pools(articleIndex: introduced).countries
    let holder = rng.below(pool)
    var claimant = rng.below(pool - 1)
    if claimant >= holder { claimant += 1 }
    let directions = ["Northern", "Southern", "Eastern", "Western", "Outer", "Upper"]
    let claimantDirection = rng.pick(directions)
    let holderDirection = rng.pick(directions.filter { $0 != claimantDirection })
    let claimantRoot = Syllables.word(&rng, syllables: 2)
    let holderRoot = Syllables.word(&rng, syllables: 2)
    let claimantKind = rng.pick(["Territories", "Islands", "Isles"])
    let islandCount = 2 + rng.below(3)
    var islands: [String] = []
    for _ in 0..<islandCount { islands.append(Syllables.word(&rng, syllables: 2 + rng.below(2))) }
    let sea = Syllables.word(&rng, syllables: 2)
    return Territory(
      index: index, holder: country(holder), claimant: country(claimant),
      holderName: "\(holderDirection) \(holderRoot) Islands",
      holderVariants: [
        "\(holderDirection) \(holderRoot)s",
        "\(Self.shortDirection(holderDirection)) \(holderRoot) Islands",
      ],
      claimantName: "\(claimantDirection) \(claimantRoot) \(claimantKind)", islands: islands,
      sea: "Sea of \(sea)")
  }

  static func shortDirection(_ direction: String) -> String {
    switch direction {
    case "Northern": return "North"
    case "Southern": return "South"
    case "Eastern": return "East"
    case "Western": return "West"
    default: return direction
    }
  }

  // MARK: - Places, organisations, outlets

  public func place(_ index: Int) -> Place {
    var rng = SplitMix64(seed: seed, stream: .place, index: index)
    let name = Syllables.word(&rng, syllables: 2 + rng.below(2))
    let kind = rng.pick(Place.Kind.allCases)
    let pool = Pools(articleIndex: index * 25).countries
    let home = country(rng.below(pool))
    guard !mix.isStandard, rng.percent(mix.placesWithTwoNamesPercent) else {
      return Place(index: index, name: name, kind: kind, country: home)
    }
    // Another country's name for it, as with the islands.
    var other = rng.below(pool - 1)
    if other >= home.index { other += 1 }
    let otherName = Syllables.word(&rng, syllables: 2 + rng.below(2))
    return Place(
      index: index, name: name, kind: kind, country: home, otherName: otherName,
      otherCountry: self.country(other))
  }

  public func organization(_ index: Int) -> Organization {
    var rng = SplitMix64(seed: seed, stream: .organization, index: index)
    let pool = Pools(articleIndex: index * 100).countries
    let country = country(rng.below(pool))
    let root = Syllables.word(&rng, syllables: 2)
    let name: String
    switch rng.below(5) {
    case 0: name = "\(country.demonym) Coast Guard"
    case 1: name = "\(root) Institute for Strategic Studies"
    case 2: name = "Council of \(root) Maritime States"
    case 3: name = "\(country.demonym) Fisheries Agency"
    default: name = "\(root) Economic Forum"
    }
    return Organization(index: index, name: name, acronym: Self.acronym(of: name))
  }

  /// Initials of the capitalised words ("Council of Velmar Maritime States" → "CVMS").
  static func acronym(of name: String) -> String {
    String(
      name.split(separator: " ").compactMap { word in
        word.first?.isUppercase == true ? word.first : nil
      })
  }

  public func outlet(_ index: Int) -> Outlet {
    var rng = SplitMix64(seed: seed, stream: .outlet, index: index)
    let country = country(rng.below(8))
    let root = Syllables.word(&rng, syllables: 2)
    let name: String
    switch rng.below(5) {
    case 0: name = "The \(country.capital) Times"
    case 1: name = "\(root) News Agency"
    case 2: name = "The \(root) Herald"
    case 3: name = "\(root) Daily"
    default: name = "\(root) International"
    }
    return Outlet(
      index: index, name: name, country: country, curlyQuotes: rng.percent(70),
      dateStyle: rng.below(3), usesVariantSpelling: rng.percent(40),
      boilerplate: Boilerplate.Kind.allCases.filter { _ in rng.percent(55) })
  }
}

// MARK: - Entities

public struct Country: Sendable, Hashable {
  public let index: Int
  public let name: String
  public let demonym: String
  public let capital: String
  public let headTitle: String
}

public struct PersonID: Sendable, Hashable {
  /// -1 for reporters.
  public let country: Int
  public let slot: Int
}

public struct Person: Sendable, Hashable {
  public let id: PersonID
  public let first: String
  /// Another spelling of the first name that some outlets use, if any.
  public let variantFirst: String?
  public let last: String
  public let role: String
  public let country: Country
  /// Other spellings of the given name, used mention by mention (not in the standard mix).
  public var otherSpellings: [String] = []
  /// "K." between the given name and the surname in some mentions.
  public var middleInitial: String?
  /// The other script the person's country writes names in, if any.
  var otherScript: Scripts.Script?

  /// The full name in the country's other script, if it has one (written when asked: most
  /// people made are only named by surname in teasers).
  public var otherScriptName: String? {
    otherScript.map { Scripts.write(first + " " + last, in: $0) }
  }

  /// Every spelling of the given name.
  public var spellings: [String] { [first] + otherSpellings }

  public var fullName: String { "\(first) \(last)" }
  /// True when the role reads as a title before the name ("Foreign Minister X").
  public var roleIsTitle: Bool { role.first?.isUppercase == true }
}

public struct Territory: Sendable, Hashable {
  public let index: Int
  /// The country that administers the islands.
  public let holder: Country
  /// The country that claims them.
  public let claimant: Country
  /// The holder's name for the islands, and its variants.
  public let holderName: String
  public let holderVariants: [String]
  /// The claimant's name for the same islands.
  public let claimantName: String
  /// Single islands of the group.
  public let islands: [String]
  public let sea: String
}

public struct Place: Sendable, Hashable {
  public enum Kind: CaseIterable, Sendable {
    case portCity, region, strait, peninsula
  }

  public let index: Int
  public let name: String
  public let kind: Kind
  public let country: Country
  /// The name another country gives it, if any (not in the standard mix).
  public var otherName: String?
  public var otherCountry: Country?

  /// How an article names it ("the port city of X", "the X Strait").
  public var phrase: String {
    switch kind {
    case .portCity: return "the port city of \(name)"
    case .region: return "the \(name) region"
    case .strait: return "the \(name) Strait"
    case .peninsula: return "the \(name) Peninsula"
    }
  }

  /// What it is, for sentences that name it without its kind ("the port city").
  public var noun: String {
    switch kind {
    case .portCity: return "port city"
    case .region: return "region"
    case .strait: return "strait"
    case .peninsula: return "peninsula"
    }
  }

  public var shortName: String {
    switch kind {
    case .portCity: return name
    case .region: return "the \(name) region"
    case .strait: return "the \(name) Strait"
    case .peninsula: return "the \(name) Peninsula"
    }
  }
}

public struct Organization: Sendable, Hashable {
  public let index: Int
  public let name: String
  public let acronym: String
}

public struct Outlet: Sendable, Hashable {
  public let index: Int
  public let name: String
  public let country: Country
  /// “…” and ’ rather than "…" and '.
  public let curlyQuotes: Bool
  /// 0: "2021.11.26 / 17:37", 1: "Fri Nov 26 , 2021", 2: "November 26, 2021".
  public let dateStyle: Int
  /// Writes first names in their other romanisation.
  public let usesVariantSpelling: Bool
  /// The page furniture around its stories.
  public let boilerplate: [Boilerplate.Kind]
}
