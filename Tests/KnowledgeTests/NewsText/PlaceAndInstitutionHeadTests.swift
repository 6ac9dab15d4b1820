import Knowledge
import Testing

/// The last word of a name tells what it names: buildings and works people go to are places
/// ("Volska Arena", "Merrin Station", a museum, a centre, a hall), galleries and brotherhoods institutions; two words
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

  @Test func museumsCentresAndHallsAreTheBuildingsTheyAre() throws {
    let knowledge = TestCorpus.knowledge(
      "The capsule goes on show at the Harwell Science Center, then at the Museum of Tides, and the prize is given in Dorran Hall. The Harwell Science Foundation paid for the move."
    )
    for name in ["Harwell Science Center", "Museum of Tides", "Dorran Hall"] {
      #expect(try #require(knowledge.entity(named: name)).kind == .place, "\(name)")
    }
    let foundation = try #require(knowledge.entity(named: "Harwell Science Foundation"))
    #expect(foundation.kind == .organization)
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
