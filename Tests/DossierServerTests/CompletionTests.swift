import Corpus
import JSONRPC
import Knowledge
import TestSupport
import Testing

@testable import DossierServer

@Suite struct CompletionTests {
  static func mentions(_ count: Int) -> [Mention] {
    (0..<count).map {
      Mention(documentID: 0, byteRange: $0 * 10..<$0 * 10 + 5, isBoilerplate: false)
    }
  }

  let entities = [
    makeEntity(
      0, "Fumio Kishida", .person, aliases: [Alias(name: "Kishida")], roles: ["Foreign Minister"],
      nationality: "Japanese", mentions: mentions(3)),
    makeSidedPlace(
      1, "Northern Territories", side: "Japan", alias: "Southern Kurils", aliasSide: "Russia",
      variants: ["Southern Kuril Islands"]),
    makeEntity(2, "Korea", .place, mentions: mentions(1)),
    makeEntity(3, "The Japan Times", .organization),
    makeEntity(4, "Japan", .place, mentions: mentions(5)),
  ]

  func complete(
    _ marked: String, _ options: CompletionFeature.Options = .init(),
    namesAfterThe: [NamePrefixIndex.NameAfterThe] = [], entities: [Entity]? = nil,
    lookup: (String) -> [LookupHit] = { _ in [] }
  ) -> CompletionList {
    let draft = MarkedText(marked)
    let entities = entities ?? self.entities
    let document = AnalyzedDocument(
      uri: DocumentURI(string: "untitled:report.md"), text: SourceText(draft.text), matches: [],
      corpusDocumentID: nil)
    return CompletionFeature.complete(
      in: document, atByteOffset: draft["1️⃣"],
      index: NamePrefixIndex(entities: entities, namesAfterThe: namesAfterThe), entities: entities,
      options, lookup: lookup)
  }

  func edit(_ item: CompletionItem) -> (range: String, newText: String)? {
    guard case .plain(let edit) = item.textEdit else { return nil }
    return (span(edit.range), edit.newText)
  }

  @Test func aCapitalisedPrefixCompletesToTheFullNameFirstThenTheSurname() {
    let list = complete("🎌 “Kish1️⃣")
    #expect(list.items.map(\.label) == ["Fumio Kishida", "Kishida"])
    #expect(list.items.map(\.sortText) == ["0000", "0001"])
    // The emoji is two UTF-16 units and “ one: "Kish" is columns 4–8.
    #expect(list.items.compactMap { edit($0)?.range } == ["0:4-0:8", "0:4-0:8"])
    #expect(list.items.first?.filterText == "Kishida Fumio")
    #expect(list.items.first?.detail == "person · Foreign Minister · Japanese")
    #expect(list.items.last?.detail == "person · Fumio Kishida · Foreign Minister · Japanese")
    #expect(list.items.first?.kind == 18)
    #expect(!list.isIncomplete)
  }

  @Test func theEditRangeFollowsTheNegotiatedEncoding() {
    let list = complete("🎌 “Kish1️⃣", .init(encoding: .utf8))
    // UTF-8: the emoji is four bytes and “ three.
    #expect(edit(list.items[0])?.range == "0:8-0:12")
  }

  @Test func aPossessiveIsKeptOnTheCompletedName() {
    let list = complete("Kishida’s1️⃣")
    #expect(list.items.compactMap { edit($0)?.newText } == ["Fumio Kishida’s", "Kishida’s"])
    #expect(edit(list.items[0])?.range == "0:0-0:9")
  }

  @Test func earlierWordsOfTheNameAreReplacedToo() {
    let list = complete("We saw the Southern K1️⃣")
    #expect(list.items.map(\.label) == ["Southern Kurils", "Southern Kuril Islands"])
    #expect(edit(list.items[0])?.range == "0:11-0:21")
    #expect(list.items[0].detail == "place · Japan: Northern Territories")
  }

  @Test func afterTheArticleBothTheNameWithTheAndTheNameWithoutItAreOffered() {
    let list = complete("the Jap1️⃣")
    #expect(list.items.map(\.label) == ["The Japan Times", "Japan"])
    #expect(list.items.compactMap { edit($0)?.range } == ["0:0-0:7", "0:4-0:7"])
  }

  @Test func aLowerCaseWordGetsNothing() {
    #expect(complete("the kish1️⃣").items.isEmpty)
    #expect(complete("the kish1️⃣", .init(invoked: true)).items.isEmpty)
    #expect(!complete("the kish1️⃣").isIncomplete)
  }

  @Test func askedForWithNothingTypedTheMostMentionedNamesComeFirst() {
    let list = complete("Then 1️⃣", .init(invoked: true))
    #expect(list.items.prefix(3).map(\.label) == ["Japan", "Fumio Kishida", "Korea"])
    #expect(list.isIncomplete)
  }

