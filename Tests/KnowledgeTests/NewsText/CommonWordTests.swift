import Knowledge
import Testing

/// A common noun given a capital ("the Group", "the Year") is not a name when the corpus also
/// writes it in lower case and capitalises it only after an article; one it capitalises where
/// a name stands alone ("investors in Amber") stays a name.
@Suite struct CommonWordTests {
  @Test func capitalisedCommonNounAfterTheIsNotAnEntity() {
    let knowledge = TestCorpus.knowledge(
      "The Group said profits rose in Lund. Analysts expect the Group to cut jobs, and the group already employs 900 people."
    )
    #expect(knowledge.entity(named: "Group") == nil)
    #expect(knowledge.entity(named: "Lund") != nil)
  }

  @Test func commonWordUsedAsANameOnItsOwnStays() {
    let knowledge = TestCorpus.knowledge(
      "Investors in Amber sold their shares on Monday, and the amber market fell.")
    #expect(knowledge.entity(named: "Amber") != nil)
  }
}

/// Words that are never a name on their own: "I’m" and its kin, and the adjectives of faiths,
/// continents and regions, as a country's demonym is not ("Muslim", "European").
@Suite struct NeverANameAloneTests {
  @Test func contractionsOfIAreNoEntities() {
    let knowledge = TestCorpus.knowledge(
      "“I’m proud of them,” she said. “I've seen worse, and I'll say so,” her aide added.")
    #expect(knowledge.entities.isEmpty, "\(knowledge.entities.map(\.name))")
  }

  @Test func adjectivesOfFaithsAndContinentsAreNoEntities() throws {
    let knowledge = TestCorpus.knowledge(
      "Muslim and Buddhist leaders met European envoys in Tarsa, and the Muslim Brotherhood stayed away."
    )
    for word in ["Muslim", "Buddhist", "European"] {
      #expect(knowledge.entity(named: word) == nil, "\(word)")
    }
    #expect(try #require(knowledge.entity(named: "Muslim Brotherhood")).kind == .organization)
  }
}
