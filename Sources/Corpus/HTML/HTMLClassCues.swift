/// Page furniture told by an element's `class`, `id` or `role`: the words web designers name
/// their sections with ("comments", "related-posts", "newsletter-signup", "share-bar",
/// "cookie-banner", "promo"), read as words: the value is cut at anything but a letter or a
/// digit and between a lower-case letter and a capital ("commentList"), and each word is looked
/// up in lower case. A word that only contains a cue ("shared", "unrelated") is no cue.
enum HTMLClassCues {
  /// The furniture the words of `value` (a `class` or `id`) name, the first that does.
  static func furniture(inNames value: UnsafeBufferPointer<UInt8>) -> Furniture? {
    var word: [UInt8] = []
    word.reserveCapacity(24)
    var found: Furniture?
    func finish() {
      if found == nil, !word.isEmpty, word.count <= 24 {
        found = words[String(decoding: word, as: UTF8.self)]
      }
      word.removeAll(keepingCapacity: true)
    }
    var previousWasLower = false
    for byte in value {
      let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
      let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      guard isUpper || isLower || isDigit else {
        finish()
        previousWasLower = false
        continue
      }
      if isUpper && previousWasLower { finish() }
      word.append(isUpper ? byte | 0x20 : byte)
      previousWasLower = isLower
      if found != nil { return found }
    }
    finish()
    return found
  }

  /// The furniture an ARIA `role` names (`navigation`, `banner`, `contentinfo`, …).
  static func furniture(inRole value: String) -> Furniture? {
    switch value.lowercased() {
    case "navigation", "menu", "menubar": .navigation
    case "banner": .pageHeader
    case "contentinfo": .siteFooter
    case "complementary": .sidebar
    case "search", "form": .form
    case "dialog", "alertdialog": .widget
    default: nil
    }
  }

  /// Words of section names, and the furniture each names.
  static let words: [String: Furniture] = {
    var table: [String: Furniture] = [:]
    func add(_ furniture: Furniture, _ names: [String]) {
      for name in names { table[name] = furniture }
    }
    add(.readerComment, ["comment", "comments", "disqus", "respond", "replies"])
    add(
      .relatedLink,
      [
        "related", "recommended", "recommendations", "outbrain", "taboola", "trending",
        "popular", "mostread", "readmore", "morestories", "teaser", "teasers",
      ])
    add(
      .subscription,
      [
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall",
        "registration", "login", "membership",
      ])
    add(.controls, ["share", "sharing", "sharebar", "social", "socials", "print", "toolbar"])
    add(.legal, ["cookie", "cookies", "consent", "gdpr", "disclaimer"])
    add(
      .advertising,
      [
        "promo", "promos", "promotion", "promoted", "sponsor", "sponsored", "ad", "ads",
        "advert", "adverts", "advertisement", "advertising", "adslot", "banner", "dfp",
      ])
    add(.breadcrumb, ["breadcrumb", "breadcrumbs"])
    add(.sidebar, ["sidebar", "rail", "widget", "widgets"])
    add(.navigation, ["nav", "navbar", "navigation", "menu", "submenu", "pagination"])
    add(.siteFooter, ["footer"])
    add(.pageHeader, ["header", "masthead", "topbar"])
    add(.byline, ["byline", "author", "authors"])
    add(.photoCaption, ["caption", "credit", "credits"])
    add(.navigationList, ["tags", "tag", "topics", "keywords"])
    return table
  }()
}
