/// Words around a name that say an institution or a company bears it, in English business and
/// news text ("Google headquarters", "co-founder of Twitter", "shares in Kelvara rose"). Folded.
enum OrganizationWords {
  /// Lower-case nouns right after a name: "Facebook creator Mark Zuckerberg", "Twitter users",
  /// "the Kelvara company".
  static let after: Set<String> = [
    "headquarters", "founder", "founders", "co-founder", "cofounder", "creator", "creators",
    "employees", "employee", "staff", "workforce", "shareholders", "shares", "stock", "users",
    "subscribers", "customers", "executives", "executive", "ceo", "chairman", "chairwoman",
    "board", "website", "app", "subsidiary", "subsidiaries", "brand", "products", "company",
    "firm", "corporation", "conglomerate", "newspaper", "magazine", "spokesman", "spokeswoman",
    "spokesperson", "members", "membership", "leadership", "chapter", "branch", "franchise",
    "takeover", "merger", "stake", "homepage", "site", "account", "accounts", "platform",
  ]

  /// Lower-case nouns before "of" and a name: "co-founder of Google", "members of the
  /// movement", "chief executive of Kelvara".
  static let beforeOf: Set<String> = [
    "founder", "founders", "co-founder", "cofounder", "creator", "members", "member",
    "employees", "employee", "staff", "shareholders", "ceo", "chairman", "chairwoman",
    "headquarters", "subsidiary", "spokesman", "spokeswoman", "spokesperson", "executive",
    "owner", "owners", "leadership", "board",
  ]

  /// Lower-case nouns before "in" and a name, where "in" is not of place: "shares in Kelvara",
  /// "a stake in the bank".
  static let beforeIn: Set<String> = ["shares", "stake", "stakes", "shareholding", "holdings"]

  /// Words of publishing before "on" or "to" and a name, where the name is a medium, not a
  /// place: "posted to Twitter", "messages on Twitter", "a video on YouTube", "appeared on
  /// Kelvara TV".
  static let publishingBeforeOn: Set<String> = [
    "posted", "published", "tweeted", "wrote", "written", "appeared", "appearing", "broadcast",
    "aired", "streamed", "uploaded", "shared", "message", "messages", "post", "posts", "video",
    "videos", "hashtag", "hashtags", "account", "accounts", "page", "channel", "blog", "comments",
    "photo", "photos", "followers", "trending", "interview", "livestream",
  ]

  /// Lower-case nouns before "for" and a name: "a spokesman for Kelvara".
  static let beforeFor: Set<String> = [
    "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys",
  ]
}
