/// One generated article: its text and the cast it was written about.
public struct Article: Sendable {
  public let index: Int
  public let text: String
  public let outlet: Outlet
  public let territory: Territory
  public let people: [Person]
  public let places: [Place]
}

/// Writes the article at an index of the synthetic corpus.
///
/// An article is a headline, a date line and byline, a story of recombined sentences about one
/// disputed territory (with alias statements and attributed quotations), and the outlet's page
/// furniture. Its length varies around 4 KB.
public struct ArticleWriter: Sendable {
  public let world: World

  public init(seed: UInt64, mix: Mix = .standard) {
    world = World(seed: seed, mix: mix)
  }

  public func article(_ index: Int) -> Article {
    var rng = SplitMix64(seed: world.seed, stream: .article, index: index)
    let pools = World.Pools(articleIndex: index)
    let territory = world.territory(rng.skewed(below: pools.territories))
    let outlet = world.outlet(rng.below(pools.outlets))
    let claimantSlots = twoSlots(&rng, pools.officialsPerCountry)
    let holderSlots = twoSlots(&rng, pools.officialsPerCountry)
    var third = rng.skewed(below: pools.countries)
    if third == territory.holder.index || third == territory.claimant.index {
      third = (third + 1) % pools.countries
    }
    let people = [
      world.official(country: territory.claimant.index, slot: claimantSlots.0),
      world.official(country: territory.claimant.index, slot: claimantSlots.1),
      world.official(country: territory.holder.index, slot: holderSlots.0),
      world.official(country: territory.holder.index, slot: holderSlots.1),
      world.official(country: third, slot: rng.skewed(below: pools.officialsPerCountry)),
    ]
    var places: [Place] = []
    for _ in 0..<3 { places.append(world.place(rng.skewed(below: pools.places))) }
    let organization = world.organization(rng.below(pools.organizations))
    let year = 2015 + index % 10
    var story = Story(
      rng: rng, outlet: outlet, territory: territory, people: people, places: places,
      organization: organization, year: year, mix: world.mix, trending: trending())
    let text = compose(&story, index: index, pools: pools)
    return Article(
      index: index, text: text, outlet: outlet, territory: territory, people: people,
      places: places)
  }

  /// The names a site's furniture shows on every page, in mixes with furniture everywhere: the
  /// same few in every document.
  private func trending() -> [String] {
    guard world.mix.furnitureEverywhere else { return [] }
    return [
      world.territory(0).holderName, world.country(0).name, world.organization(0).name,
      world.country(1).capital,
    ]
  }

  /// Two different official slots: the foreign minister and head of government most often.
  private func twoSlots(_ rng: inout SplitMix64, _ count: Int) -> (Int, Int) {
    func one() -> Int {
      let roll = rng.below(100)
      if roll < 35 { return 1 }
      if roll < 55 { return 0 }
      return rng.skewed(below: count)
    }
    let first = one()
    var second = one()
    if second == first { second = (first + 2) % count }
    return (first, second)
  }

  private func compose(_ s: inout Story, index: Int, pools: World.Pools) -> String {
    var lines: [String] = []
    let kinds = s.mix.furnitureEverywhere ? Boilerplate.Kind.allCases : s.outlet.boilerplate
    lines.append(contentsOf: Boilerplate.header(kinds, &s))
    lines.append(s.rng.pick(Sentences.headlines)(&s))
    lines.append("")
    lines.append(dateLine(&s, index: index))
    lines.append("By \(world.reporter(s.rng.below(pools.reporters)).fullName)")
    lines.append("")
    lines.append(contentsOf: Boilerplate.beforeStory(kinds, &s))

    let targetBodyBytes = s.mix.storyBytes + s.rng.below(s.mix.storyBytesSpread)
    var bodyBytes = 0
    var paragraph = 0
    var aliasesLeft = s.mix.manyAliasPhrasings ? 2 + s.rng.below(3) : 1 + s.rng.below(2)
    var quotesLeft = 2 + s.rng.below(2)
    // A shuffled deck of body sentences, so that an article does not repeat itself.
    var deck = Array(Sentences.body.indices)
    for position in stride(from: deck.count - 1, to: 0, by: -1) {
      deck.swapAt(position, s.rng.below(position + 1))
    }
    var dealt = 0
    while bodyBytes < targetBodyBytes {
      var sentences: [String] = []
      for _ in 0..<(2 + s.rng.below(3)) {
        let roll = s.rng.below(10)
        if roll < 2, aliasesLeft > 0, paragraph > 0 {
          aliasesLeft -= 1
          sentences.append(Sentences.alias(&s))
        } else if roll < 4, quotesLeft > 0 {
          quotesLeft -= 1
          sentences.append(s.rng.pick(Sentences.attributions)(&s))
        } else {
          sentences.append(Sentences.body[deck[dealt % deck.count]](&s))
          dealt += 1
        }
      }
      // Some outlets put one sentence per line, others one paragraph per line.
      let text =
        s.outlet.index % 2 == 0
        ? sentences.joined(separator: " ") : sentences.joined(separator: "\n")
      bodyBytes += text.utf8.count
      lines.append(text)
      lines.append("")
      paragraph += 1
    }
    if aliasesLeft > 0 {
      lines.append(Sentences.alias(&s))
    }
    lines.append(
      contentsOf: Boilerplate.footer(kinds, &s) { rng in teaser(&rng) })
    return lines.joined(separator: "\n") + "\n"
  }

  /// The headline of some other story, for "See also" lists.
  private func teaser(_ rng: inout SplitMix64) -> String {
    let other = article(headlineOf: Int(rng.next() % 1_000_000))
    return other
  }

  private func article(headlineOf index: Int) -> String {
    var rng = SplitMix64(seed: world.seed, stream: .article, index: index, subindex: 1)
    let pools = World.Pools(articleIndex: index)
    let territory = world.territory(rng.skewed(below: pools.territories))
    let people = [
      world.official(country: territory.claimant.index, slot: 1),
      world.official(country: territory.claimant.index, slot: 0),
      world.official(country: territory.holder.index, slot: 1),
      world.official(country: territory.holder.index, slot: 0),
    ]
    var story = Story(
      rng: rng, outlet: world.outlet(0), territory: territory, people: people,
      places: [world.place(rng.below(pools.places))],
      organization: world.organization(rng.below(pools.organizations)), year: 2020,
      mix: world.mix)
    return story.rng.pick(Sentences.headlines)(&story)
  }

  private func dateLine(_ s: inout Story, index: Int) -> String {
    let month = 1 + s.rng.below(12)
    let day = s.day()
    switch s.outlet.dateStyle {
    case 0:
      return
        "\(s.year).\(twoDigits(month)).\(twoDigits(day)) / \(twoDigits(s.rng.below(24))):\(twoDigits(s.rng.below(60)))"
    case 1:
      let weekday = String(Story.weekdays[s.rng.below(7)].prefix(3))
      let monthName = String(Story.months[month - 1].prefix(3))
      return "\(weekday) \(monthName) \(day) , \(s.year)"
    default:
      return "\(Story.months[month - 1]) \(day), \(s.year)"
    }
  }

  private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
