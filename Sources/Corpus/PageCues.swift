/// Phrases that mark page furniture on English news sites, grouped by what they mean.
///
/// These are general words of web pages (ad blockers, subscriptions, comment forms, copyright,
/// sharing), never names from any one corpus. A cue alone rarely decides: the classifier weighs
/// it with the line's shape (length, punctuation, neighbours).
struct Cues: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let adBlocker = Cues(rawValue: 1 << 0)
  static let subscription = Cues(rawValue: 1 << 1)
  /// "you", "your": a page speaking to its reader, which a news story rarely does outside quotes.
  static let readerAddress = Cues(rawValue: 1 << 2)
  /// A publisher's appeal about itself ("quality journalism", "support us").
  static let pitch = Cues(rawValue: 1 << 3)
  static let commentForm = Cues(rawValue: 1 << 4)
  static let copyright = Cues(rawValue: 1 << 5)
  static let photoCredit = Cues(rawValue: 1 << 6)
  static let advertising = Cues(rawValue: 1 << 7)
  static let legal = Cues(rawValue: 1 << 8)
  static let forum = Cues(rawValue: 1 << 9)
  static let copyrightSign = Cues(rawValue: 1 << 10)
  /// "Reporting by …; Editing by …": the staff credits that close a wire story.
  static let staffCredit = Cues(rawValue: 1 << 11)
  /// "citing": an attribution line "X reports citing Y".
  static let citing = Cues(rawValue: 1 << 12)
  /// "Share this article", "Follow us": sharing and following buttons.
  static let share = Cues(rawValue: 1 << 13)
  /// "Facebook", "Twitter" …: counted per line, two or more make a row of buttons.
  static let socialNetwork = Cues(rawValue: 1 << 14)
  /// "Powered by …", "Who is online": a site's software footer.
  static let siteFooter = Cues(rawValue: 1 << 15)
  /// "All rights reserved": a copyright notice, whatever its length.
  static let rightsReserved = Cues(rawValue: 1 << 16)
  /// "This article is more than 2 years old", "First published on": notes about the article.
  static let articleNote = Cues(rawValue: 1 << 17)
  /// "For immediate release", "Media contact": a press release's furniture.
  static let pressRelease = Cues(rawValue: 1 << 18)
}

enum PageCues {
  /// Finds `phrases` in a line.
  static let matcher = PhraseMatcher(phrases)

  /// Phrases found anywhere in a line, lowercase (the matcher ignores ASCII case).
  static let phrases: [PhraseMatcher<Cues>.Phrase] = {
    var phrases: [PhraseMatcher<Cues>.Phrase] = []
    func add(_ cue: Cues, _ words: [String], prefix: Bool = false) {
      for word in words {
        phrases.append(.init(bytes: Array(word.utf8), tag: cue, allowsLongerWord: prefix))
      }
    }
    add(
      .adBlocker,
      [
        "ad blocker", "ad-blocker", "ad block", "ad-block", "adblock", "adblocker",
        "disable your ad", "whitelist us", "whitelisting", "ad free", "ad-free",
      ])
    add(.subscription, ["subscri"], prefix: true)
    add(
      .subscription,
      [
        "sign up", "signing up", "signup", "sign in", "log in", "login", "log out", "register",
        "newsletter",
        "create an account", "create a free account", "paywall", "free trial", "unlimited access",
        "premium content", "become a member", "already a member", "members only", "my account",
      ])
    add(.citing, ["citing"])
    add(.readerAddress, ["you", "your", "you’re", "you're", "yours", "you’ll", "you'll"])
    add(
      .pitch,
      [
        "journalism", "support us", "support our", "donate", "donation", "reader-supported",
        "independent media", "our content", "our newsroom", "our reporting",
      ])
    add(
      .commentForm,
      [
        "leave a reply", "leave a comment", "post a comment", "add a comment", "add new comment",
        "will not be published", "required fields are marked", "comments are closed",
        "participate in the discussion", "join the discussion", "join the conversation",
        "commenting", "comment on stories", "display name", "captcha", "notify me of",
        "save my name", "characters remaining", "be the first to comment", "view comments",
        "show comments", "community guidelines", "comment policy", "write a comment",
      ])
    add(.copyright, ["copyright"])
    add(
      .rightsReserved,
      ["all rights reserved", "may not be published, broadcast", "may not be reproduced"])
    add(
      .articleNote,
      [
        "this article is more than", "this article was published", "this story was first published",
        "first published on", "last modified on", "originally published", "min read", "minute read",
        "minutes read", "reading time",
      ])
    add(
      .pressRelease,
      [
        "for immediate release", "media contact", "press contact", "media inquiries",
        "press inquiries", "for further information contact",
      ])
    add(
      .staffCredit,
      [
        "reporting by", "editing by", "writing by", "additional reporting", "compiled by",
        "contributed to this report", "contributed reporting", "edited by", "written by",
      ])
    add(.copyrightSign, ["©", "(c) 1", "(c) 2"])
    add(
      .photoCredit,
      [
        "photo:", "photos:", "photo by", "photograph:", "image:", "image credit", "credit:",
        "image source", "image caption", "caption:", "picture:", "illustration:",
        "getty images", "afp photo", "file photo", "ap photo", "reuters/", "pictured:",
        "/ afp", "/ reuters", "/ getty", "photo credit", "photo courtesy",
      ])
    add(
      .advertising,
      [
        "sponsored", "advertisement", "advertising", "promoted content", "paid content",
        "partner content", "paid post",
      ])
    add(
      .legal,
      [
        "cookie", "cookies", "privacy policy", "terms of use", "terms of service",
        "terms and conditions", "accept all", "privacy notice",
      ])
    add(
      .forum,
      [
        "moderator:", "moderators:", "forum rules", "posts:", "joined:", "reply with quote",
        "quote:", "post subject:", "topic:", "last post", "total posts", "signature:",
        "display posts from", "board index", "post reply", "jump to", "view topic",
        "view unanswered", "mark forums read",
      ])
    add(
      .share,
      [
        "share this", "share on", "share via", "share article", "share:", "follow us", "follow the",
        "reuse this content", "click to copy", "copy link",
      ])
    add(
      .socialNetwork,
      [
        "facebook", "twitter", "linkedin", "whatsapp", "instagram", "telegram", "youtube", "tiktok",
        "reddit", "pinterest", "flipboard", "threads", "bluesky", "mastodon",
      ])
    add(
      .siteFooter,
      ["powered by", "who is online", "users browsing", "all times are", "site map", "sitemap"])
    return phrases
  }()

