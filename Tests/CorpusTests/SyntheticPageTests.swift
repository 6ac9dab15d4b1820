import Testing

@testable import Corpus

/// Pages of other sites and other disputes, written for these tests, with the noise their
/// templates carry: the rules must hold on text the seeds never showed.
@Suite struct SyntheticPageTests {
  let wireStory = """
    Skip to main content
    Menu
    World > Asia Pacific

    China and Vietnam trade accusations over Paracel Islands

    By Jane Doe
    March 20, 2017 10:30 AM GMT

    HANOI (Reuters) - Vietnam on Monday accused China of violating its sovereignty in the Paracel Islands, which Beijing calls the Xisha Islands.
    "We demand that China respect our rights. This is our territory," foreign ministry spokeswoman Le Thi Thu Hang told reporters.
    China's foreign ministry said the islands have been Chinese territory since ancient times.
    It declined to comment further.

    Reporting by Jane Doe; Editing by John Roe
    Our Standards: The Trust Principles.

    Related Coverage
    Vietnam protests Chinese weather station
    China warns Manila over naval patrol
    Philippines seeks talks with Beijing

    © 2017 Example Wire Company. All rights reserved.
    """

  @Test func wireStoryHeadlineOutletAndDate() {
    let document = page(wireStory)
    #expect(document.title == "China and Vietnam trade accusations over Paracel Islands")
    #expect(document.outlet == "Reuters")
    #expect(document.date == "March 20, 2017 10:30 AM GMT")
  }

  @Test(arguments: [
    "HANOI (Reuters) - Vietnam on Monday accused China",
    "This is our territory,\" foreign ministry spokeswoman",
    "China's foreign ministry said the islands",
    "It declined to comment further.",
  ])
  func wireStoryParagraphsAreBody(snippet: String) {
    let document = page(wireStory)
    let isBody = document.isBody(snippet)
    #expect(isBody, "“\(snippet)”")
  }

  @Test(arguments: [
    "Skip to main content", "Menu", "World > Asia Pacific", "By Jane Doe", "March 20, 2017 10:30",
    "Reporting by Jane Doe", "Our Standards", "Related Coverage", "Vietnam protests Chinese",
    "Philippines seeks talks", "© 2017 Example Wire",
  ])
  func wireStoryFurnitureIsBoilerplate(snippet: String) {
    let document = page(wireStory)
    let isBoilerplate = document.isBoilerplate(snippet)
    #expect(isBoilerplate, "“\(snippet)”")
  }

  let blogPost = """
    Home » Politics » Asia

    India and China hold fresh border talks - The Daily Example

    Posted on Fri Nov 26 , 2021 by admin

    Indian and Chinese military commanders met on Friday for a fresh round of talks on the disputed Himalayan border, known as the Line of Actual Control.
    The talks in Chushul lasted nine hours, India's defence ministry said.
    Both sides agreed to maintain stability on the ground, it added.

    Share this:
    Twitter
    Facebook

    Like this:
    Related

    Leave a Reply Cancel reply
    Your email address will not be published. Required fields are marked *
    Comment
    Name *
    Email *
    Website
    Save my name, email, and website in this browser for the next time I comment.

    Next Post
    Cricket: India beat Australia in last-over thriller
    Sat Nov 27 , 2021
    The Indian team secured a dramatic win in Sydney on Saturday. Fans celebrated across the country.
    """

  @Test func blogPostHeadlineSiteNameAndPostingDate() {
    let document = page(blogPost)
    #expect(document.title == "India and China hold fresh border talks")
    #expect(document.outlet == "The Daily Example")
    #expect(document.date == "Fri Nov 26 , 2021")
  }

