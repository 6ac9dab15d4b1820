import Knowledge
import Testing

/// A country is a place whatever the words around it: sports pages write of countries as of
/// teams ("Norway, who have a game in hand"), and "who" after "members of X" goes back to the
/// members.
@Suite struct CountryNameTests {
  @Test func countryFollowedByWhoStaysAPlace() throws {
    let knowledge = TestCorpus.knowledge(
      "Sweden beat Chile 2-0 on Sunday and now sit two points ahead of Norway, who have a game in hand.\n\nNorway, who lost to Chile in March, play again on Thursday."
    )
    let norway = try #require(knowledge.entity(named: "Norway"))
    #expect(norway.kind == .place)
    #expect(knowledge.entities.allSatisfy { $0.kind != .person })
    let hit = try #require(knowledge.lookup("Norway").first)
    #expect(knowledge.entities[hit.entityID].kind == .place)
  }

  @Test func whoAfterMembersOfANameIsNotThatName() throws {
    let knowledge = TestCorpus.knowledge(
      "He wrote to former members of Veltrana, who helped him leave the movement in 2009.")
    let group = try #require(knowledge.entity(named: "Veltrana"))
    #expect(group.kind != .person)
  }

  @Test func whoAfterAPersonStillMarksAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The plan was drafted by Ilse Varga, who chairs the harbour board.")
    #expect(try #require(knowledge.entity(named: "Ilse Varga")).kind == .person)
  }

  @Test func stateOrProvinceIsAPlaceWithNoCue() throws {
    let knowledge = TestCorpus.knowledge(
      "Shipments from Nebraska doubled, and Manitoba said its farmers would follow.")
    #expect(try #require(knowledge.entity(named: "Nebraska")).kind == .place)
    #expect(try #require(knowledge.entity(named: "Manitoba")).kind == .place)
  }

  @Test func aStatesNameAfterATitleIsStillAPerson() throws {
    let knowledge = TestCorpus.knowledge("Senator Victoria Lund said the vote would wait.")
    #expect(try #require(knowledge.entity(named: "Victoria Lund")).kind == .person)
  }

  @Test func countryWhoseFirstWordIsADemonymStaysWhole() throws {
    let knowledge = TestCorpus.knowledge("Pilgrims flew to Saudi Arabia on Sunday.")
    #expect(try #require(knowledge.entity(named: "Saudi Arabia")).kind == .place)
    #expect(knowledge.entity(named: "Arabia") == nil)
  }

  @Test func countryAcronymThatSpellsAWordIsACountry() throws {
    let knowledge = TestCorpus.knowledge(
      "US President Adam Vell spoke on Monday. Officials in the US said little, and he told us why."
    )
    #expect(try #require(knowledge.entity(named: "US")).kind == .place)
    #expect(try #require(knowledge.entity(named: "Adam Vell")).kind == .person)
  }
}
