import Knowledge
import Testing

/// Rules met on the second corpus, each on sentences written for the test.
@Suite struct MoreRuleTests {
  @Test func affiliationBeforeATitleIsNotPartOfThePersonsName() throws {
    let knowledge = TestCorpus.knowledge(
      "The talks were hosted by NATO Secretary-General Ingrid Holm in Oslo. Holm said little.")
    let person = try #require(knowledge.entity(named: "Ingrid Holm"))
    #expect(person.roles == ["Secretary-General"])
    #expect(knowledge.entity(named: "NATO") != nil)
  }

  @Test func countryBeforeATitleGivesNationality() throws {
    let knowledge = TestCorpus.knowledge("U.S. Secretary of State Mark Hale flew to Lima.")
    let person = try #require(knowledge.entity(named: "Mark Hale"))
    #expect(person.roles == ["Secretary of State"])
    #expect(person.nationality == "American")
  }

  @Test func plainNameLaterReferredToBySurnameIsAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Two members of the Harbour Board, Ruth Okoye and Dan Pryce, went to Cork. Later Okoye spoke to the board."
    )
    #expect(knowledge.entity(named: "Ruth Okoye")?.kind == .person)
    #expect(knowledge.entity(named: "Ruth Okoye")?.allNames.contains("Okoye") == true)
  }

  @Test func leadingIslasIsAVariantOfTheBareName() throws {
    let knowledge = TestCorpus.knowledge(
      "Boats left the Islas Cies at dawn.", "The Cies are a nature reserve off Spain.")
    let entity = try #require(knowledge.entity(named: "Islas Cies"))
    #expect(entity.allNames.contains("Cies"))
  }

  @Test func callsTheNounThenCallsItJoinsBothSidesNames() throws {
    let knowledge = TestCorpus.knowledge(
      "Argentina calls the conflict the Malvinas War, and Britain calls it the Falklands War.")
    let war = try #require(knowledge.entity(named: "Falklands War"))
    #expect(war.sides(of: "Malvinas War") == ["Argentina"])
    #expect(war.sides(of: "Falklands War") == ["Britain"])
    #expect(war.kind == .event)
  }

  @Test func peopleAsASideReadAsTheCorpusNamesTheirCountry() throws {
    let knowledge = TestCorpus.knowledge(
      "Britain sent a ship.",
      "The strait, called the Narrows by the British and the Estrecho by the Spanish, is busy.")
    let strait = try #require(knowledge.entity(named: "Narrows"))
    #expect(strait.sides(of: "Narrows") == ["Britain"])
    #expect(strait.sides(of: "Estrecho") == ["Spain"])
  }

  @Test func listFollowedByTheMembersOfNamesMembers() throws {
    let knowledge = TestCorpus.knowledge(
      "Peru, Chile and Ecuador, the members of the Pacific Compact, met in Lima.")
    let group = try #require(knowledge.entity(named: "Pacific Compact"))
    let members = group.related.filter { $0.kind == .member }.map {
      knowledge.entities[$0.entityID].name
    }
    #expect(Set(members) == ["Peru", "Chile", "Ecuador"])
    let peru = try #require(knowledge.entity(named: "Peru"))
    #expect(peru.related.contains { $0.entityID == group.id && $0.kind == .memberOf })
  }

  @Test func membersOfXIncludeNamesMembers() throws {
    let knowledge = TestCorpus.knowledge(
      "The members of Mercosur include Brazil, Paraguay and Uruguay, officials said.")
    let group = try #require(knowledge.entity(named: "Mercosur"))
    #expect(group.kind == .organization)
    #expect(group.related.filter { $0.kind == .member }.count == 3)
  }

  @Test func bareListOfLinesInTheBodyGivesNoEntities() {
    let knowledge = TestCorpus.knowledge(documents: [
      [
        .body("Officials in Lima met on Monday."),
        .body("Boca Juniors sign a striker for the cup\nChile’s president hosts Lula in Santiago"),
      ]
    ])
    #expect(knowledge.entity(named: "Boca Juniors") == nil)
    #expect(knowledge.entity(named: "Lula") == nil)
    #expect(knowledge.entity(named: "Lima") != nil)
  }

  @Test func datelineAgencyIsNotAnEntityAndTheNextWordOpensTheSentence() {
    let knowledge = TestCorpus.knowledge(
      "LIMA, July 3 (Wire) - Record catches were reported off Peru on Monday.")
    #expect(knowledge.entity(named: "Wire") == nil)
    #expect(knowledge.entity(named: "Record") == nil)
    #expect(knowledge.entity(named: "Peru") != nil)
  }

  @Test func quotationAttributedByAsNamePutIt() throws {
    let knowledge = TestCorpus.knowledge(
      "Governor Ines Okafor spoke in Abuja. “Nothing about us without us,” as Okafor put it.")
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.count == 1)
  }

  @Test func quotationAfterAVerbOfSpeechLaterInTheSentenceGoesToItsSubject() throws {
    let knowledge = TestCorpus.knowledge(
      "Vice President Rosa Vidal, who did not attend, wrote online that the islands belong to “the whole of the region”."
    )
    #expect(
      knowledge.entity(named: "Rosa Vidal")?.quotations.map(\.text) == ["the whole of the region"])
  }

  @Test func heSaidContinuesTheLastSpeakerNotTheLastNameMentioned() throws {
    let knowledge = TestCorpus.knowledge(
      "“We stay firm on the claim,” President Ines Okafor told veterans. She blamed her predecessor Omar Haddad for the deal. “That deal gave everything away,” she said."
    )
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.count == 2)
    #expect(knowledge.entity(named: "Omar Haddad")?.quotations.isEmpty == true)
  }

  @Test func quotationWithoutAPersonInItsSentenceIsNotGivenToAnEarlierOne() throws {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. The two sides confirmed that they will promote “joint economic activities” at sea."
    )
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.isEmpty == true)
  }

  @Test func sharedSurnameInAHeadlineResolvesToTheNextFullName() throws {
    let knowledge = TestCorpus.knowledge(documents: [
      [
        .title("Sato vows to fight on"),
        .body(
          "Governor Keiko Sato opened a bridge in Akita. Prime Minister Hiroshi Sato was absent."),
      ]
    ])
    let keiko = try #require(knowledge.entity(named: "Keiko Sato"))
    let headline = knowledge.mentions(inDocument: 0).first
    #expect(headline?.surface == "Sato")
    #expect(headline?.entityID == keiko.id)
  }

  @Test func aPlaceAfterAPrepositionIsNotAPersonsGivenName() throws {
    let knowledge = TestCorpus.knowledge(
      "Foreign Minister Santiago Ruiz met envoys. Later talks moved to Santiago, where Ruiz spoke.")
    let person = try #require(knowledge.entity(named: "Santiago Ruiz"))
    #expect(!person.allNames.contains("Santiago"))
  }
}

