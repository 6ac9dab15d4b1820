/// Last words of names that tell the kind of thing named ("Kuril Islands" is a place,
/// "Joint Declaration" an agreement). Folded.
enum HeadNouns {
  static let place: Set<String> = [
    "island", "islands", "isle", "isles", "islet", "islets", "archipelago", "atoll", "reef",
    "reefs", "sea", "ocean", "strait", "straits", "bay", "gulf", "lake", "river", "mountain",
    "mountains", "mount", "peninsula", "cape", "coast", "valley", "desert", "plateau", "ridge",
    "range", "city", "province", "prefecture", "region", "oblast", "krai", "district", "county",
    "state", "territory", "territories", "republic", "kingdom", "emirate", "canal", "channel",
    "harbour", "harbor", "port", "square", "street", "avenue", "airport", "base", "border",
    "heights", "hills", "plain", "basin", "delta", "sound", "shoal", "shoals", "rock", "rocks",
    "islas", "isla", "falls", "forest", "park", "waterway", "estuary", "lagoon", "marsh",
    // Buildings and works people go to.
    "stadium", "arena", "station", "bridge", "road", "highway", "motorway", "railway",
    "hotel", "mosque", "temple", "cathedral", "shrine", "palace", "castle", "tower", "towers",
    "prison", "monastery", "campus", "dam", "pier", "plaza", "boulevard", "lane", "hill",
    // A museum or a centre is first the building it is in ("sent to the Varno Science
    // Center", "at the Museum of Tides"), as a stadium or a hotel is.
    "center", "centre", "museum", "hall", "complex", "facility",
  ]

  /// Nouns of settlements, lands and divisions of a country that name a place after "of":
  /// "the town of Yeoncheon", "the island of Iturup", "the coast of Aceh". Not buildings or
  /// works ("the museum of …" may name anything).
  static let placeBeforeOf: Set<String> = [
    "town", "city", "village", "hamlet", "suburb", "borough", "municipality", "capital",
    "province", "prefecture", "region", "state", "county", "district", "island", "islands",
    "coast", "shores", "outskirts", "port", "peninsula", "republic", "kingdom", "emirate",
  ]

  /// First words that make a place of a name ("Mount Pleasant", "Lake Chad", "Port Stanley").
  static let placePrefixes: Set<String> = [
    "mount", "mt.", "lake", "cape", "port", "fort", "isla", "islas", "isle", "gulf", "bay",
    "point", "puerto", "rio", "san", "santa", "sao", "saint", "st.", "monte", "sierra", "lago",
  ]

  static let organization: Set<String> = [
    "ministry", "ministries", "department", "agency", "council", "committee", "commission",
    "party", "university", "institute", "bank", "times", "post", "news", "press", "corporation",
    "company", "inc.", "ltd.", "inc", "ltd", "group", "association", "organization",
    "organisation", "union", "alliance", "office", "court", "parliament", "assembly", "senate",
    "congress", "government", "administration", "navy", "army", "force", "forces", "guard",
    "service", "services", "school", "college", "academy", "foundation", "fund", "network",
    "federation", "league", "club", "society", "embassy",
    "consulate", "cabinet", "diet", "duma", "authority", "authorities", "board", "bureau",
    "tribunal", "network", "television", "tv", "radio", "herald", "journal", "tribune",
    "gazette", "daily", "telegraph", "guardian", "observer", "monitor", "mission", "program",
    "programme", "initiative", "coalition", "movement", "front", "brigade", "command",
    "secretariat", "directorate", "inc.", "llc", "plc", "airlines", "airways", "media",
    "nations", "bloc",
    // Company suffixes and the heads of business and press names.
    "corp", "corp.", "co.", "holdings", "limited", "incorporated", "industries", "enterprises",
    "technologies", "motors", "pharmaceuticals", "studios", "records", "ag", "gmbh", "nv",
    "llp", "magazine", "weekly", "church", "gallery", "galleries", "municipality",
    "brotherhood", "orchestra", "band", "choir", "team",
  ]

  static let agreement: Set<String> = [
    "treaty", "declaration", "accord", "accords", "agreement", "pact", "convention", "protocol",
    "charter", "communique", "communiqué", "memorandum", "act", "resolution", "deal", "doctrine",
    "statement", "understanding", "armistice", "ceasefire", "constitution",
  ]

  static let event: Set<String> = [
    "summit", "conference", "forum", "war", "games", "olympics", "cup", "election", "elections",
    "talks", "festival", "crisis", "revolution", "battle", "expo", "dialogue", "meeting",
    "incident", "uprising", "invasion", "occupation", "offensive", "campaign", "championship",
    "exercise", "exercises", "drills", "ceremony", "session", "week", "day", "anniversary",
    "referendum", "conflict",
  ]

  /// The kind a name's last word tells, if it tells one.
  static func kind(ofHead folded: String) -> EntityKind? {
    if place.contains(folded) { return .place }
    if agreement.contains(folded) { return .agreement }
    if event.contains(folded) { return .event }
    if organization.contains(folded) { return .organization }
    return nil
  }

  /// Generic place heads that can be dropped when comparing variants of one name
  /// ("Southern Kuril Islands" and "Southern Kurils").
  static let droppableLeading: Set<String> = ["islas", "isla", "iles", "ilhas"]

  static let droppableForVariants: Set<String> = [
    "island", "islands", "isle", "isles", "islet", "islets", "archipelago", "islas", "isla",
    "group", "chain", "ridge",
  ]
}
