import Knowledge
import Testing

/// Long names keep their lower-case connectors and particles ("the Democratic Front for the
/// Liberation of …", "Río de la …"), plural people possessive inside them ("People’s Army"),
/// and a demonym that leads them after "the" ("the Russian Far East").
@Suite struct LongNameTests {
  @Test func connectorsAfterAConnectorKeepTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "Talks with the Democratic Front for the Liberation of Veldor resumed on Monday.")
    let front = try #require(
      knowledge.entity(named: "Democratic Front for the Liberation of Veldor"))
    #expect(front.kind == .organization)
  }

  @Test func severalParticlesJoinTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "Cargo ships sailed up the Río de la Varta to the port of Esca.")
    #expect(knowledge.entity(named: "Río de la Varta") != nil)
    #expect(knowledge.entity(named: "Río") == nil)
  }

  @Test func pluralPeoplePossessiveStaysInsideTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "Units of the Korvan People's Army moved to the border on Tuesday.")
    let army = try #require(knowledge.entity(named: "Korvan People's Army"))
    #expect(army.kind == .organization)
    #expect(knowledge.entity(named: "Army") == nil)
  }

  @Test func demonymAfterTheLeadsARegionsName() throws {
    let knowledge = TestCorpus.knowledge(
      "Investment in the Russian Far East grew by a fifth, officials in Moscow said.")
    let region = try #require(knowledge.entity(named: "Russian Far East"))
    #expect(region.kind == .place)
    #expect(knowledge.entity(named: "Far East") == nil)
  }

  @Test func demonymBeforeAPersonStillGivesANationality() throws {
    let knowledge = TestCorpus.knowledge(
      "The plan was backed by the Belgian Ilse Marten, who chairs the panel.")
    let person = try #require(knowledge.entity(named: "Ilse Marten"))
    #expect(person.kind == .person)
  }

  @Test func demonymCompoundIsNoEntityAndNoPerson() {
    let knowledge = TestCorpus.knowledge(
      "Patrols crossed into the Moroccan-administered territory, who locals say is closed.")
    #expect(knowledge.entities.allSatisfy { !$0.name.hasPrefix("Moroccan") && $0.kind != .person })
  }

  @Test func aCountryAfterASecondOfSaysWhereNotWhat() throws {
    let knowledge = TestCorpus.knowledge(
      "The study was led by the University of Tarn of the UK and published on Friday.")
    #expect(knowledge.entity(named: "University of Tarn") != nil)
    #expect(try #require(knowledge.entity(named: "UK")).kind == .place)
  }

  @Test func twoInstitutionsJoinedByAndStayTwo() {
    let knowledge = TestCorpus.knowledge(
      "Scientists of the Vessel Institute of Technology and Arden State University agreed.")
    #expect(knowledge.entity(named: "Vessel Institute of Technology") != nil)
    #expect(knowledge.entity(named: "Arden State University") != nil)
  }
}
