import Knowledge
import Testing

/// Which capitalised phrases are names, and of what kind.
@Suite struct NameTests {
  @Test func sentenceInitialCommonWordsAreNotNames() {
    let knowledge = TestCorpus.knowledge(
      "According to officials, the plan failed. Since then the talks in Lima have stalled. The mayor of Lima agreed."
    )
    let names = Set(knowledge.entities.map(\.name))
    #expect(names == ["Lima"])
  }

  @Test func sentenceInitialNameSeenInsideSentencesIsKept() {
    let knowledge = TestCorpus.knowledge(
      "Quito hosted the talks. Officials from Quito said little.")
    #expect(knowledge.entity(named: "Quito") != nil)
  }

  @Test func sentenceInitialWordNeverSeenElsewhereIsNotAName() {
    let knowledge = TestCorpus.knowledge(
      "Meanwhile officials in Lima waited. Stalled talks resumed.")
    #expect(knowledge.entity(named: "Stalled") == nil)
    #expect(knowledge.entity(named: "Meanwhile") == nil)
  }

  @Test func connectorsJoinInstitutionAndAgreementNames() throws {
    let knowledge = TestCorpus.knowledge(
      "Both sides signed the Treaty of Friendship and Cooperation at the Ministry of Foreign Affairs in Hanoi."
    )
    #expect(knowledge.entity(named: "Treaty of Friendship and Cooperation")?.kind == .agreement)
    #expect(knowledge.entity(named: "Ministry of Foreign Affairs")?.kind == .organization)
  }

  @Test func andDoesNotJoinTwoCountries() {
    let knowledge = TestCorpus.knowledge("Talks between Peru and Chile resumed in Lima.")
    #expect(knowledge.entity(named: "Peru and Chile") == nil)
    #expect(knowledge.entity(named: "Peru") != nil)
    #expect(knowledge.entity(named: "Chile") != nil)
  }

  @Test func leadingYearBelongsToAnAgreement() throws {
    let knowledge = TestCorpus.knowledge(
      "Both cited the 1972 Joint Communique. The Joint Communique set out the terms.")
    let entity = try #require(knowledge.entity(named: "1972 Joint Communique"))
    #expect(entity.kind == .agreement)
    #expect(entity.allNames.contains("Joint Communique"))
  }

  @Test func leadingYearDoesNotBelongToAPlace() {
    let knowledge = TestCorpus.knowledge("In talks held in 1998 Lisbon offered little.")
    #expect(knowledge.entity(named: "1998 Lisbon") == nil)
  }

  @Test func headNounsTellKinds() {
    let knowledge = TestCorpus.knowledge(
      "Delegates from the Andean Development Bank flew to the Paracel Islands before the Lisbon Summit, where the Madrid Accord was read."
    )
    #expect(knowledge.entity(named: "Andean Development Bank")?.kind == .organization)
    #expect(knowledge.entity(named: "Paracel Islands")?.kind == .place)
    #expect(knowledge.entity(named: "Lisbon Summit")?.kind == .event)
    #expect(knowledge.entity(named: "Madrid Accord")?.kind == .agreement)
  }

  @Test func sourceCitedByAccordingToIsAnOrganization() {
    let knowledge = TestCorpus.knowledge(
      "According to Kyodo, the talks failed. Later Reuters reported the same from Lima.")
    #expect(knowledge.entity(named: "Kyodo")?.kind == .organization)
    #expect(knowledge.entity(named: "Reuters")?.kind == .organization)
  }

  @Test func countriesAndCapitalsArePlaces() {
    let knowledge = TestCorpus.knowledge("Envoys from Kenya met officials from Nairobi and Rabat.")
    #expect(knowledge.entity(named: "Kenya")?.kind == .place)
    #expect(knowledge.entity(named: "Nairobi")?.kind == .place)
  }

  @Test func acronymIntroducedBesideItsNameIsThatName() throws {
    let knowledge = TestCorpus.knowledge(
      "The Liberal Democratic Party won. Critics of the LDP were quiet.")
    let party = try #require(knowledge.entity(named: "Liberal Democratic Party"))
    #expect(party.allNames.contains("LDP"))
  }

  @Test func countryShortNamesJoinTheCountry() throws {
    let knowledge = TestCorpus.knowledge(
      "Officials from the United States arrived. The U.S. delegation met officials from Chad.")
    let country = try #require(knowledge.entity(named: "United States"))
    #expect(country.allNames.contains("U.S."))
    #expect(country.kind == .place)
  }

  @Test func hyphenatedPairOfKnownNamesIsNotAThirdEntity() {
    let knowledge = TestCorpus.knowledge(
      "The Peru-Chile border talks resumed. Peru and Chile sent envoys to the Asia-Pacific forum.")
    #expect(knowledge.entity(named: "Peru-Chile") == nil)
    #expect(knowledge.entity(named: "Asia-Pacific") != nil)
  }

  @Test func variantsOfOnePlaceNameJoinAndTheWiderNameStaysApart() throws {
    let knowledge = TestCorpus.knowledge(
      "Boats reached the Southern Arden Islands. The Southern Ardens are small.",
      "The South Arden Islands lie at the tip of the Arden Islands.")
    let narrow = try #require(knowledge.entity(named: "Southern Arden Islands"))
    #expect(narrow.allNames.contains("Southern Ardens"))
    #expect(narrow.allNames.contains("South Arden Islands"))
    let wide = try #require(knowledge.entity(named: "Arden Islands"))
    #expect(wide.id != narrow.id)
    #expect(narrow.related.contains { $0.entityID == wide.id && $0.kind == .whole })
    #expect(wide.related.contains { $0.entityID == narrow.id && $0.kind == .part })
  }

  @Test func possessivesAreMentionsOfTheirName() throws {
    let knowledge = TestCorpus.knowledge(
      "Peru’s envoy met Chile's envoy. The envoys of Peru and Chile agreed. Ecuador's Lima-born envoy and the Philippines' envoy came too."
    )
    let peru = try #require(knowledge.entity(named: "Peru"))
    #expect(peru.mentions.count == 2)
    let firstMention = try #require(peru.mentions.first)
    #expect(knowledge.corpus.documents[0].text[firstMention.byteRange] == "Peru")
    let chile = try #require(knowledge.entity(named: "Chile"))
    #expect(chile.mentions.count == 2)
    #expect(knowledge.entity(named: "Philippines") != nil)
  }
}