/// Rules met on the synthetic corpus of invented countries.
@Suite struct InventedWorldTests {
  @Test func demonymCoinedFromAPlaceNameIsNotAnEntity() {
    let knowledge = TestCorpus.knowledge(
      "Ships sailed to Rodaistia on Monday. The Rodaistian navy said little, and Rodaistian officials left."
    )
    #expect(knowledge.entity(named: "Rodaistia") != nil)
    #expect(knowledge.entity(named: "Rodaistian") == nil)
  }

  @Test func acronymSharedByTwoNamesMeansTheOneNamedInTheSameDocument() throws {
    let knowledge = TestCorpus.knowledge(
      "The Glendese Fisheries Agency (GFA) counted boats. The GFA said more came.",
      "The Gupustani Fisheries Agency (GFA) counted fewer. The GFA said fewer came.")
    let first = try #require(knowledge.entity(named: "Glendese Fisheries Agency"))
    let second = try #require(knowledge.entity(named: "Gupustani Fisheries Agency"))
    #expect(first.id != second.id)
    #expect(
      knowledge.mentions(inDocument: 0).filter { $0.surface == "GFA" }.allSatisfy {
        $0.entityID == first.id
      })
    #expect(
      knowledge.mentions(inDocument: 1).filter { $0.surface == "GFA" }.allSatisfy {
        $0.entityID == second.id
      })
    #expect(knowledge.mentions(inDocument: 1).filter { $0.surface == "GFA" }.count == 2)
  }

  @Test func theIslandsInAPartListAreTheIslandsLastNamedNotAnyAlias() throws {
    let knowledge = TestCorpus.knowledge(
      "Analysts at the Favbam Institute (FI) met. The Southern Weisttel Islands lie north. Two of the islands — Dramekdrir and the Nabraeniov islet group — are inhabited."
    )
    let islands = try #require(knowledge.entity(named: "Southern Weisttel Islands"))
    let part = try #require(knowledge.entity(named: "Dramekdrir"))
    #expect(part.related.map(\.entityID) == [islands.id])
  }
}
