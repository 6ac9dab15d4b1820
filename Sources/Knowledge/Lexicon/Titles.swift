/// Titles and roles of people in English news text ("Foreign Minister", "President", "Mr.").
enum Titles {
  /// The word a title ends in: "Minister" of "Foreign Minister". Folded.
  static let heads: Set<String> = [
    "minister", "president", "secretary", "chancellor", "premier", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "senator", "congressman",
    "congresswoman", "representative", "lawmaker", "legislator", "king", "queen", "prince",
    "princess", "emperor", "empress", "pope", "admiral", "colonel", "commander",
    "captain", "lieutenant", "sergeant", "marshal", "director", "chairman", "chairwoman",
    "chairperson", "chair", "ceo", "commissioner", "speaker", "judge", "justice", "professor",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.",
    "sgt.", "adm.", "maj.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh",
    "ayatollah", "archbishop", "bishop", "cardinal", "rabbi", "imam", "coordinator",
    "negotiator", "adviser", "advisor", "councillor", "councilor", "counsellor", "mla", "mp",
    "attorney", "prosecutor", "head", "leader", "deputy", "undersecretary", "under-secretary",
    "secretary-general", "vice-president", "vice-minister", "officer", "inspector",
    "superintendent", "administrator", "sheriff", "coach", "chief", "general",
  ]

  /// Words that come before a title's head ("Foreign", "Prime", "Deputy"). Folded.
  static let modifiers: Set<String> = [
    "foreign", "prime", "defense", "defence", "deputy", "vice", "chief", "cabinet", "finance",
    "interior", "justice", "trade", "economy", "economic", "state", "senior", "acting", "former",
    "first", "second", "attorney", "home", "health", "education", "energy", "environment",
    "culture", "labour", "labor", "agriculture", "transport", "security", "industry", "supreme",
    "executive", "press", "affairs", "international", "national", "general", "foreign-affairs",
    "territorial", "fisheries", "navy", "army", "military", "top", "special", "permanent", "lord",
    "grand", "crown", "opposition", "party", "majority", "minority", "assistant", "associate",
    "regional", "federal", "provincial", "interim", "outgoing", "incoming", "vice-", "digital",
    "science", "technology", "development", "overseas", "commonwealth", "european", "treasury",
    "public", "legislative", "assembly", "house", "parliamentary", "pacific", "asia", "high",
    "police", "fire", "head",
  ]

  /// Honorifics that mark the next name as a person without being a role ("Mr.").
  static let honorifics: Set<String> = [
    "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "sir", "dame", "madam", "miss",
  ]

  /// Lower-case nouns that, right before a name, say the name is a person
  /// ("counterpart Sergey Lavrov", "their deputies, Igor Morgulov and Takeo Mori"). Folded.
  static let roleNouns: Set<String> = [
    "counterpart", "counterparts", "minister", "ministers", "deputy", "deputies", "spokesman",
    "spokeswoman", "spokesperson", "official", "officials", "leader", "leaders", "president",
    "diplomat", "diplomats", "envoy", "envoys", "ambassador", "lawmaker", "lawmakers",
    "senator", "governor", "mayor", "chief", "analyst", "analysts", "expert", "experts",
    "professor", "researcher", "journalist", "reporter", "correspondent", "author", "writer",
    "activist", "veteran", "fisherman", "chairman", "premier", "secretary", "negotiator",
    "negotiators", "adviser", "advisor", "aide", "colleague", "successor", "predecessor",
    "legislator", "legislators", "resident", "councillor", "commander", "general", "admiral",
    "prosecutor", "judge", "candidate", "historian", "scholar", "economist", "representative",
    "director", "head", "member", "members", "ministers", "presidents", "heads", "spokespeople",
    "governors", "mp", "mla", "mlas", "mps", "islander", "islanders", "politician", "politicians",
  ]

  /// Role nouns that an institution or a place may hold too, so that an apposition with one
  /// says nothing of a person: "Veltrana, a member of the alliance", "Kelvara, the market
  /// leader", "a candidate city". Folded.
  static let rolesOfInstitutions: Set<String> = [
    "member", "members", "head", "heads", "leader", "leaders", "representative", "successor",
    "predecessor", "candidate", "owner", "veteran", "chair", "speaker", "general",
  ]

  /// Verbs that report speech: "Lavrov said", "said Lavrov", "Kishida told reporters". Folded.
  static let speechVerbs: Set<String> = [
    "said", "says", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes",
    "explained", "insisted", "stated", "states", "continued", "wrote", "writes", "asked", "asks",
    "replied", "warned", "warns", "argued", "argues", "claimed", "declared", "remarked",
    "commented", "concluded", "emphasized", "emphasised", "acknowledged", "admitted",
    "recalled", "tweeted", "posted", "announced", "announces", "suggested", "urged", "urges",
    "pointed", "responded", "countered", "observed", "cautioned", "complained", "affirmed",
    "reiterated", "underlined", "underscored", "maintained", "vowed", "promised", "confirmed",
    "denied", "added:", "says:", "asserted", "insists", "believes", "hopes", "voiced",
    "telling", "quoted",
  ]
}
