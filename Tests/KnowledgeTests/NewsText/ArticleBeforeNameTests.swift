import Knowledge
import Testing

/// English puts no article before a person's name: two plain capitalised words right after
/// "the" name a band, a work or an institution ("the Copper Lanterns", "the Danish Blue
/// Cross"). A title between still makes a person ("the Foreign Minister Anton Selk").
@Suite struct ArticleBeforeNameTests {
  @Test func plainNameAfterTheIsNoPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The evening opened with songs by the Copper Lanterns, and later Mara Vell sang alone.")
    let band = try #require(knowledge.entity(named: "Copper Lanterns"))
    #expect(band.kind != .person)
    #expect(try #require(knowledge.entity(named: "Mara Vell")).kind == .person)
  }

  @Test func plainNameAfterTheAndADemonymIsNoPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Blankets were handed out by the Danish Blue Cross at the border on Monday.")
    #expect(!knowledge.entities.contains { $0.kind == .person })
  }

  @Test func titleAfterTheStillMakesAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Talks were opened by the Foreign Minister Anton Selk on Friday. Selk said little.")
    #expect(try #require(knowledge.entity(named: "Anton Selk")).kind == .person)
  }
}
