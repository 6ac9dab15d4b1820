import Knowledge
import Testing

/// The last word of a name tells what it names: buildings and works people go to are places
/// ("Volska Arena", "Merrin Station"), galleries and brotherhoods institutions; two words
/// joined by "and" before one head noun are one name ("the Lenner Air and Sea Museum").
@Suite struct PlaceAndInstitutionHeadTests {
  @Test func buildingsAndWorksArePlacesNotPeople() throws {
    let knowledge = TestCorpus.knowledge(
      "The final was played at Volska Arena. Fans took trains from Merrin Station, and the march ended on Castle Road."
    )
    for name in ["Volska Arena", "Merrin Station", "Castle Road"] {
      #expect(try #require(knowledge.entity(named: name)).kind == .place, "\(name)")
    }
  }

  @Test func galleryAndBrotherhoodAreInstitutions() throws {
    let knowledge = TestCorpus.knowledge(
      "Prints were lent by the Osk Gallery, and the Verran Brotherhood paid for the frames.")
    #expect(try #require(knowledge.entity(named: "Osk Gallery")).kind == .organization)
    #expect(try #require(knowledge.entity(named: "Verran Brotherhood")).kind == .organization)
  }

  @Test func wordsJoinedByAndBeforeAHeadAreOneName() throws {
    let knowledge = TestCorpus.knowledge(
      "The orbiter will go to the Lenner Air and Sea Museum next spring.")
    #expect(knowledge.entity(named: "Lenner Air and Sea Museum") != nil)
    #expect(knowledge.entity(named: "Lenner Air") == nil)
  }

  @Test func namesJoinedByAndWithNoHeadStayApart() {
    let knowledge = TestCorpus.knowledge("Talks between Norway and Iceland resumed on Monday.")
    #expect(knowledge.entity(named: "Norway") != nil)
    #expect(knowledge.entity(named: "Iceland") != nil)
  }
}
