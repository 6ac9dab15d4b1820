import Testing

@testable import Corpus

/// The second test corpus (`Tests/Corpora/falklands`: another dispute, other sites' templates),
/// read by hand: the rules written for the seeds must hold here too.
@Suite struct SecondCorpusTests {
  static let folder: String = {
    var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)  // CorpusTests/SecondCorpusTests.swift
    return parts.joined(separator: "/") + "/Corpora/falklands"
  }()

  static let corpus: Corpus = (try? CorpusLoader.load(root: folder)) ?? .empty

  func document(_ prefix: String) throws -> CorpusDocument {
    try #require(Self.corpus.documents.first { $0.relativePath.hasPrefix(prefix) })
  }

  @Test(arguments: [
    ("000", "Argentina takes Malvinas claim back to UN committee", "Atlantic Sentinel"),
    ("001", "Britain rebuffs Argentina over Falklands talks", "The Northern Courier"),
    ("002", "Fernández vows to keep Malvinas claim alive", "Southern Cone Review"),
    ("003", "Falklands/Malvinas: is a deal possible?", "South Atlantic Forum"),
    ("004", "Falklands fishing boom fuels new row with Buenos Aires", "Wire"),
  ])
  func headlineAndOutlet(file: String, title: String, outlet: String) throws {
    let page = try document(file)
    #expect(page.title == title)
    #expect(page.outlet == outlet)
  }

  @Test(arguments: [
    ("000", "Friday, June 23rd 2023 - 09:14 UTC"),  // not a reader comment's "June 23rd, 2023"
    ("001", "24 June 2023, 6:05pm"),  // "Published 24 June 2023, 6:05pm"
    ("002", "April 2, 2023"),  // "April 2, 2023 | Southern Cone Review"
    ("003", "Sat Jun 24, 2023 8:15 pm"),  // the first post's header
    ("004", "July 3, 2023 2:41 PM GMT"),  // "5 minute read  July 3, 2023 2:41 PM GMT"
  ])
  func dateAsWritten(file: String, date: String) throws {
    #expect(try document(file).date == date)
  }

  @Test(arguments: [
    ("000", "Argentine Foreign Minister Santiago Cafiero on Thursday asked"),
    ("000", "Most of the islanders live in Stanley, what Argentina calls Puerto Argentino"),
    ("000", "In London, British Foreign Secretary James Cleverly said the matter was settled."),
    ("001", "The government has again refused to discuss the sovereignty"),
    ("001", "or the Georgias del Sur as Buenos Aires calls it"),
    ("002", "Argentina calls the conflict the Malvinas War"),
    ("003", "Interesting piece from the wire today."),
    ("003", "For context, the Malvinas (what the British call the Falklands)"),
    ("004", "STANLEY, Falkland Islands, July 3 (Wire) - Record squid catches"),
    ("004", "Britain has kept about 1,500 troops at Mount Pleasant since the war."),
  ])
  func storyIsBody(file: String, snippet: String) throws {
    let isBody = try document(file).isBody(snippet)
    #expect(isBody, "\(file): “\(snippet)”")
  }

  @Test(
    arguments: [
      ("000", "We use cookies", "cookie or legal notice"),
      ("000", "Home  Falklands  Argentina", "navigation"),
      ("000", "Share this article:", "share, print or menu buttons"),
      ("000", "Boca Juniors confirm Edinson Cavani", "teaser of another story"),
      ("000", "Think-About-It", "reader comment"),
      ("000", "Same speech every year.", "reader comment"),
      ("000", "Log in or register to post comments", "subscription or login prompt"),
      ("001", "Sign up to our Politics newsletter", "subscription or login prompt"),
      ("001", "By signing up you agree", "subscription or login prompt"),
      ("001", "Politics | UK | World", nil),
      ("001", "By Helen Marsh", "byline"),
      ("001", "Photo: Reuters/Agustin Marcarian", "photo credit"),
      ("001", "1 Manchester United agree", "teaser of another story"),
      ("001", "Follow The Northern Courier on Twitter", "share, print or menu buttons"),
      ("002", "ADVERTISEMENT", "advertising"),
      ("002", "Politics  Economy  Society", "navigation"),
      ("002", "• Messi’s Inter Miami debut", nil),
      ("002", "Debe iniciar sesión para comentar.", "non-English text"),
      ("003", "Board index", nil),
      ("003", "Forum rules: Be civil.", "forum rules or moderators"),
      ("003", "Post by gaucho_77", "forum post header"),
      ("003", "Signature: Proud Kelper.", "forum rules or moderators"),
      ("003", "Powered by phpBB", "site footer"),
      ("004", "By Laura Pennock", "byline"),
      ("004", "5 minute read", "article metadata"),
      ("004", "Reporting by Laura Pennock; Editing by Mark Heinrich", "staff credits"),
      ("004", "Our Standards: The Trust Principles.", "page footer after the story"),
      ("004", "Colombia's Petro names new finance minister", "teaser of another story"),
      ("004", "Discover the best Antarctic cruises", nil),
    ] as [(String, String, String?)])
  func furnitureIsBoilerplate(file: String, snippet: String, reason: String?) throws {
    let page = try document(file)
    let isBoilerplate = page.isBoilerplate(snippet)
    #expect(isBoilerplate, "\(file): “\(snippet)”")
    if let reason {
      let found = page.reason(at: snippet)
      #expect(found == reason, "\(file): “\(snippet)”")
    }
  }

  @Test(arguments: ["000", "001", "002"])
  func headlineRepeatedUnderTheMenuIsNotASecondTitle(file: String) throws {
    let page = try document(file)
    #expect(page.blocks.filter { $0.kind == .title }.count == 1)
    let title = try #require(page.title)
    let offsets = page.offsets(of: title)
    #expect(offsets.count == 2)
    let second = try #require(page.blockIndex(containing: offsets[1]))
    #expect(page.blocks[second].kind == .boilerplate(reason: "repeated headline"))
  }

  @Test(arguments: [
    ("000", "Cavani"), ("000", "Boric"), ("000", "Jack Rabbit"), ("001", "Mason Mount"),
    ("001", "Taylor Swift"), ("002", "Messi"), ("003", "Derby County"), ("004", "Petro"),
  ])
  func namesOfOtherStoriesAndCommentersOccurOnlyInBoilerplate(file: String, name: String) throws {
    let page = try document(file)
    let offsets = page.offsets(of: name)
    #expect(!offsets.isEmpty)
    for offset in offsets {
      let block = try #require(page.blockIndex(containing: offset))
      #expect(page.blocks[block].kind.isBoilerplate, "\(file): “\(name)” at \(offset)")
    }
  }

  @Test func listOfHeadlinesIsNotJoinedAsWrappedText() throws {
    let page = try document("004")
    #expect(page.sentenceTexts.contains("Colombia's Petro names new finance minister"))
    #expect(page.sentenceTexts.contains("Antarctic sea ice hits record low for June"))
  }
}
