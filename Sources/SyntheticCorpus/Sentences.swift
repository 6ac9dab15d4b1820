/// Sentence templates of international news, recombined with the story's cast.
///
/// Each template is a function of the story so that the type checker sees plain string
/// interpolation; together they give the mix of the genre: talks, claims, history, alias
/// statements in several phrasings, and quotations with attribution.
enum Sentences {
  typealias Template = @Sendable (inout Story) -> String

  // MARK: - Headlines

  static let headlines: [Template] = [
    { s in
      "\(s.claimant.demonym) foreign minister airs concerns over \(s.holder.demonym) military activity"
    },
    { s in
      "\(s.claimant.name) hopes to establish mutual trust with \(s.holder.name) on regional security"
    },
    { s in "\(s.person(0).last) and \(s.person(2).last) agree to speed up peace treaty talks" },
    { s in "\(s.holder.name) rejects \(s.claimant.demonym) protest over drills near \(s.islands)" },
    { s in "Talks on joint economic activities on \(s.islands) stall again" },
    { s in "\(s.holder.demonym) leader visits disputed islands, angering \(s.claimant.capital)" },
    { s in
      "\(s.claimant.demonym) and \(s.holder.demonym) ministers meet in \(s.place().name) amid island row"
    },
    { s in "Fishing boats detained near \(s.islands), \(s.organization.name) says" },
  ]

  // MARK: - Body

  static let body: [Template] = [
    { s in
      let a = s.name(s.person(0))
      let b = s.name(s.person(2), nationality: false)
      return
        "\(a) voiced \(s.open)serious concerns\(s.close) over a recent increase in military activity near \(s.claimant.name) in phone talks \(s.weekday()) with \(s.holder.demonym) counterpart \(b), a government source said."
    },
    { s in
      let a = s.name(s.person(0))
      let b = s.name(s.person(2))
      return
        "According to the \(s.claimant.demonym) Foreign Ministry, \(a) and \(b) agreed to advance peace treaty negotiations that have been stalled over a long-standing territorial row between their countries."
    },
    { s in
      "The two exchanged views on a range of topics including joint economic activities on \(s.islandsVaried()) and security issues, the ministry said."
    },
    { s in
      "\(s.claimant.capital) claims the islands were seized illegally soon after the end of the war in \(s.month()) \(s.pastYear()), while \(s.holder.capital) argues it took them legitimately."
    },
    { s in
      let a = s.name(s.person(0))
      let b = s.name(s.person(2))
      let place = s.place()
      return
        "\(a), who has held a series of phone talks with counterparts since taking office, expressed to \(b) concerns over the heightened tensions in \(place.shortName), the official said."
    },
    { s in
      "The talks, which are to be held on \(s.month()) \(s.day()) in \(s.claimant.capital) between the \(s.claimant.demonym) and \(s.holder.demonym) deputy foreign ministers, are expected to move both countries toward a permanent peace treaty."
    },
    { s in
      let a = s.name(s.person(1))
      let b = s.name(s.person(3))
      return
        "In \(s.month()) \(s.pastYear()), \(a) and \(b) held a second round of talks on resolving the dispute."
    },
    { s in
      let islands = s.territory.islands
      let pair = islands.count >= 2 ? "\(islands[0]) and the \(islands[1]) islet group" : islands[0]
      return
        "The \(s.pastYear()) Joint Declaration mentions the return of the smaller two of the islands — \(pair) — to \(s.claimant.name)."
    },
    { s in
      "The \(s.organization.name) said on \(s.weekday()) that \(s.number()) vessels had entered the waters off \(s.islands) without notice."
    },
    { s in
      let p = s.anyPerson()
      let name = s.name(p)
      return
        "\(name) is expected to visit \(s.place().phrase) next month, where \(s.number()) new patrol ships are based."
    },
    { s in
      "\(s.holder.capital) and \(s.claimant.capital) have never signed a permanent peace treaty, because of the dispute over \(s.islandsVaried())."
    },
    { s in
      "Both sides agreed to create a special regime on the islands leading to joint projects in fisheries, tourism and wind power."
    },
    { s in
      let place = s.place()
      return
        "The \(s.holder.demonym) military held drills on the largest island, \(s.territory.islands[0]), and in \(place.shortName) last week, prompting a formal protest."
    },
    { s in
      "Former residents of the islands and their descendants, now numbering about \(s.number()) thousand, have long asked to visit family graves there."
    },
    { s in
      let p = s.anyPerson()
      let name = s.name(p)
      return
        "\(name) also discussed the recent ballistic missile tests over the \(s.territory.sea) and the need for closer coordination."
    },
    { s in
      "Relations soured after \(s.holder.name) suspended visa-free exchanges and withdrew from talks on a peace treaty in \(s.month())."
    },
    { s in
      "The \(s.organization.name) (\(s.organization.acronym)) is due to meet in \(s.place().name) in \(s.month()), its secretariat said."
    },
    { s in
      "Analysts at the \(s.organization.name) say a breakthrough is unlikely before the \(s.holder.demonym) elections next year."
    },
    { s in
      let p = s.person(3)
      let name = s.name(p)
      return
        "Speaking in \(s.holder.capital) on \(s.weekday()), \(name) said the islands were an inseparable part of \(s.holder.name)."
    },
    { s in
      "The islands lie in the \(s.territory.sea), between \(s.place().phrase) and the northern coast of \(s.claimant.name)."
    },
  ]

