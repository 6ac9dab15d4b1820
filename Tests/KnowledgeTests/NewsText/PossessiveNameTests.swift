import Knowledge
import Testing

/// A possessive name is the determiner of the noun after it: the preposition before it is
/// that noun's ("a header from Tomas Vell's cross" says nothing of where Vell is). Before a
/// person's bare name it is the group the person stands for ("Greenstep's Anna Kovel").
@Suite struct PossessiveNameTests {
  @Test func thePrepositionBeforeAPossessiveIsTheNounsNotTheNames() throws {
    let knowledge = TestCorpus.knowledge(
      "Lukas Orne doubled the lead, scoring a header from Tomas Vell's cross.")
    #expect(knowledge.entity(named: "Tomas Vell")?.kind != .place)
  }

  @Test func aPossessiveBeforeAPersonsNameIsTheirGroup() throws {
    let knowledge = TestCorpus.knowledge(
      "Localist group Greenstep's Anna Kovel was elected. Two seats went to Greenstep's Ivo Marek and Lena Sorn."
    )
    #expect(try #require(knowledge.entity(named: "Greenstep")).kind == .organization)
    #expect(try #require(knowledge.entity(named: "Anna Kovel")).kind == .person)
  }

  @Test func aCountryBeforeAPersonsNameStaysACountry() throws {
    let knowledge = TestCorpus.knowledge(
      "Norway's Ivo Marek won the race. Norway's Lena Sorn came second.")
    #expect(try #require(knowledge.entity(named: "Norway")).kind == .place)
  }
}
