import Knowledge
import Testing

/// Smaller things a name is made of: a number inside it, an acronym in square brackets or an
/// acronym that spells a common word, a follower's noun before a person, the syllables of a
/// romanized given name, and common words that make no person's name.
@Suite struct NameDetailTests {
  @Test func acronymInSquareBracketsIsStated() throws {
    let knowledge = TestCorpus.knowledge(
      "Commanders of the Varn People's Army [VPA] were sent to the front on Friday.")
    let army = try #require(knowledge.entity(named: "Varn People's Army"))
    #expect(army.statedNames.map(\.name).contains("VPA"))
  }

  @Test func acronymThatSpellsACommonWordIsKeptWhenStated() throws {
    let knowledge = TestCorpus.knowledge(
      "The Water Health Office (WHO) warned farmers, who had already lost half their crop.")
    let office = try #require(knowledge.entity(named: "Water Health Office"))
    #expect(office.allNames.contains("WHO"))
  }

  @Test func numberBetweenWordsOfANameBelongsToIt() throws {
    let knowledge = TestCorpus.knowledge(
      "The Movimento 7 Verdi (M7V) won two seats in Lucca.")
    let party = try #require(knowledge.entity(named: "Movimento 7 Verdi"))
    #expect(party.allNames.contains("M7V"))
  }

  @Test func syllablesThatDifferMakeTwoPeople() throws {
    let knowledge = TestCorpus.knowledge(
      "Lam Siu-kin and Lam Siu-hing both won seats in the council.")
    let first = try #require(knowledge.entity(named: "Lam Siu-kin"))
    let second = try #require(knowledge.entity(named: "Lam Siu-hing"))
    #expect(first.id != second.id)
  }

  @Test func followersNounBeforeAPersonIsNotPartOfTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "The video showed Veltranist Ada Moor praising the movement.")
    #expect(try #require(knowledge.entity(named: "Ada Moor")).kind == .person)
    #expect(!knowledge.entities.contains { $0.name.hasPrefix("Veltranist") })
  }

  @Test func commonWordsMakeNoPersonsName() throws {
    let knowledge = TestCorpus.knowledge(
      "Grants from Social Welfare rose this year, and social welfare spending fell.")
    #expect(knowledge.entity(named: "Social Welfare")?.kind != .person)
  }
}
