import Knowledge
import Testing

/// Two or three plain capitalised words that nothing marks as a place or an institution name
/// a person in news text, even with no title or verb of speech beside them.
@Suite struct PlainNameTests {
  @Test func unmarkedFullNameIsAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Tomas Berglund scored twice in the second half and the visitors held on.")
    #expect(try #require(knowledge.entity(named: "Tomas Berglund")).kind == .person)
  }

  @Test func nameAfterAPrepositionOfPlaceIsNotAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Flights to Porto Vessa resumed on Monday. Porto Vessa reopened its harbour too.")
    #expect(try #require(knowledge.entity(named: "Porto Vessa")).kind != .person)
  }

  @Test func nameWhoseFirstWordIsANameOfItsOwnIsNotAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Sales rose last year, a report by Kelvara said. Kelvara Prism, its new browser, runs on phones."
    )
    #expect(try #require(knowledge.entity(named: "Kelvara Prism")).kind != .person)
  }

  @Test func nameThatOpensAnInstitutionsNameIsNotAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Dalia Ferro joined the Corvan Ashby Party last year. Corvan Ashby now backs the plan.")
    #expect(try #require(knowledge.entity(named: "Dalia Ferro")).kind == .person)
    #expect(knowledge.entity(named: "Corvan Ashby")?.kind != .person)
  }

  @Test func wordsOfOfficesMakeNoPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The report reached Foreign Affairs on Friday, and National Enforcement kept a copy.")
    #expect(knowledge.entity(named: "Foreign Affairs")?.kind != .person)
    #expect(knowledge.entity(named: "National Enforcement")?.kind != .person)
  }

  @Test func productOfAnInstitutionIsNoPersonEvenWithItsLastWordAlone() throws {
    let knowledge = TestCorpus.knowledge(
      "Visitors toured the Kelvara headquarters in Lund. The recently released Kelvara Prism gains users, and Prism is now second."
    )
    #expect(knowledge.entity(named: "Kelvara Prism")?.kind != .person)
  }
}
