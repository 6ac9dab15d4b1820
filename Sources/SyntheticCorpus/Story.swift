/// The cast of one article and the running state of its telling: who was already introduced
/// (later mentions use the surname alone), which quotation marks the outlet prints.
struct Story {
  var rng: SplitMix64
  let outlet: Outlet
  let territory: Territory
  /// The two countries of the story: the claimant and the holder of the territory.
  let claimant: Country
  let holder: Country
  /// Officials of the claimant (0, 1) and of the holder (2, 3), then one of a third country.
  let people: [Person]
  let places: [Place]
  let organization: Organization
  let year: Int
  let mix: Mix
  /// Names the site's furniture shows on every page ("Trending: …"), in the furniture-heavy
  /// mixes: a few names that every document mentions.
  let trending: [String]
  private(set) var introduced: Set<PersonID> = []

  init(
    rng: SplitMix64, outlet: Outlet, territory: Territory, people: [Person], places: [Place],
    organization: Organization, year: Int, mix: Mix = .standard, trending: [String] = []
  ) {
    self.mix = mix
    self.trending = trending
    self.rng = rng
    self.outlet = outlet
    self.territory = territory
    claimant = territory.claimant
    holder = territory.holder
    self.people = people
    self.places = places
    self.organization = organization
    self.year = year
  }

  // MARK: - Typography

  var open: String { outlet.curlyQuotes ? "“" : "\"" }
  var close: String { outlet.curlyQuotes ? "”" : "\"" }
  var apostrophe: String { outlet.curlyQuotes ? "’" : "'" }

  func possessive(_ name: String) -> String {
    name.hasSuffix("s") ? name + apostrophe : name + apostrophe + "s"
  }

  // MARK: - Names

  /// A person as the story names them: in full with title and nationality the first time,
  /// by surname afterwards.
  /// `nationality: false` where the sentence already says it ("Xian counterpart …").
  mutating func name(_ person: Person, nationality: Bool = true) -> String {
    guard mix.isStandard else { return variedName(person, nationality: nationality) }
    guard introduced.insert(person.id).inserted else { return person.last }
    let first =
      outlet.usesVariantSpelling ? (person.variantFirst ?? person.first) : person.first
    let full = "\(first) \(person.last)"
    if !nationality {
      return person.roleIsTitle ? "\(person.role) \(full)" : full
    }
    if person.roleIsTitle {
      return rng.percent(60)
        ? "\(person.country.demonym) \(person.role) \(full)" : "\(person.role) \(full)"
    }
    return rng.percent(50)
      ? "\(full), a \(person.country.demonym) \(person.role),"
      : "\(person.country.demonym) \(person.role) \(full)"
  }

  /// `name(_:nationality:)` in the mixes where people are spelt several ways: a spelling per
  /// mention, a middle initial now and then, the name in its own script after the first
  /// mention, and sometimes the full name again later on.
  private mutating func variedName(_ person: Person, nationality: Bool) -> String {
    let first = rng.pick(person.spellings)
    var full = "\(first) \(person.last)"
    if let initial = person.middleInitial, rng.percent(40) {
      full = "\(first) \(initial) \(person.last)"
    }
    guard introduced.insert(person.id).inserted else {
      return rng.percent(15) ? full : person.last
    }
    if let script = person.otherScriptName, rng.percent(mix.otherScriptPercent) {
      full += " (\(script))"
    }
    if !nationality {
      return person.roleIsTitle ? "\(person.role) \(full)" : full
    }
    if person.roleIsTitle {
      return rng.percent(60)
        ? "\(person.country.demonym) \(person.role) \(full)" : "\(person.role) \(full)"
    }
    return rng.percent(50)
      ? "\(full), a \(person.country.demonym) \(person.role),"
      : "\(person.country.demonym) \(person.role) \(full)"
  }

  /// The islands by the name the outlet's side uses.
  var islands: String {
    outlet.country == claimant ? "the " + territory.claimantName : "the " + territory.holderName
  }

  mutating func islandsVaried() -> String {
    if outlet.country == claimant || rng.percent(30) { return "the " + territory.claimantName }
    if rng.percent(40) { return "the " + rng.pick(territory.holderVariants) }
    return "the " + territory.holderName
  }

  mutating func person(_ index: Int) -> Person { people[index % people.count] }

  mutating func anyPerson() -> Person { people[rng.below(people.count)] }

  mutating func place() -> Place { rng.pick(places) }

  /// One of the story's places that has a name per side, if any.
  var placeWithTwoNames: Place? { places.first { $0.otherName != nil } }

  // MARK: - Dates

  static let weekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  mutating func weekday() -> String { rng.pick(Self.weekdays) }
  mutating func month() -> String { rng.pick(Self.months) }
  mutating func day() -> Int { 1 + rng.below(28) }
  mutating func pastYear() -> Int { year - 1 - rng.below(60) }
  mutating func number() -> String { rng.pick(["two", "three", "four", "five", "six", "seven"]) }
}
