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
