/// The kinds of page furniture the classifier recognises, each with the reason shown to users.
///
/// The raw value numbers the kinds, so a block stores its kind in a few bits (`TextBlockList`).
enum Furniture: UInt8, Sendable, Hashable, CaseIterable {
  case beforeHeadline
  case siteName
  case label
  case controls
  case widget
  case breadcrumb
  case navigation
  case navigationList
  case adBlockerNotice
  case subscription
  case commentForm
  case captcha
  case copyright
  case photoCredit
  case photoCaption
  case advertising
  case legal
  case relatedHeading
  case relatedLink
  case teaser
  case teaserHeadlines
  case metadataLabel
  case metadata
  case dateLine
  case byline
  case staffCredits
  case forumHeader
  case forumChrome
  case forumPostID
  case forumPostHeader
  case commentsHeading
  case readerComment
  case siteFooter
  case truncatedPreview
  case foreignLanguage
  case decoration
  case pageFooter
  case repeatedHeadline
  case frontMatter
  // Kinds that only a page's markup tells (kept last: the raw values number the kinds).
  case pageHeader
  case sidebar
  case form
  case otherArticle

  /// A short reason, as `BlockKind.boilerplate(reason:)` carries it.
  var reason: String {
    switch self {
    case .beforeHeadline: "page header above the headline"
    case .siteName: "site name"
    case .label: "short page label"
    case .controls: "share, print or menu buttons"
    case .widget: "page widget"
    case .breadcrumb: "breadcrumb"
    case .navigation: "navigation"
    case .navigationList: "navigation or tag list"
    case .adBlockerNotice: "ad-blocker notice"
    case .subscription: "subscription or login prompt"
    case .commentForm: "comment form"
    case .captcha: "captcha"
    case .copyright: "copyright line"
    case .photoCredit: "photo credit"
    case .photoCaption: "photo caption"
    case .advertising: "advertising"
    case .legal: "cookie or legal notice"
    case .relatedHeading: "heading of a list of other stories"
    case .relatedLink: "link to another story"
    case .teaser: "teaser of another story"
    case .teaserHeadlines: "headlines of other stories"
    case .metadataLabel: "article metadata label"
    case .metadata: "article metadata"
    case .dateLine: "date line"
    case .byline: "byline"
    case .staffCredits: "staff credits"
    case .forumHeader: "forum header"
    case .forumChrome: "forum rules or moderators"
    case .forumPostID: "forum post id"
    case .forumPostHeader: "forum post header"
    case .commentsHeading: "heading of reader comments"
    case .readerComment: "reader comment"
    case .siteFooter: "site footer"
    case .truncatedPreview: "truncated preview of another text"
    case .foreignLanguage: "non-English text"
    case .decoration: "decoration"
    case .pageFooter: "page footer after the story"
    case .repeatedHeadline: "repeated headline"
    case .frontMatter: "front matter"
    case .pageHeader: "page header"
    case .sidebar: "sidebar"
    case .form: "form"
    case .otherArticle: "another article on the page"
    }
  }

  /// Furniture that belongs to another text (another story's teaser, headline or preview, a
  /// reader's comment): a date or a name found there says nothing about this article.
  var isAboutAnotherStory: Bool {
    switch self {
    case .teaser, .teaserHeadlines, .relatedLink, .relatedHeading, .truncatedPreview,
      .readerComment, .commentsHeading, .otherArticle:
      true
    default: false
    }
  }
}
