/// The word lists as sets of token keys, so a token is looked up without building a String.
enum LexiconKeys {
  static func key(_ folded: String) -> UInt64 { NameKey.hash(Array(folded.utf8)) }

  static func keys(_ words: some Sequence<String>) -> KeySet { KeySet(words.map(key)) }

  static let function = keys(CommonWords.function)
  static let closedClass = keys(CommonWords.closedClass)
  static let compass = keys(CommonWords.compass.keys)
  static let neverName = keys(
    CommonWords.function.union(CommonWords.months).union(CommonWords.weekdays))
  static let monthsAndDays = keys(CommonWords.months.union(CommonWords.weekdays))
  static let titleHeads = keys(Titles.heads)
  static let titleModifiers = keys(Titles.modifiers)
  static let honorifics = keys(Titles.honorifics)
  static let roleNouns = keys(Titles.roleNouns.union(PersonNouns.words))
  static let rolesOfInstitutions = keys(Titles.rolesOfInstitutions)
  static let placeNounsBeforeOf = keys(HeadNouns.placeBeforeOf)
  static let largerPlaceFirstWords = keys(
    Set(Countries.byName.keys).union(Regions.states).compactMap {
      $0.split(separator: " ").first.map(String.init)
    })
  static let publishingBeforeOn = keys(OrganizationWords.publishingBeforeOn)
  static let speechVerbs = keys(Titles.speechVerbs)
  static let nameParticles = keys(CommonWords.nameParticles)
  static let nameConnectors = keys(CommonWords.nameConnectors)
  static let romanNumerals = keys(CommonWords.romanNumerals)
  static let demonyms = keys(Countries.byDemonym.keys).union(keys(CommonWords.peoples))
  /// First words of demonyms of two words ("north" of "north korean"), so that a pair of
  /// tokens is looked up as a demonym only when it may be one.
  static let demonymFirstWords = keys(
    Countries.byDemonym.keys.compactMap { key in
      key.split(separator: " ").count == 2 ? key.split(separator: " ").first.map(String.init) : nil
    })
  static let countryNames = keys(Countries.byName.keys.filter { !$0.contains(" ") })
  static let placeHeads = keys(HeadNouns.place)
  static let organizationHeads = keys(HeadNouns.organization)
  static let agreementHeads = keys(HeadNouns.agreement)
  static let eventHeads = keys(HeadNouns.event)
  static let anyHead = placeHeads.union(organizationHeads).union(agreementHeads).union(eventHeads)
  /// Heads after which "of" continues a name ("Treaty of …", "Ministry of …", "Sea of …").
  static let connectingHeads = anyHead.union(titleHeads).union(keys(["affairs", "republic"]))
  /// Heads after which "on" continues a name ("Convention on …", "Conference on …").
  static let onHeads = agreementHeads.union(eventHeads)
  /// Heads after which "for" continues a name ("Council for …", "Agreement for …").
  static let forHeads = agreementHeads.union(eventHeads).union(organizationHeads)
  static let on = key("on")
  static let at = key("at")
  static let `for` = key("for")

  static let placePrepositions = keys([
    "in", "to", "from", "near", "off", "into", "across", "toward", "towards", "around", "via",
    "visit", "visited", "visiting", "visits", "throughout", "inside", "outside",
  ])

  static let the = key("the")
  static let and = key("and")
  static let or = key("or")
  static let of = key("of")
  static let `in` = key("in")
  static let by = key("by")
  static let `as` = key("as")
  static let to = key("to")
  static let who = key("who")
  static let what = key("what")
  static let which = key("which")
  static let that = key("that")
  static let it = key("it")
  static let them = key("them")
  static let also = key("also")
  static let co = key("co")
  static let known = key("known")
  static let referred = key("referred")
  static let calls = key("calls")
  static let call = key("call")
  static let called = key("called")
  static let according = key("according")
  static let reporters = key("reporters")
  static let saying = key("saying")
  static let side = key("side")
  static let part = key("part")
  static let members = key("members")
  static let include = key("include")
  static let are = key("are")
  static let includes = key("includes")
  static let including = key("including")

  /// Verbs that name something: "called X", "named X", "dubbed X".
  static let namingVerbs = keys(["called", "named", "dubbed", "termed", "labelled", "labeled"])
  /// Adverbs that may sit between a name and its alias trigger ("also known as").
  static let aliasAdverbs = keys([
    "also", "collectively", "commonly", "widely", "locally", "officially", "often", "sometimes",
    "usually", "is", "are", "was", "were", "be", "been", "being", "generally", "formally",
    "informally", "better", "still", "historically", "traditionally",
  ])
  static let pronouns = keys(["he", "she"])
  /// Verbs by which a text cites an outlet or an agency ("Asahi reported").
  static let reportingVerbs = keys(["reported", "reports", "reporting", "quoted", "cited"])
  /// Plural nouns that introduce a list of parts or members ("four islands — A, B and C").
  static let groupNouns = keys([
    "islands", "islets", "isles", "members", "countries", "states", "nations", "parts",
    "regions", "provinces", "territories", "areas", "prefectures", "districts", "republics",
    "cities", "towns", "villages", "atolls", "reefs", "rocks", "features", "islets",
  ])
  static let memberGroupNouns = keys(["members", "countries", "states", "nations", "republics"])
  static let compositionVerbs = keys([
    "consists", "consist", "comprises", "comprise", "includes", "include", "encompasses",
  ])
}
