import Knowledge
import Testing

/// After a title and a preposition, the institution or place and the name of its holder often
/// run together in capitals: "Governor of Texas Mara Vell", "CEO of the Refugee Fund Enver
/// Solak", "Ambassador to the United States Hamid Rasuli". They are two names: the place or
/// institution, and the person. Without a title before them, or when the last words are no
/// person's name, the run stays one name.
@Suite struct HolderAfterInstitutionTests {
  @Test func aStateAfterATitleAndItsHolderAreTwoNames() throws {
    let knowledge = TestCorpus.knowledge(
      "In a statement, Governor of Texas Mara Vell said the museum had won.")
    #expect(try #require(knowledge.entity(named: "Mara Vell")).kind == .person)
    #expect(try #require(knowledge.entity(named: "Texas")).kind == .place)
    #expect(knowledge.entity(named: "Texas Mara Vell") == nil)
  }

  @Test func anInstitutionAfterALowerCaseTitleAndItsHolderAreTwoNames() throws {
    let knowledge = TestCorpus.knowledge(
      "After the leak, the CEO of the Refugee Fund Enver Solak told reporters it was unfair.")
    #expect(try #require(knowledge.entity(named: "Enver Solak")).kind == .person)
    #expect(try #require(knowledge.entity(named: "Refugee Fund")).kind == .organization)
  }

  @Test func aCountryAfterAnAmbassadorAndItsHolderAreTwoNames() throws {
    let knowledge = TestCorpus.knowledge(
      "According to the Afghan Ambassador to the United States Hamid Rasuli, the team did well.")
    #expect(try #require(knowledge.entity(named: "Hamid Rasuli")).kind == .person)
    #expect(try #require(knowledge.entity(named: "United States")).kind == .place)
  }

  @Test func withoutATitleTheRunStaysOneName() throws {
    let knowledge = TestCorpus.knowledge(
      "Visitors to the Harbour Museum Otto Lind Wing queued for hours.")
    #expect(knowledge.entity(named: "Otto Lind") == nil)
  }

  @Test func aPlaceNameAfterTheCountryIsNoHolder() throws {
    let knowledge = TestCorpus.knowledge(
      "The envoy to the United States Virgin Islands arrived on Monday.")
    #expect(knowledge.entities.allSatisfy { $0.kind != .person })
  }
}