  @Test func afterTheNamesTheCorpusWritesAfterTheAreOffered() {
    let after = [
      NamePrefixIndex.NameAfterThe(name: "Southern Kurils", entityID: 1, count: 3),
      NamePrefixIndex.NameAfterThe(name: "Japan Times", entityID: 3, count: 1),
    ]
    let list = complete("Talks on the 1️⃣", namesAfterThe: after)
    #expect(list.items.map(\.label) == ["Southern Kurils", "Japan Times"])
    #expect(edit(list.items[0])?.range == "0:13-0:13")
    #expect(list.isIncomplete)
    #expect(complete("Talks on 1️⃣", namesAfterThe: after).items.isEmpty)
  }

  @Test func aNameOnTheSecondLineOfACRLFTextIsReplacedOnThatLine() {
    let list = complete("First line\r\nKor1️⃣")
    #expect(list.items.map(\.label) == ["Korea"])
    #expect(edit(list.items[0])?.range == "1:0-1:3")
  }

  @Test func aLongListIsCutAndMarkedIncomplete() {
    let many = (0..<60).map { makeEntity($0, "Name\($0)", .place) }
    let list = complete("Nam1️⃣", entities: many)
    #expect(list.items.count == CompletionFeature.itemLimit)
    #expect(list.isIncomplete)
  }

  @Test func aMisspelledPrefixIsCompletedFromTheTypoTolerantLookup() {
    let list = complete("Kishda1️⃣") { query in
      query == "Kishda" ? [LookupHit(entityID: 0, matchedName: "Fumio Kishida", score: 0.4)] : []
    }
    #expect(list.items.map(\.label) == ["Fumio Kishida"])
    // The client filters on what was typed, so the item must survive its own filter.
    #expect(list.items[0].filterText == "Kishda")
    #expect(list.isIncomplete)
  }

  @Test func insideAWordTheReplaceRangeCoversTheRestOfIt() {
    let list = complete("Kis1️⃣hida said", .init(insertReplace: true))
    guard case .insertReplace(let edit) = list.items.first?.textEdit else {
      Issue.record("expected an insert-or-replace edit")
      return
    }
    #expect(span(edit.insert) == "0:0-0:3")
    #expect(span(edit.replace) == "0:0-0:7")
  }

  @Test func itemsCarryTheEntityForResolve() {
    let item = complete("Kor1️⃣").items.first
    #expect(item?.data?["entity"]?.stringValue == "place/2")
    #expect(item?.documentation == nil)
  }
}

/// Completion through the request handler, on the seeds' index.
@Suite struct CompletionRequestTests {
  func complete(_ index: IndexSnapshot) throws -> CompletionList {
    let draft = MarkedText("Kish1️⃣")
    let (context, uri) = writingContext(index, open: draft.text)
    return try CompletionFeature.completion(
      CompletionParams(
        textDocument: TextDocumentIdentifier(uri: uri), position: draft.position("1️⃣"),
        context: nil), context)
  }

  /// A name is one line: a client that says it takes `insertTextMode` hears "as it is", so it
  /// does not re-indent what it inserts (lsp-mode's re-indenting hung in markdown-mode).
  @Test func aClientThatTakesInsertTextModesIsToldToInsertNamesAsTheyAre() throws {
    let draft = MarkedText("Kish1️⃣")
    let modes: JSONValue = [
      "textDocument": [
        "completion": ["completionItem": ["insertTextModeSupport": ["valueSet": [1, 2]]]]
      ]
    ]
    for (client, expected) in [(modes, 1 as Int?), ([:], nil)] {
      let (context, uri) = writingContext(seedsSnapshot, open: draft.text, client: client)
      let list = try CompletionFeature.completion(
        CompletionParams(
          textDocument: TextDocumentIdentifier(uri: uri), position: draft.position("1️⃣"),
          context: nil), context)
      #expect(!list.items.isEmpty)
      #expect(list.items.allSatisfy { $0.insertTextMode == expected })
    }
  }

  @Test func whileReindexingThePreviousIndexAnswers() throws {
    let reindexing = IndexSnapshot(
      knowledge: seedsSnapshot.knowledge, status: .indexing(documentsDone: 2, documentsTotal: 5),
      generation: 3)
    #expect(try complete(reindexing).items.first?.label == "Fumio Kishida")
  }

  @Test func beforeTheFirstIndexTheListIsEmptyAndIncomplete() throws {
    let list = try complete(.empty)
    #expect(list.items.isEmpty)
    #expect(list.isIncomplete)
  }
}
