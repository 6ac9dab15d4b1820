import Knowledge
import Testing

/// Two ways English names a place around a name it has no word for: a place noun and "of"
/// before it ("the town of Garvik", "the coast of Belmora"), and a larger place after a comma
/// ("Belmora, Indonesia", "Arvel, Texas"). A country before a lower-case noun modifies the
/// noun ("Ponce, Panama coach"), and one in the possessive owns what follows.
@Suite struct PlaceCueTests {
  @Test func aPlaceNounAndOfNameAPlace() throws {
    let knowledge = TestCorpus.knowledge(
      "South Korea evacuated about 80 people in the town of Garvik after a shell landed.")
    #expect(try #require(knowledge.entity(named: "Garvik")).kind == .place)
  }

  @Test func aLargerPlaceAfterACommaNamesAPlace() throws {
    let knowledge = TestCorpus.knowledge(
      "They were found swimming off Belmora, Indonesia. Others reached Arvel, Texas, by bus.")
    #expect(try #require(knowledge.entity(named: "Belmora")).kind == .place)
    #expect(try #require(knowledge.entity(named: "Arvel")).kind == .place)
  }

  @Test func aCountryBeforeANounOrInThePossessiveIsNoLargerPlace() throws {
    let knowledge = TestCorpus.knowledge(
      "Kelvara Motors, Japan's largest carmaker, said sales fell. Kelvara Motors, Japan carmaker of the year, said more."
    )
    #expect(knowledge.entity(named: "Kelvara Motors")?.kind != .place)
  }
}
