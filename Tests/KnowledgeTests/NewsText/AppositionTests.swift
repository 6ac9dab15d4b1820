import Knowledge
import Testing

/// An apposition after a name that only a person takes makes the name a person's: an age
/// ("Tomas Brel, 42,"), or a noun phrase headed by a role or a person noun ("Irena Lovat, a
/// Czech nurse", "Aldo Ferrant, editor at large", "Nils Oberg, chief financial officer and
/// treasurer", "Dario Ponce, Panama coach"); one headed by a noun of business makes an
/// institution ("a mining company"), and one headed by a place noun a place ("a town in the
/// north"). Nouns that institutions hold too ("member", "leader"), plurals, and a role that
/// belongs to the next name say nothing.
@Suite struct AppositionTests {
  @Test func anAgeMakesAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Tomas Brel, 42, and his wife Anka Brel, 36, from Sydney, Australia, are on trial.")
    #expect(try #require(knowledge.entity(named: "Tomas Brel")).kind == .person)
    #expect(try #require(knowledge.entity(named: "Anka Brel")).kind == .person)
  }

  @Test func aPersonNounAfterADemonymMakesAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Irena Lovat, a Czech woman and former volunteer, has claimed she was held for months.")
    #expect(try #require(knowledge.entity(named: "Irena Lovat")).kind == .person)
  }

  @Test func aBareRoleWithItsModifiersMakesAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "\"It could have been worse,\" Aldo Ferrant, editor at large at the Harbour Gazette, said. Nils Oberg, chief financial officer and treasurer at the fund, agreed."
    )
    #expect(try #require(knowledge.entity(named: "Aldo Ferrant")).kind == .person)
    #expect(try #require(knowledge.entity(named: "Nils Oberg")).kind == .person)
  }

  @Test func aTeamBeforeTheRoleIsAModifier() throws {
    let knowledge = TestCorpus.knowledge(
      "After the match, Dario Ponce Vidal, Panama coach, said the team had learned a lot.")
    #expect(try #require(knowledge.entity(named: "Dario Ponce Vidal")).kind == .person)
    #expect(try #require(knowledge.entity(named: "Panama")).kind == .place)
  }

  @Test func aNounThatInstitutionsHoldTooSaysNothing() throws {
    let knowledge = TestCorpus.knowledge(
      "Observers said Morvania Sound, a member of the alliance since 1990, would vote against it.")
    #expect(knowledge.entity(named: "Morvania Sound")?.kind != .person)
  }

  @Test func aPluralStartsANewClause() throws {
    let knowledge = TestCorpus.knowledge(
      "In the demonstration of Gravel Knight VR, players are dropped into a secret cave.")
    #expect(knowledge.entity(named: "Gravel Knight VR")?.kind != .person)
  }

  @Test func aNounOfBusinessMakesAnInstitution() throws {
    let knowledge = TestCorpus.knowledge(
      "Shares fell after Kelvara Holt, a mining company, said it would close the pit.")
    #expect(try #require(knowledge.entity(named: "Kelvara Holt")).kind == .organization)
  }

  @Test func aPlaceNounMakesAPlace() throws {
    let knowledge = TestCorpus.knowledge(
      "Shells hit Garvik, a town in the north, and Oskar Lind said the roads were closed.")
    #expect(try #require(knowledge.entity(named: "Garvik")).kind == .place)
    #expect(try #require(knowledge.entity(named: "Oskar Lind")).kind == .person)
  }

  @Test func theEmployerBeforeARoleIsNoSecondPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The Orvel Institute opened the show. Hilary Bracewell, Orvel associate professor of art history, said it was the best in years."
    )
    #expect(try #require(knowledge.entity(named: "Hilary Bracewell")).kind == .person)
    #expect(knowledge.entity(named: "Orvel")?.kind != .person)
  }
}