  @Test func blogPostStoryIsBodyAndCommentFormAndNextPostAreNot() {
    let document = page(blogPost)
    for snippet in [
      "Indian and Chinese military commanders", "The talks in Chushul",
      "Both sides agreed to maintain stability",
    ] {
      let isBody = document.isBody(snippet)
      #expect(isBody, "“\(snippet)”")
    }
    for snippet in [
      "Home » Politics", "Posted on", "Share this:", "Twitter", "Like this:", "Leave a Reply",
      "Name *", "Website", "Save my name", "Next Post", "Cricket: India beat Australia",
      "Sat Nov 27", "The Indian team secured", "Fans celebrated",
    ] {
      let isBoilerplate = document.isBoilerplate(snippet)
      #expect(isBoilerplate, "“\(snippet)”")
    }
    let titleBlocks = document.blocks.filter { $0.kind == .title }
    #expect(
      titleBlocks.map { document.text[$0.byteRange] } == ["India and China hold fresh border talks"]
    )
    #expect(document.reason(at: "The Daily Example") == "site name")
  }

  @Test func teaserDateIsNotTheArticleDate() {
    let document = page(
      """
      Greece and Turkey agree to keep talking about the Aegean

      Athens and Ankara agreed on Thursday to hold another round of exploratory talks on maritime zones in the Aegean Sea.
      The talks will take place in Istanbul.

      Read more
      Cyprus talks stall again
      May 3, 2021
      Negotiators left Geneva without a deal. Both sides blamed each other.
      """)
    #expect(document.date == nil)
    #expect(document.isBoilerplate("May 3, 2021"))
    #expect(document.isBoilerplate("Negotiators left Geneva"))
    #expect(document.isBody("The talks will take place in Istanbul."))
  }

  @Test func markdownFrontMatterAndHardWrappedParagraphs() {
    let document = page(
      """
      ---
      title: Argentina renews claim to the Falklands
      date: 2022-04-02
      source: Example Wire
      ---

      # Argentina renews claim to the Falklands

      Argentine President Alberto Fernandez renewed his country's claim to the
      Falkland Islands, which Argentina calls the Islas Malvinas, on the 40th
      anniversary of the war. "The Malvinas were, are and will be Argentine,"
      Fernandez said in Ushuaia.

      Britain's Foreign Office said the islanders' right to self-determination
      was not up for negotiation.
      """, name: "falklands.md")
    #expect(document.title == "Argentina renews claim to the Falklands")
    #expect(document.date == "2022-04-02")
    #expect(document.outlet == "Example Wire")
    #expect(document.reason(at: "title:") == "front matter")
    #expect(
      document.sentenceTexts.suffix(3) == [
        "Argentine President Alberto Fernandez renewed his country's claim to the\nFalkland Islands, "
          + "which Argentina calls the Islas Malvinas, on the 40th\nanniversary of the war.",
        "\"The Malvinas were, are and will be Argentine,\"\nFernandez said in Ushuaia.",
        "Britain's Foreign Office said the islanders' right to self-determination\nwas not up for "
          + "negotiation.",
      ])
    #expect(document.isBody("Britain's Foreign Office"))
    let title = document.blocks.first { $0.kind == .title }
    #expect(title.map { document.text[$0.byteRange] } == "Argentina renews claim to the Falklands")
  }

  @Test func agencyPageWithCaptionsAndTeasersInsideTheStory() {
    let document = page(
      """
      - Example News Agency
      Africa
      Stay informed about the latest developments across Africa. Get the news you need, when you need it.

      Kenya and Somalia Resume Talks on Maritime Border

      © Reuters 2021 / John Smith Fishing boats off the coast of Lamu
      Fishing boats off the coast of Lamu - Example News Agency
      Subscribe
      NAIROBI (Example News Agency) — Kenya and Somalia resumed talks on their disputed maritime boundary in the Indian Ocean on Tuesday.

      Officials said the talks would continue in Nairobi next month.
      A stadium under construction in Addis Ababa - Example News Agency
      Sport
      Ethiopia Unveils Plans for New National Stadium
      The International Court of Justice ruled on the boundary in 2021, but Kenya rejected the ruling.

      Newsfeed
      0
      Join the discussion
      """)
    #expect(document.title == "Kenya and Somalia Resume Talks on Maritime Border")
    #expect(document.outlet == "Example News Agency")
    for snippet in [
      "Kenya and Somalia resumed talks", "Officials said the talks would continue",
      "The International Court of Justice ruled",
    ] {
      let isBody = document.isBody(snippet)
      #expect(isBody, "“\(snippet)”")
    }
    for snippet in [
      "Africa", "Stay informed", "© Reuters 2021", "Fishing boats off the coast of Lamu -",
      "A stadium under construction", "Sport", "Ethiopia Unveils Plans", "Newsfeed",
      "Join the discussion",
    ] {
      let isBoilerplate = document.isBoilerplate(snippet)
      #expect(isBoilerplate, "“\(snippet)”")
    }
  }

  @Test(
    arguments: [
      (
        "Kosovo and Serbia leaders meet in Brussels | Example Times\n\nThe leaders met on Monday. They talked.",
        "Kosovo and Serbia leaders meet in Brussels", "Example Times"
      ),
      (
        "Guyana rejects Venezuela's claim - example-news.com\n\nGuyana said on Monday it rejects the claim. Officials agreed.",
        "Guyana rejects Venezuela's claim", "example-news.com"
      ),
      (
        "We will not give up our claim - President\n\nThe president spoke on Monday. He was firm.",
        "We will not give up our claim - President", nil
      ),
    ] as [(String, String, String?)])
  func pageTitleSuffixIsTheSiteNameOnlyWhenItNamesASite(
    text: String, title: String, outlet: String?
  ) {
    let document = page(text)
    #expect(document.title == title)
    #expect(document.outlet == outlet)
  }

  @Test(
    arguments: [
      (
        "Talks resume in Geneva today\n\nExample.com reported citing Interfax.\n\nThe sides met on Monday. They talked.",
        "Example.com citing Interfax"
      ),
      (
        "Talks resume in Geneva today\n\nPARIS (AFP) — The sides met on Monday in Paris. They talked.",
        "AFP"
      ),
      (
        "Talks resume in Geneva today\n\nThe sides met on Monday. They talked.\n\n© 2023 Example Media Group",
        "Example Media Group"
      ),
      (
        "Talks resume in Geneva today\n\nThe sides met on Monday. They talked.\n\nSource\nEXAMPLEWIRE",
        "EXAMPLEWIRE"
      ),
      (
        "Talks resume in Geneva today\n\nThe sides met on Monday. They talked.\n\nAuthor\nJohn Smith",
        nil
      ),
      (
        "Talks resume in Geneva today\n\nThe sides met on Monday. They talked.\n\nAuthor\nExample.az",
        "Example.az"
      ),
      (
        "Talks resume in Geneva today\n\nWe noticed you're using an ad blocker. Please whitelist "
          + "Example Daily to keep reading.\n\nThe sides met on Monday. They talked.",
        "Example Daily"
      ),
    ] as [(String, String?)])
  func outletFromWhatThePageSays(text: String, outlet: String?) {
    #expect(page(text).outlet == outlet)
  }

  @Test(
    arguments: [
      (
        "Talks resume\n\nPublished: 2021-11-26T09:30:00Z\n\nThe sides met. They talked.",
        "2021-11-26T09:30:00Z"
      ),
      (
        "Talks resume today\n\nUpdated on 26 November 2021, 14:05\n\nThe sides met. They talked.",
        "26 November 2021, 14:05"
      ),
      (
        "Talks resume today\n\nBy Jane Doe | Nov. 26, 2021\n\nThe sides met. They talked.",
        "Nov. 26, 2021"
      ),
      (
        "Talks resume today\n\nMarch 20, 2017 — The sides met in Geneva. They talked.",
        "March 20, 2017"
      ),
      ("Talks resume today\n\n26/11/2021\n\nThe sides met. They talked.", "26/11/2021"),
      ("Talks resume today\n\nOn November 14, 2018, the sides met. They talked.", nil),
    ] as [(String, String?)])
  func dateAsWrittenWhenThePageStatesIt(text: String, date: String?) {
    #expect(page(text).date == date)
  }

  @Test func storyListBetweenParagraphsStaysBody() {
    let document = page(
      """
      Four islands at the heart of the dispute

      The chain includes four islands claimed by both countries:

      • Iturup
      • Kunashir
      • Shikotan

      Each island has a small population of fishermen. Tokyo wants them back.
      """)
    #expect(document.isBody("• Kunashir"))
    #expect(document.isBody("Each island has a small population"))
  }

  @Test func headlineWithAccentedNamesAndNoFunctionWordIsStillTheTitle() {
    let document = page(
      "Erdoğan, Mitsotakis meet\n\nThe leaders met in Athens on Thursday. They talked.\n")
    #expect(document.title == "Erdoğan, Mitsotakis meet")
  }

  @Test func pageWithoutAHeadlineHasNoTitleButKeepsItsStory() {
    let document = page(
      "The ministers met in Moscow on Monday and agreed to meet again. They did not sign anything.\n"
    )
    #expect(document.title == nil)
    #expect(document.blocks.map(\.kind) == [.body])
    #expect(document.sentenceTexts.count == 2)
  }

  // MARK: - Other templates

  let agencyPage = """
    Serbia and Kosovo leaders fail to agree on implementing EU plan | Example News

    Click to copy
    RELATED TOPICS
    Kosovo
    Serbia
    Europe

    By JOVANA EXAMPLE
    Published 3:10 PM GMT+2, June 22, 2023

    BRUSSELS (AP) — The leaders of Serbia and Kosovo failed on Thursday to agree on how to implement a European Union-backed plan to normalize relations.
    “Today we could not reach an agreement,” the bloc's foreign policy chief told reporters.
    Kosovo declared independence in 2008. Belgrade does not recognize it.

    Associated Press writer Jane Roe in Tirana contributed to this report.

    Copyright 2023 The Example Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
    """

  @Test func topicListAboveTheStoryEndsAtTheBylineAndTheDateIsKept() {
    let document = page(agencyPage)
    #expect(document.outlet == "AP")
    #expect(document.date == "3:10 PM GMT+2, June 22, 2023")
    #expect(document.reason(at: "Kosovo\n") == "navigation or tag list")
    #expect(document.reason(at: "By JOVANA EXAMPLE") == "byline")
    #expect(document.reason(at: "Copyright 2023") == "copyright line")
    #expect(document.isBoilerplate("This material may not be published"))
    #expect(document.isBody("Belgrade does not recognize it."))
  }

  let sectionedTitlePage = """
    Greece and Turkey agree to reopen talks over Aegean disputes | Greece | The Example Guardian

    This article is more than 2 years old

    Greek prime minister and Turkish president pledge to calm tensions after summer standoff

    Helena Example in Athens
    Mon 21 Sep 2020 18.33 BST

    Greece and Turkey have agreed to restart exploratory talks aimed at resolving longstanding maritime disputes in the eastern Mediterranean.
    The announcement came after weeks of diplomacy led by Germany.
    Photograph: Jane Doe/AP

    Explore more on these topics
    Greece
    Turkey

    Reuse this content
    """

  @Test func deckUnderTheHeadlineIsStoryAndTheSiteIsTheLastPartOfTheTitle() {
    let document = page(sectionedTitlePage)
    #expect(document.title == "Greece and Turkey agree to reopen talks over Aegean disputes")
    #expect(document.outlet == "The Example Guardian")
    #expect(document.date == "Mon 21 Sep 2020 18.33 BST")
    #expect(document.isBody("Greek prime minister and Turkish president pledge"))
    #expect(document.reason(at: "Helena Example in Athens") == "byline")
    #expect(document.isBoilerplate("This article is more than 2 years old"))
    #expect(document.reason(at: "Photograph: Jane Doe/AP") == "photo credit")
    #expect(document.isBoilerplate("Reuse this content"))
    #expect(document.isBoilerplate("Turkey\n"))
  }

  @Test func imageCaptionsAndCreditsOfAnotherTemplateAreBoilerplate() {
    let document = page(
      """
      Guyana and Venezuela agree not to use force in Essequibo row - Example News

      Published
      15 December 2023
      Share

      Image source, Reuters
      Image caption,
      The two presidents met in St Vincent

      The leaders of Guyana and Venezuela have agreed not to use force to settle a dispute over the region of Essequibo.
      Venezuela claims the region, which makes up two-thirds of Guyana, as its own.
      """)
    #expect(document.title == "Guyana and Venezuela agree not to use force in Essequibo row")
    #expect(document.outlet == "Example News")
    #expect(document.date == "15 December 2023")
    #expect(document.isBoilerplate("Image source, Reuters"))
    #expect(document.isBoilerplate("The two presidents met in St Vincent"))
    #expect(document.isBody("Venezuela claims the region"))
  }

  @Test func pressReleaseHeaderIsNotTheHeadline() {
    let document = page(
      """
      FOR IMMEDIATE RELEASE

      Ministry welcomes resumption of border talks

      Tokyo, 20 March 2017 — The Ministry of Foreign Affairs welcomed today the resumption of talks on the maritime boundary.
      The talks will be held in Tokyo next month.

      ###

      Media contact:
      Press Office
      """)
    #expect(document.title == "Ministry welcomes resumption of border talks")
    #expect(document.date == "20 March 2017")
    #expect(document.isBoilerplate("FOR IMMEDIATE RELEASE"))
    #expect(document.isBoilerplate("Media contact:"))
  }

  @Test func sourceLineNamesTheOutletWithoutTheAgencies() {
    let document = page(
      """
      Ethiopia and Sudan trade blame over border clashes

      Published On 3 Jul 2023

      Ethiopia and Sudan have accused each other of provoking deadly clashes in a disputed border region claimed by both.

      Source: Example Network and news agencies

      Follow Example Network English:
      """)
    #expect(document.outlet == "Example Network")
    #expect(document.date == "3 Jul 2023")
    #expect(document.isBoilerplate("Follow Example Network English:"))
  }

  @Test func mastheadAboveTheHeadlineIsTheSiteNotTheTitle() {
    let document = page(
      """
      The Example Times

      Japan and China agree to set up a maritime hotline

      Japan and China agreed on Friday to set up a hotline between their defence ministries to avoid clashes near disputed islands in the East China Sea.
      """)
    #expect(document.title == "Japan and China agree to set up a maritime hotline")
    #expect(document.outlet == "The Example Times")
    #expect(document.reason(at: "The Example Times") == "site name")
  }

  @Test(arguments: [
    "Sergei Lavrov speaks during a news conference in Moscow on Monday. REUTERS/Jane Doe",
    "Fishing boats off the coast of Lamu on Tuesday (AP Photo)",
    "The foreign ministers shake hands before talks in Tokyo (Example Agency)",
  ])
  func captionEndingWithItsCreditIsBoilerplate(caption: String) {
    let document = page(
      "Talks resume in Geneva today\n\n\(caption)\n\nThe sides met in Geneva on Monday and agreed to meet again next month. They talked.\n"
    )
    let reason = document.reason(at: caption)
    #expect(reason == "photo caption" || reason == "photo credit", "\(reason ?? "body")")
    #expect(document.isBody("The sides met in Geneva on Monday"))
  }
}
