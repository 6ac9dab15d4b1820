/// Page furniture that scraped news pages carry around the story: ad-blocker notices,
/// navigation lists, "See also" teasers of other stories, comment forms, subscription pitches,
/// copyright lines and forum rules.
public enum Boilerplate {
  public enum Kind: CaseIterable, Sendable {
    case adBlocker, navigation, seeAlso, commentForm, subscription, copyright, forum
  }

  static let sections = [
    "Home", "World", "Politics", "Business", "Opinion", "Asia", "Europe", "Sports", "Culture",
    "Science", "Video", "Podcasts", "Newsletters",
  ]

  /// Lines that go above the headline.
  static func header(_ kinds: [Kind], _ s: inout Story) -> [String] {
    var lines: [String] = []
    if kinds.contains(.navigation) {
      let start = s.rng.below(4)
      lines.append(contentsOf: sections[start..<start + 5 + s.rng.below(4)])
      lines.append("")
    }
    guard s.mix.furnitureEverywhere else { return lines }
    // A navigation trail down to the story's country, and the site's trending names.
    let section = s.rng.pick(["World", "Politics", "Asia", "Europe"])
    let country = s.rng.percent(50) ? s.claimant.name : s.holder.name
    lines.append(
      "Home › \(section) › \(country) › \(s.rng.pick(["Diplomacy", "Security", "Analysis"]))")
    lines.append("Trending: " + s.trending.joined(separator: " | "))
    lines.append("")
    return lines
  }

  /// Lines between the byline and the story.
  static func beforeStory(_ kinds: [Kind], _ s: inout Story) -> [String] {
    guard kinds.contains(.adBlocker) else { return [] }
    return [
      "It looks like you\(s.apostrophe)re using an ad blocker.",
      "To enjoy our content, please include \(s.outlet.name) on your ad-blocker\(s.apostrophe)s list of approved sites.",
      "Thank you for supporting our journalism.",
      "",
    ]
  }

  static let forumRules = [
    "Forum rules", "1. Be respectful to other members.",
    "2. No personal attacks, hate speech or harassment.",
    "3. Stay on topic and do not post spam or advertising.",
    "4. Posts that break these rules will be removed by the moderators.", "",
  ]

  /// Lines after the story. `teaser` makes the headline of some other story.
  static func footer(_ kinds: [Kind], _ s: inout Story, teaser: (inout SplitMix64) -> String)
    -> [String]
  {
    var lines: [String] = [""]
    if kinds.contains(.subscription) {
      lines.append(
        "In a time of both misinformation and too much information, quality journalism is more crucial than ever."
      )
      lines.append("By subscribing, you can help us get the story right.")
      lines.append("")
    }
    if kinds.contains(.seeAlso) {
      lines.append(s.rng.pick(["See also", "Read more", "Related stories", "You may also like"]))
      for _ in 0..<(3 + s.rng.below(4)) { lines.append(teaser(&s.rng)) }
      lines.append("")
    }
    if kinds.contains(.commentForm) {
      lines.append(contentsOf: [
        "Leave a Reply", "",
        "Your email address will not be published. Required fields are marked *", "",
        "Comment *", "Name *", "Email *", "Website", "",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment", "",
      ])
    }
    if kinds.contains(.forum) {
      lines.append(contentsOf: [
        "Newsfeed", "To participate in the discussion", "log in or register", "Chats", "",
      ])
    }
    if s.mix.furnitureEverywhere {
      lines.append(contentsOf: forumRules)
      lines.append("Most read")
      for _ in 0..<(3 + s.rng.below(3)) { lines.append(teaser(&s.rng)) }
      lines.append("")
    }
    if kinds.contains(.copyright) {
      lines.append("© \(s.year) \(s.outlet.name). All rights reserved.")
    }
    return lines
  }
}
