import Knowledge
import Testing

/// A city's name is also a surname ("Marta Lima"). In a text that names the person in full,
/// the surname alone is the person, as a surname that two people share is; in every other
/// text it is the city. It is never one of the person's names for lookup, since alone it
/// names the city first.
@Suite struct SurnameOfAPlaceTests {
  private let corpus = [
    "Marta Lima, a Peruvian nurse, has claimed she was held on a ship for years. Lima claims her passport was taken.",
    "Delegates met in Lima on Friday. The talks in Lima ended late.",
  ]

  @Test func theSurnameIsThePersonOnlyWhereSheIsNamedInFull() throws {
    let knowledge = TestCorpus.knowledge(corpus[0], corpus[1])
    let person = try #require(knowledge.entity(named: "Marta Lima"))
    #expect(person.kind == .person)
    #expect(!person.allNames.contains("Lima"))
    #expect(knowledge.kindsOfMentions(of: "Lima", inDocument: 0) == [.person])
    #expect(knowledge.kindsOfMentions(of: "Lima", inDocument: 1) == [.place, .place])
  }

  @Test func aDraftGetsTheSameReading() throws {
    let knowledge = TestCorpus.knowledge(corpus[0], corpus[1])
    #expect(
      knowledge.matchedNames(in: "Marta Lima spoke first. Later Lima said no more.")
        == ["Marta Lima→Marta Lima", "Lima→Marta Lima"])
    #expect(knowledge.matchedNames(in: "The summit in Lima is over.") == ["Lima→Lima"])
  }

  @Test func withoutThePersonTheNameIsTheCity() throws {
    let knowledge = TestCorpus.knowledge("Lima hosted the summit. Delegates left Lima on Friday.")
    #expect(knowledge.kindsOfMentions(of: "Lima") == [.place, .place])
  }
}
