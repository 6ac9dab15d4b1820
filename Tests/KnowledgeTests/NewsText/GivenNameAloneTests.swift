import Knowledge
import Testing

/// Feature stories go on to call a person by the given name alone ("Daniel knew"): it means
/// the one person of that given name the same story names in full, unless a preposition of
/// place or a head noun says it is a place.
@Suite struct GivenNameAloneTests {
  @Test func givenNameAloneIsThePersonTheStoryNamesInFull() throws {
    let knowledge = TestCorpus.knowledge(
      "The former member Daniel Varga left the commune in May. Investigators later persuaded Daniel that the files were gone. The next thing Daniel knew, he was in a cell."
    )
    let person = try #require(knowledge.entity(named: "Daniel Varga"))
    let lone = knowledge.mentions(inDocument: 0).filter { $0.surface == "Daniel" }
    #expect(lone.count == 2)
    #expect(lone.allSatisfy { $0.entityID == person.id })
  }

  @Test func givenNameAfterAPrepositionOfPlaceStaysAPlace() throws {
    let knowledge = TestCorpus.knowledge(
      "The harbour master, Santiago Morel, runs the port office. The ferry sails from Santiago twice a week."
    )
    let lone = knowledge.mentions(inDocument: 0).filter { $0.surface == "Santiago" }
    let person = try #require(knowledge.entity(named: "Santiago Morel"))
    #expect(!lone.contains { $0.entityID == person.id })
  }

  @Test func givenNameOfTwoPeopleInTheStoryMeansNeither() throws {
    let knowledge = TestCorpus.knowledge(
      "The former members Daniel Varga and Daniel Osei left the commune in May. The next thing Daniel knew, he was in a cell."
    )
    let people = ["Daniel Varga", "Daniel Osei"].compactMap { knowledge.entity(named: $0)?.id }
    #expect(people.count == 2)
    let lone = knowledge.mentions(inDocument: 0).filter { $0.surface == "Daniel" }
    #expect(!lone.contains { people.contains($0.entityID) })
  }
}
