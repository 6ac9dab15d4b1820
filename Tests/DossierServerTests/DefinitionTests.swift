import Corpus
import JSONRPC
import Knowledge
import TestSupport
import Testing

@testable import DossierServer

/// Go to source over the stories of `hoverArticles`, in-process.
@Suite struct DefinitionTests {
  /// Asks for the definition at `1️⃣` in `draft` and compares each place with `expected`, as
  /// `uri line:character-line:character`; nil for no answer. With `links`, each place is
  /// `origin -> uri target selection`.
  func check(_ draft: String, _ expected: [String]?, links: Bool = false) throws {
    let marked = MarkedText(draft)
    let client: JSONValue = links ? ["textDocument": ["definition": ["linkSupport": true]]] : [:]
    let (context, uri) = writingContext(hoverArticles, open: marked.text, client: client)
    let answer = try DefinitionFeature.definition(
      TextDocumentPositionParams(
        textDocument: TextDocumentIdentifier(uri: uri), position: marked.position("1️⃣")),
      context)
    let places: [String]? =
      switch answer {
      case .locations(let locations)?: locations.map { "\($0.uri.string) \(span($0.range))" }
      case .links(let links)?:
        links.map {
          "\($0.originSelectionRange.map(span) ?? "none") -> \($0.targetUri.string) \(span($0.targetRange)) "
            + span($0.targetSelectionRange)
        }
      case nil: nil
      }
    #expect(places == expected)
  }

  @Test func aNameLeadsToItsDefiningSentenceThenToEachOtherStory() throws {
    // 0.txt line 3 (index 2) is the alias statement; its first name of the place is "Southern
    // Kurils" after "The islands are called the " (27 characters). 1.txt: "Fishing boats
    // returned to the " is 30 characters.
    try check(
      "Off the 1️⃣Northern Territories",
      [
        "file:///corpus/0.txt 2:27-2:42",
        "file:///corpus/1.txt 2:30-2:50",
      ])
  }

  @Test func aPersonLeadsToTheSentenceThatIntroducesHim() throws {
    // "Russian Foreign Minister " is 25 characters.
    try check("Lavrov1️⃣ said", ["file:///corpus/0.txt 4:25-4:38"])
  }

  @Test func linksSelectTheNameInTheWholeSentence() throws {
    // The sentence is 66 characters long.
    try check(
      "Then 1️⃣Lavrov left",
      ["0:5-0:11 -> file:///corpus/0.txt 4:0-4:66 4:25-4:38"], links: true)
  }

  @Test func aQuotationLeadsToTheSentenceThatHoldsIt() throws {
    // "Lavrov said " is 12 characters, the quoted words 21.
    try check(
      "He said that “the talks 1️⃣would go on”.", ["file:///corpus/0.txt 6:12-6:33"])
  }

  @Test func wordsThatNameNothingLeadNowhere() throws {
    try check("The 1️⃣storm passed.", nil)
  }
}