  // MARK: - Alias statements, in the phrasings news text uses

  static let aliases: [Template] = [
    { s in
      "The dispute over the sovereignty of the islands, called the \(s.territory.claimantName) in \(s.claimant.name) and the \(s.territory.holderName) in \(s.holder.name), has posed a major hurdle to the countries signing a peace treaty."
    },
    { s in
      "The islands, referred to as the \(s.territory.claimantName) by \(s.claimant.capital) and the \(s.territory.holderName) by \(s.holder.capital), were taken at the end of the war in \(s.pastYear())."
    },
    { s in
      "The \(s.territory.holderName), known in \(s.claimant.name) as the \(s.territory.claimantName), lie off the coast of \(s.place().phrase)."
    },
    { s in
      "Fishing near the \(s.territory.holderName) (\(s.territory.claimantName)) was suspended in \(s.month()) after the detention of a trawler."
    },
    { s in
      "\(s.holder.name) has deployed new coastal missile systems on what \(s.claimant.name) calls the \(s.territory.claimantName)."
    },
    { s in
      "The \(s.territory.holderName), also known as the \(s.territory.claimantName), consist of \(s.number()) islands and a group of islets."
    },
    { s in
      "\(s.holder.capital) refers to the chain as the \(s.territory.holderName), while \(s.claimant.capital) calls it the \(s.territory.claimantName)."
    },
  ]

  /// An alias statement of the story: one of `aliases` in the standard mix; in mixes with
  /// many phrasings, also one of `pairedAliases`, about the islands or about a place that
  /// another country names its own way.
  static func alias(_ s: inout Story) -> String {
    guard s.mix.manyAliasPhrasings else { return s.rng.pick(aliases)(&s) }
    if let place = s.placeWithTwoNames, let other = place.otherName,
      let otherCountry = place.otherCountry, s.rng.percent(40)
    {
      let pair = NamePair(
        first: place.name, firstSide: place.country, second: other, secondSide: otherCountry,
        noun: place.noun)
      return capitalisedFirst(s.rng.pick(pairedAliases)(&s, pair))
    }
    if s.rng.percent(35) { return s.rng.pick(aliases)(&s) }
    let t = s.territory
    var pair = NamePair(
      first: "the " + t.holderName, firstSide: t.holder, second: "the " + t.claimantName,
      secondSide: t.claimant, noun: "islands")
    if s.rng.percent(50) {
      pair = NamePair(
        first: pair.second, firstSide: pair.secondSide, second: pair.first,
        secondSide: pair.firstSide, noun: pair.noun)
    }
    return capitalisedFirst(s.rng.pick(pairedAliases)(&s, pair))
  }

  /// Something with one name on each side.
  struct NamePair {
    let first: String
    let firstSide: Country
    let second: String
    let secondSide: Country
    /// What it is ("islands", "port city").
    let noun: String

    /// A verb agreeing with the pair's names ("is" for a city, "are" for islands).
    func verb(_ singular: String, _ plural: String) -> String {
      noun == "islands" ? plural : singular
    }
  }

  typealias PairTemplate = @Sendable (inout Story, NamePair) -> String

