import Testing

@testable import Corpus

/// The five seed articles, read by hand: their headlines, outlets, dates, and which of their
/// lines are the story and which are page furniture.
@Suite struct SeedDocumentTests {
  @Test func allFiveSeedsAreLoadedInFileOrder() {
    #expect(
      seedCorpus.documents.map { String($0.relativePath.prefix(3)) } == [
        "000", "001", "002", "003", "004",
      ])
    #expect(seedCorpus.documents.map(\.id) == [0, 1, 2, 3, 4])
    #expect(seedCorpus.skipped.isEmpty)
  }

  @Test(arguments: [
    ("000", "Japan’s foreign minister airs concerns over Russian military activity"),
    ("001", "Japan, Russia to continue talks on peace treaty"),
    ("002", "Japan seeks to bring relations with Russia to new level"),
    ("003", "Japan Hopes to Establish Mutual Trust With Russia on Asia-Pacific Security"),
    ("004", "US Anti-Missile Systems in Japan Create Risks For Security of Russia, China"),
  ])
  func titleIsTheHeadlineNotPageFurniture(file: String, headline: String) throws {
    let document = try #require(seed(file))
    #expect(document.title == headline)
    let titleBlock = try #require(document.blocks.first { $0.kind == .title })
    #expect(document.text[titleBlock.byteRange] == headline)
  }

  @Test(arguments: [
    ("000", "The Japan Times"),  // named by the ad-blocker notice and the copyright line
    ("002", "Axar.az citing TASS"),  // "Axar.az reports citing TASS."
    ("003", "Sputnik"),  // the dateline "TOKYO (Sputnik) —"
    ("004", "Politics Forum.org"),  // the page title's suffix "- Politics Forum.org | PoFo"
  ])
  func outletIsTheOneTheTextNames(file: String, outlet: String) throws {
    #expect(try #require(seed(file)).outlet == outlet)
  }

  @Test func digestWithoutAPublisherHasNoOutlet() throws {
    // 001 summarises Asahi, Nikkei and Mainichi but never names who published the digest.
    #expect(try #require(seed("001")).outlet == nil)
  }

  @Test func dateIsTheStatedPublicationDate() throws {
    #expect(try #require(seed("002")).date == "2019.05.10 / 17:37")
  }

  @Test(arguments: ["000", "001", "003", "004"])
  func noDateWhenThePageStatesNone(file: String) throws {
    // 000 shows "Fri Nov 26 , 2021" only in the teaser of the next post, which is not its date;
    // the others mention days ("March 20", "November 14, 2018") only inside the story.
    #expect(try #require(seed(file)).date == nil)
  }

  // MARK: - Body and boilerplate

  @Test(arguments: [
    ("000", "Foreign Minister Yoshimasa Hayashi voiced"),
    ("000", "called the Northern Territories in Japan and the Southern Kurils in Russia"),
    ("000", "The two also discussed North Korea’s recent ballistic missile tests"),
    ("001", "All national papers highlighted a Japan-Russia foreign ministerial meeting"),
    ("001", "Lavrov suggested at the same press event"),
    ("001", "According to Mainichi, Putin also expressed"),
    ("002", "Tokyo seeks to bring relations with Moscow to a new level"),
    ("002", "Today, I would like to have a detailed conversation"),
    ("002", "Peace treaty issue"),
    ("002", "A Soviet government’s memorandum dated January 27, 1960"),
    ("003", "Tokyo seeks to underpin mutual trust with Russia"),
    ("003", "Kishida told reporters"),
    ("003", "He added that he had also planned"),
    ("003", "Moscow and Tokyo have never signed a permanent peace treaty"),
    ("004", "Speaking to his Japanese counterpart Taro Kono"),
    ("004", "collectively referred to as the Southern Kurils by Russia"),
  ])
  func storySentencesAreBody(file: String, snippet: String) throws {
    let document = try #require(seed(file))
    let isBody = document.isBody(snippet)
    #expect(isBody, "\(file): “\(snippet)” should be body")
  }

  @Test(
    arguments: [
      ("000", "It looks like you’re using an ad blocker", "ad-blocker notice"),
      ("000", "Thank you for supporting our journalism", "ad-blocker notice"),
      ("000", "quality journalism is more crucial than ever", "subscription or login prompt"),
      ("000", "By subscribing, you can help us", "subscription or login prompt"),
      ("000", "Your subscription plan doesn’t allow commenting", nil),
      ("000", "China’s seven-week port quarantine", "headlines of other stories"),
      ("000", "In search of Japan’s lost wolves", "headlines of other stories"),
      ("000", "Is this enigmatic beast", "teaser of another story"),
      ("000", "Sponsored contents planned", "advertising"),
      ("000", "The Japan Times LTD. All rights reserved.", "copyright line"),
      ("000", "Leave a Reply", "comment form"),
      ("000", "Your email address will not be published", "comment form"),
      ("000", "=", "captcha"),
      ("000", "Next Post", "heading of a list of other stories"),
      ("000", "'I think Roger Federer is very realistic", "teaser of another story"),
      ("000", "Fri Nov 26 , 2021", "teaser of another story"),
      ("000", "The 2021 season certified", "teaser of another story"),
      ("001", "print PRINT", nil),
      ("001", "INTERNATIONAL > Europe & Eurasia", "breadcrumb"),
      ("001", "• Ambassador", "navigation or tag list"),
      ("001", "• Trending Japan", "navigation or tag list"),
      ("002", "UP", nil),
      ("002", "Home page Politics", "navigation"),
      ("002", "12 Punto 14 Punto", nil),
      ("002", "2019.05.10 / 17:37", "date line"),
      ("002", "See also", "heading of a list of other stories"),
      ("002", "Some attempts to draw dividing lines", "teaser of another story"),
      ("002", "The word Zangazur corridor is not mentioned there", "teaser of another story"),
      ("002", "We see it as an opportunity - President", "teaser of another story"),
      ("002", "Latest", "heading of a list of other stories"),
      ("002", "Bize yazin", "non-English text"),
      ("003", "- Sputnik International", "site name"),
      ("003", "Find top stories and features from Asia", "page header above the headline"),
      ("003", "© AFP 2023 / Yoshikazu TSUNO", "photo credit"),
      ("003", "Skyline of central Tokyo - Sputnik International", "photo caption"),
      ("003", "Subscribe", nil),
      ("003", "The logo of the Eastern Economic Forum", "photo caption"),
      ("003", "Asian Energy Super Ring Opens Up New Horizons", nil),
      ("003", "log in or register", nil),
      ("003", "Заголовок", "non-English text"),
      ("004", "Politics Forum.org | PoFo", "site name"),
      ("004", "Wandering the information superhighway", nil),
      ("004", "Political issues and parties from Japan to Turkmenistan", "forum header"),
      ("004", "Moderator:", "forum rules or moderators"),
      ("004", "Forum rules:", "forum rules or moderators"),
      ("004", "#14980066", "forum post id"),
      ("004", "It's the Elite of the USA", "truncated preview of another text"),
      ("004", "Russia-Ukraine War 2022", nil),
      ("004", "so American traitor Russell Bentley", "truncated preview of another text"),
    ] as [(String, String, String?)])
  func pageFurnitureIsBoilerplate(file: String, snippet: String, reason: String?) throws {
    let document = try #require(seed(file))
    let isBoilerplate = document.isBoilerplate(snippet)
    #expect(isBoilerplate, "\(file): “\(snippet)” should be boilerplate")
    if let reason {
      let found = document.reason(at: snippet)
      #expect(found == reason, "\(file): “\(snippet)”")
    }
  }

  @Test(arguments: [
    ("000", "Federer"), ("000", "FC Tokyo"), ("000", "JPMorgan"), ("000", "Doha"),
    ("002", "Zangazur"), ("002", "Yerevan"), ("002", "Gazakh"),
    ("003", "Eastern Economic Forum"), ("003", "Vladivostok"),
    ("004", "Russell Bentley"), ("004", "Penn Jillette"), ("004", "Turkmenistan"),
  ])
  func namesOfOtherStoriesOccurOnlyInBoilerplate(file: String, name: String) throws {
    let document = try #require(seed(file))
    let offsets = document.offsets(of: name)
    #expect(!offsets.isEmpty)
    for offset in offsets {
      let block = try #require(document.blockIndex(containing: offset))
      #expect(document.blocks[block].kind.isBoilerplate, "\(file): “\(name)” at \(offset)")
    }
  }

  // MARK: - Sentences in the seeds

  @Test func quotationSpanningSentencesStaysWithItsAttribution() throws {
    let document = try #require(seed("004"))
    let sentence = try #require(
      document.sentence(containing: "We still have significant disagreements"))
    #expect(sentence.hasPrefix("\"We still have significant disagreements"))
    #expect(sentence.hasSuffix("prompts us to intensify this dialogue,\" Lavrov said."))
  }

  @Test func abbreviationsAndDottedNamesDoNotEndSentences() throws {
    let forum = try #require(seed("004"))
    #expect(forum.sentenceTexts.contains("#14980066"))
    let axar = try #require(seed("002"))
    #expect(axar.sentenceTexts.contains("Axar.az reports citing TASS."))
    #expect(
      try #require(axar.sentence(containing: "Mr. Lavrov")).hasSuffix(
        "the Japanese top diplomat said."))
    let digest = try #require(seed("001"))
    #expect(
      digest.sentenceTexts.contains(
        "Lavrov suggested at the same press event that Moscow will continue to address U.S. moves to "
          + "deploy mid-range ballistic missiles in Asia in its bilateral talks with Tokyo by saying: "
          + "“We have no choice but to address moves to build a U.S.-led missile defense network "
          + "that includes Japan.”"))
    let sputnik = try #require(seed("003"))
    #expect(try #require(sputnik.sentence(containing: "\"2+2\"")).hasSuffix("on\u{a0}March 20."))
  }

  @Test func teaserParagraphIsSplitIntoItsOwnSentences() throws {
    let document = try #require(seed("000"))
    #expect(
      document.sentenceTexts.contains(
        "Is this enigmatic beast — said to be extinct since 1905 — still out there?"))
    #expect(
      document.sentenceTexts.contains(
        "In a five-part series, we track an enduring mystery that has captivated the imaginations of many."
      ))
  }

  // MARK: - Structure

  @Test(arguments: ["000", "001", "002", "003", "004"])
  func blocksAndSentencesAreOrderedTrimmedAndNested(file: String) throws {
    let document = try #require(seed(file))
    let bytes = document.text.bytes
    func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
    var previousEnd = 0
    for block in document.blocks {
      #expect(!block.byteRange.isEmpty)
      #expect(block.byteRange.lowerBound >= previousEnd)
      #expect(!isSpace(bytes[block.byteRange.lowerBound]))
      #expect(!isSpace(bytes[block.byteRange.upperBound - 1]))
      previousEnd = block.byteRange.upperBound
    }
    previousEnd = 0
    for sentence in document.sentences {
      #expect(!sentence.byteRange.isEmpty)
      #expect(sentence.byteRange.lowerBound >= previousEnd)
      let block = document.blocks[sentence.blockIndex].byteRange
      #expect(block.contains(sentence.byteRange.lowerBound))
      #expect(sentence.byteRange.upperBound <= block.upperBound)
      #expect(!isSpace(bytes[sentence.byteRange.lowerBound]))
      #expect(!isSpace(bytes[sentence.byteRange.upperBound - 1]))
      previousEnd = sentence.byteRange.upperBound
    }
    for index in document.blocks.indices {
      #expect(
        document.sentences.contains { $0.blockIndex == index }, "block \(index) has no sentence")
    }
  }
}
