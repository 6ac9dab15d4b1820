import Knowledge
import Testing

/// Capitals are the wire's style in a dateline and in an all-capital headline: what they name
/// is an entity only when the story also writes it in mixed case.
@Suite struct DatelineTests {
  @Test func datelineNameTheStoryNeverWritesIsNoEntity() {
    // A capital city the country table knows is no exception.
    let knowledge = TestCorpus.knowledge(
      "TARVIK, March 2 (Wire) - Fishing boats returned to port on Sunday, officials said.",
      "VIENNA, May 4 (Wire) - The talks ended without a statement, two delegates said.")
    #expect(knowledge.entities.isEmpty, "\(knowledge.entities.map(\.name))")
  }

  @Test func datelineWithADateAfterItIsNoEntityEither() {
    let knowledge = TestCorpus.knowledge(
      "OSLO 2019-03-02\n\nThe committee met for six hours and agreed on nothing.")
    #expect(knowledge.entity(named: "OSLO") == nil)
    #expect(knowledge.entity(named: "Oslo") == nil)
  }

  @Test func datelineNameTheStoryConfirmsIsTheSameEntity() throws {
    let knowledge = TestCorpus.knowledge(
      "MELSUND, March 2 (Wire) - Talks resumed in Melsund on Sunday after a week of strikes.")
    let town = try #require(knowledge.entity(named: "Melsund"))
    #expect(town.kind == .place)
    #expect(knowledge.mentions(inDocument: 0).filter { $0.entityID == town.id }.count == 2)
  }

  @Test func allCapitalHeadlineGivesNoEntity() {
    let knowledge = TestCorpus.knowledge(
      "STORM HITS BRANDEL COAST AGAIN\n\nHeavy rain closed schools on Tuesday.")
    #expect(knowledge.entities.isEmpty, "\(knowledge.entities.map(\.name))")
  }
}
