import Knowledge
import Testing

/// A title names its holder; an institution before or after the title is an entity of its
/// own, even when no holder is named ("the Varnholm Agency Administrator", "Chairman of the
/// Meltra Fund").
@Suite struct TitleAndInstitutionTests {
  @Test func institutionBeforeATitleAloneIsTheEntity() throws {
    let knowledge = TestCorpus.knowledge(
      "The crew was praised by the Varnholm Agency Administrator on Friday.")
    let agency = try #require(knowledge.entity(named: "Varnholm Agency"))
    #expect(agency.kind == .organization)
    #expect(knowledge.entity(named: "Varnholm Agency Administrator") == nil)
  }

  @Test func titleOfAnInstitutionNamesTheInstitution() throws {
    let knowledge = TestCorpus.knowledge(
      "Chairman of the Meltra Fund, Jonas Ek, said the fund would grow.")
    #expect(try #require(knowledge.entity(named: "Meltra Fund")).kind == .organization)
    #expect(try #require(knowledge.entity(named: "Jonas Ek")).kind == .person)
    #expect(!knowledge.entities.contains { $0.name.hasPrefix("Chairman") })
  }

  @Test func sheriffAndCoachAreTitles() throws {
    let knowledge = TestCorpus.knowledge(
      "Sheriff Tom Bale and coach Ida Renn spoke to the crowd in Harlow.")
    let sheriff = try #require(knowledge.entity(named: "Tom Bale"))
    #expect(sheriff.kind == .person)
    #expect(sheriff.roles == ["Sheriff"])
    #expect(try #require(knowledge.entity(named: "Ida Renn")).kind == .person)
  }
}
