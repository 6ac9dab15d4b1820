import Knowledge
import Testing

/// A ship's or a spacecraft's name is no person's, though its words are plain: "Shuttle
/// Meridian", "Research Vessel Ardent"; nor is the name alone after it.
@Suite struct CraftNameTests {
  @Test func nameWithACraftNounIsNoPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Shuttle Meridian will be shown in Oskar Bay next year. Research Vessel Ardent sails for the south in May. Meridian flew thirty missions."
    )
    #expect(!knowledge.entities.contains { $0.kind == .person })
  }

  @Test func plainNameWithoutACraftNounIsStillAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Tomas Meridian will be shown the prize next year. Meridian won it twice.")
    #expect(try #require(knowledge.entity(named: "Tomas Meridian")).kind == .person)
  }
}
