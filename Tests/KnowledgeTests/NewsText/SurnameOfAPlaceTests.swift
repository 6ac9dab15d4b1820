import Knowledge
import Testing

/// A city's name is also a surname ("Marta Lima"). The names of a corpus are matched without
/// their context, and alone such a name is the city in every other story, so the person keeps
/// only her full name: her surname alone is never matched as her, here or in another
/// document.
@Suite struct SurnameOfAPlaceTests {
  @Test func theSurnameAloneStaysTheCity() throws {
    let knowledge = TestCorpus.knowledge(
      "Marta Lima, a Peruvian nurse, has claimed she was held on a ship for years. Lima claims her passport was taken.",
      "Delegates met in Lima on Friday. The talks in Lima ended late.")
    let person = try #require(knowledge.entity(named: "Marta Lima"))
    #expect(person.kind == .person)
    #expect(!person.allNames.contains("Lima"))
    #expect(!knowledge.kindsOfMentions(of: "Lima", inDocument: 0).contains(.person))
    #expect(knowledge.kindsOfMentions(of: "Lima", inDocument: 1) == [.place, .place])
  }
}