  /// Alias statements in the many ways news text puts them, for any pair of names.
  static let pairedAliases: [PairTemplate] = [
    { s, p in
      "\(p.first), which \(p.secondSide.name) calls \(p.second), \(p.verb("has", "have")) been at the centre of the row since \(s.pastYear())."
    },
    { s, p in
      "\(p.secondSide.demonym) maps show \(p.first) as \(p.second), a \(s.number())-page annex says."
    },
    { s, p in
      "\(s.possessive(p.firstSide.name)) \(p.first) is \(s.possessive(p.secondSide.name)) \(p.second), and neither side uses the other\(s.apostrophe)s name."
    },
    { s, p in
      "Officials in \(p.secondSide.capital) call the \(p.noun) \(p.second); in \(p.firstSide.capital) \(p.verb("it is", "they are")) \(p.first)."
    },
    { s, p in
      "\(p.first) — \(p.second) to \(p.secondSide.demonym) officials — saw new patrols on \(s.weekday())."
    },
    { s, p in
      "\(p.first) (\(p.secondSide.demonym): \(p.second)) \(p.verb("is", "are")) home to about \(s.number()) thousand people."
    },
    { s, p in
      "\(p.first), or \(p.second) in \(p.secondSide.demonym) usage, \(p.verb("was", "were")) discussed again in \(s.month())."
    },
    { s, p in
      "What \(p.firstSide.name) terms \(p.first), \(p.secondSide.name) insists on calling \(p.second)."
    },
    { s, p in
      "\(p.second), the \(p.secondSide.demonym) name for \(p.first), \(p.verb("appears", "appear")) on the new passports."
    },
    { s, p in
      "\(p.first), known to \(p.secondSide.demonym) fishermen as \(p.second), \(p.verb("was", "were")) closed to shipping in \(s.month())."
    },
    { s, p in
      "The \(p.secondSide.demonym) side refers to \(p.first) as \(p.second)."
    },
    { s, p in
      "\(p.first), also called \(p.second), \(p.verb("lies", "lie")) \(s.number()) hours by boat from \(p.firstSide.capital)."
    },
  ]

  static func capitalisedFirst(_ sentence: String) -> String {
    guard let first = sentence.first, first.isLowercase else { return sentence }
    return first.uppercased() + sentence.dropFirst()
  }

  // MARK: - Quotations

  static let openers = [
    "We want to", "We will continue to", "It is important to", "Our position is to",
    "We are ready to", "Both countries need to", "We hope to", "It is time to",
  ]

  static let actions: [Template] = [
    { s in "discuss frankly how to establish mutual trust with \(s.holder.name)" },
    { s in "advance the negotiations on a peace treaty" },
    { s in "resolve the issue of \(s.islands) through dialogue" },
    { s in "develop bilateral relations politically, economically and culturally" },
    { s in "work together for stability in the \(s.territory.sea)" },
    { s in "protect the fishermen who work near \(s.place().name)" },
    { s in "build on the agreements reached in \(s.claimant.capital)" },
  ]

  static let tails = [
    "", " in a mutually beneficial manner", " as soon as possible",
    " on the basis of past agreements",
    " step by step", " without preconditions",
  ]

  static func quotation(_ s: inout Story) -> String {
    let opener = s.rng.pick(openers)
    let action = s.rng.pick(actions)(&s)
    return opener + " " + action + s.rng.pick(tails)
  }

  static let attributions: [Template] = [
    { s in
      let quote = quotation(&s)
      let name = s.name(s.person(0))
      return "\(s.open)\(quote),\(s.close) \(name) said."
    },
    { s in
      let quote = quotation(&s)
      let name = s.name(s.person(2))
      return "\(s.open)\(quote),\(s.close) \(name) told reporters on \(s.weekday())."
    },
    { s in
      let name = s.name(s.anyPerson())
      let quote = quotation(&s)
      return "\(name) said: \(s.open)\(quote).\(s.close)"
    },
    { s in
      let quote = quotation(&s)
      let name = s.name(s.person(3))
      return "\(s.open)\(quote),\(s.close) said \(name)."
    },
    { s in
      let quote = quotation(&s)
      let name = s.name(s.person(1))
      return "\(s.open)\(quote). There is no other way,\(s.close) \(name) added."
    },
  ]
}
