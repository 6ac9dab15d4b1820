import Testing

@testable import Corpus

/// The page's structure as cues for story and furniture, on top of the classifier's reading
/// of the words: the story's `<article>`, the page's `<nav>`, `<aside>`, `<footer>`, `<form>`,
/// and sections named for what they are.
@Suite struct HTMLStructureTests {
  static let story =
    "<p>Foreign Minister Anna Kovacs said on Tuesday that talks with her neighbours would resume in Vienna next month.</p>"
    + "<p>The islands, called the Northern Reefs in Ostland and the Sunset Isles in Eldoria, have been disputed since 1952.</p>"

  @Test func theElementsOfPageFurnitureAreFurniture() throws {
    let document = try #require(
      htmlPage(
        """
        <header><div>Read by ships' crews since 1901</div><nav><a href="/">Home</a> <a href="/w">World affairs and diplomacy</a></nav></header>
        <main><article><header><h1>Talks to resume in Vienna</h1></header>\(Self.story)</article>
        <aside><p>Eldoria appoints a new envoy to the border commission this week.</p></aside>
        <form><label>Your email address for our morning briefing</label><button>Sign up now</button></form>
        </main><footer><p>Harbour Courier, Port Street 4, Ostland City, registered publisher</p></footer>
        """))
    #expect(document.title == "Talks to resume in Vienna")
    #expect(document.reason(at: "Read by ships' crews") == "page header")
    #expect(document.reason(at: "Home World affairs") == "navigation")
    #expect(document.reason(at: "Eldoria appoints") == "sidebar")
    #expect(document.reason(at: "Your email address") == "form")
    #expect(document.reason(at: "Port Street") == "site footer")
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
    #expect(document.isBody("The islands, called"))
  }

  @Test(arguments: [
    ("comments", "reader comment"),
    ("related-stories", "link to another story"),
    ("newsletterSignup", "subscription or login prompt"),
    ("share-bar", "share, print or menu buttons"),
    ("cookie_banner", "cookie or legal notice"),
    ("promo", "advertising"),
  ])
  func sectionsNamedForFurnitureAreFurniture(name: String, reason: String) throws {
    let document = try #require(
      htmlPage(
        "<article><h1>Talks to resume in Vienna</h1>\(Self.story)</article>"
          + "<div class=\"box \(name)\"><p>Eldoria appoints a new envoy to the border commission "
          + "after a long search for a diplomat.</p></div>"))
    #expect(document.reason(at: "Eldoria appoints") == reason)
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
  }

  @Test func aWordThatOnlyContainsACueIsNone() throws {
    let document = try #require(
      htmlPage(
        "<div class=\"shared-content unrelated\"><h1>Talks to resume in Vienna</h1>\(Self.story)</div>"
      ))
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
    #expect(document.isBody("The islands, called"))
  }

  @Test func theStorysArticleIsTheOneWithTheMostTextAndOtherArticlesAreFurniture() throws {
    let document = try #require(
      htmlPage(
        """
        <article><h2>Eldoria elects a president</h2><p>Voters in Eldoria chose a new leader on Sunday in a close race.</p></article>
        <article><h1>Talks to resume in Vienna</h1>\(Self.story)</article>
        <article><h2>Storm hits the coast</h2><p>A storm closed the ports of Ostland for two days.</p></article>
        """))
    #expect(document.title == "Talks to resume in Vienna")
    #expect(document.reason(at: "Voters in Eldoria") == "another article on the page")
    #expect(document.reason(at: "A storm closed") == "another article on the page")
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
  }

  @Test func anElementAroundTheWholeStoryIsNoFurniture() throws {
    // An ASP.NET page wraps everything in one form; a theme names the headline's box "header".
    let document = try #require(
      htmlPage(
        """
        <form id="aspnetForm"><div class="page"><article><div class="post-header"><h1>Talks to resume in Vienna</h1>
        <p class="byline">By Jane Doe</p></div>\(Self.story)</article>
        <div class="sidebar"><p>Eldoria appoints a new envoy to the border commission this week.</p></div></div></form>
        """))
    #expect(document.title == "Talks to resume in Vienna")
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
    #expect(document.isBody("The islands, called"))
    #expect(document.reason(at: "By Jane Doe") == "byline")
    #expect(document.reason(at: "Eldoria appoints") == "sidebar")
  }

  @Test func aBoxNamedForFurnitureAroundTheStorysParagraphsHoldsTheStory() throws {
    let document = try #require(
      htmlPage(
        "<article><h1>Talks to resume in Vienna</h1><div class=\"entry-content share-enabled\">"
          + "\(Self.story)</div><div class=\"comments\"><p>I think the talks will fail again.</p>"
          + "</div></article>"))
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
    #expect(document.isBody("The islands, called"))
    #expect(document.reason(at: "I think the talks") == "reader comment")
  }

  @Test func withoutAnArticleAnElementHoldingHalfThePageHoldsTheStory() throws {
    let document = try #require(
      htmlPage(
        "<div id=\"header-wrapper\"><h1>Talks to resume in Vienna</h1>\(Self.story)</div>"
          + "<div class=\"comments\"><p>I think the talks will fail again.</p></div>"))
    #expect(document.isBody("Foreign Minister Anna Kovacs"))
    #expect(document.reason(at: "I think the talks") == "reader comment")
  }

  @Test func aStoryParagraphKeepsItsPlaceBetweenFurniture() throws {
    // A short last paragraph after a caption reads, by position alone, as a page footer.
    let html =
      "<article><h1>Talks to resume in Vienna</h1>\(Self.story)"
      + "<figure><figcaption>Anna Kovacs in Vienna.</figcaption></figure>"
      + "<p>Talks resume on Monday.</p></article><footer><p>About us</p></footer>"
    let document = try #require(htmlPage(html))
    #expect(document.reason(at: "Anna Kovacs in Vienna.") == "photo caption")
    #expect(document.isBody("Talks resume on Monday."))
  }

  @Test func theWordsOfALineStillMakeItFurnitureInsideTheStory() throws {
    let document = try #require(
      htmlPage(
        "<article><h1>Talks to resume in Vienna</h1>\(Self.story)"
          + "<p>© 2023 Harbour Courier. All rights reserved.</p></article>"))
    #expect(document.reason(at: "© 2023 Harbour Courier") == "copyright line")
  }
}