  /// Whole lines (lowercase, trailing ':' '»' '›' '>' and spaces dropped) that head a list of
  /// other stories. What follows them is a teaser until the story visibly resumes.
  static let relatedHeadings: Set<String> = [
    "next post", "previous post", "next article", "previous article", "next story",
    "previous story", "see also", "latest", "latest news", "latest stories", "latest articles",
    "latest posts", "read more", "read also", "also read", "related", "related articles",
    "related posts", "related stories", "related news", "related content", "related topics",
    "more from", "more stories", "more news", "more articles", "recommended",
    "recommended for you", "you may also like", "you might also like",
    "you may be interested in", "most read", "most popular", "most viewed", "popular",
    "popular posts", "popular stories", "trending", "trending now", "newsfeed", "news feed",
    "top stories", "more on this", "more on this story", "don't miss", "don’t miss",
    "what to read next", "editor's picks", "editors' picks", "editor’s picks", "further reading",
    "in other news", "other news", "continue reading", "keep reading", "sponsored content",
    "from the web", "around the web", "partner news", "more headlines", "recent posts",
    "recent news", "related coverage", "more in", "read next", "up next", "watch next", "featured",
    "explore more on these topics", "more on these topics", "related topics", "topics",
    "more on this topic", "also in the news",
  ]

  /// Line openings followed by ':' that link to another story inline ("Read more: …").
  static let relatedLinkOpenings: Set<String> = [
    "read more", "read also", "see also", "also read", "related", "more", "watch", "listen",
    "read", "recommended", "more on this", "read next",
  ]

  /// Whole lines that label a piece of article metadata, often with the value on the next line.
  static let metadataLabels: Set<String> = [
    "date", "author", "authors", "source", "sources", "by", "published", "updated", "posted",
    "posted on", "last updated", "tags", "topics", "category", "categories", "comments",
    "filed under", "section", "time", "reading time", "written by", "publisher", "editor",
    "credit", "credits", "share", "print",
  ]

  /// Whole lines that open a section of reader comments ("Comments", "12 comments").
  static func isCommentsHeading(_ key: String) -> Bool {
    if commentsHeadings.contains(key) { return true }
    // "12 comments": a count, a space, a word.
    let utf8 = key.utf8
    guard let first = utf8.first, TextBytes.isDigit(first),
      let space = utf8.firstIndex(of: 0x20), utf8[..<space].allSatisfy(TextBytes.isDigit)
    else { return false }
    return commentCountNouns.contains(String(key[key.index(after: space)...]))
  }

  private static let commentsHeadings: Set<String> = [
    "comments", "reader comments", "comment", "discussion", "responses", "replies",
  ]
  private static let commentCountNouns: Set<String> = [
    "comments", "comment", "responses", "replies", "reactions",
  ]

  /// Words of page controls: a short line made only of these is buttons, not text.
  static let controlWords = PackedWordSet([
    "print", "share", "email", "e-mail", "mail", "tweet", "facebook", "twitter", "x",
    "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "vk", "copy", "link", "save",
    "up", "top", "back", "menu", "search", "close", "home", "login", "subscribe", "comments",
    "comment", "reply", "like", "follow", "more", "next", "previous", "prev", "font", "size",
    "a+", "a-", "a", "text", "listen", "play", "pause", "bookmark", "url", "copied", "sms",
    "messenger", "flipboard", "mix", "rss", "feed", "page", "go", "to", "skip", "content",
    "main", "navigation", "toggle", "open", "on", "in", "zoom", "view", "gallery", "video",
    "photo", "photos", "audio", "podcast",
  ])

  /// Labels before a date on a metadata line ("Published: …", "Updated on …").
  static let dateLabels: [String] = [
    "published on", "published", "updated on", "updated", "last updated", "posted on",
    "posted", "date", "created", "modified", "first published", "on",
  ]

  /// Verbs that attribute a quotation to its speaker ("…,” Lavrov said).
  static let speechVerbs: Set<String> = [
    "said", "says", "added", "adds", "told", "tells", "noted", "notes", "stressed", "stresses",
    "explained", "explains", "asked", "asks", "wrote", "writes", "stated", "states", "declared",
    "insisted", "continued", "concluded", "argued", "argues", "replied", "remarked", "warned",
    "warns", "emphasized", "emphasised", "commented", "announced", "recalled", "suggested",
    "urged", "acknowledged", "admitted", "claimed", "claims", "answered", "responded",
    "observed", "pointed", "underlined", "underscored", "reiterated", "cautioned", "predicted",
    "promised", "vowed", "insists", "believes", "according",
  ]
}
