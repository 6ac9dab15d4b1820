import Knowledge
import Testing

/// Parts and members stated in the text; quotations and their attributions.
@Suite struct PartsAndQuotationTests {
  @Test func listAfterADashNamesThePartsOfTheIslandsJustNamed() throws {
    let knowledge = TestCorpus.knowledge(
      "The islands, called the Arden Isles in Norway and the Bray Isles in Iceland, are disputed. Only two of the three islands — Hallo and the Vik islet group — are inhabited."
    )
    let whole = try #require(knowledge.entity(named: "Arden Isles"))
    let hallo = try #require(knowledge.entity(named: "Hallo"))
    let vik = try #require(knowledge.entity(named: "Vik"))
    #expect(whole.related.contains { $0.entityID == hallo.id && $0.kind == .part })
    #expect(vik.related.contains { $0.entityID == whole.id && $0.kind == .whole })
    #expect(hallo.kind == .place)
  }

  @Test func listNamedCollectivelyIsPartOfTheAlias() throws {
    let knowledge = TestCorpus.knowledge(
      "Both claim four islands — Alda, Brim, Corra and Dune, collectively referred to as the Outer Reach by Norway and the Far Holms by Iceland."
    )
    let whole = try #require(knowledge.entity(named: "Outer Reach"))
    #expect(whole.allNames.contains("Far Holms"))
    let parts = whole.related.filter { $0.kind == .part }.map {
      knowledge.entities[$0.entityID].name
    }
    #expect(Set(parts) == ["Alda", "Brim", "Corra", "Dune"])
  }

  @Test func consistsOfNamesParts() throws {
    let knowledge = TestCorpus.knowledge(
      "The Arden Archipelago consists of Hallo, Vik and Tor, and lies off Norway.")
    let whole = try #require(knowledge.entity(named: "Arden Archipelago"))
    let parts = whole.related.filter { $0.kind == .part }.map {
      knowledge.entities[$0.entityID].name
    }
    #expect(Set(parts) == ["Hallo", "Vik", "Tor"])
  }

  @Test func quotationAttributedByNameSaid() throws {
    let knowledge = TestCorpus.knowledge(
      "Foreign Minister Rosa Vidal met envoys in Lima. “We will not give up the islands,” Vidal said."
    )
    let person = try #require(knowledge.entity(named: "Rosa Vidal"))
    #expect(person.quotations.map(\.text) == ["We will not give up the islands"])
    let quotation = try #require(person.quotations.first)
    #expect(knowledge.sentenceText(quotation.source).contains("Vidal said"))
    #expect(knowledge.corpus.documents[0].text[quotation.byteRange] == quotation.text)
  }

  @Test func quotationAttributedBySaidName() throws {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. “The border stays open,” said Okafor.")
    #expect(
      knowledge.entity(named: "Ines Okafor")?.quotations.map(\.text) == ["The border stays open"])
  }

  @Test func quotationAttributedByToldReporters() throws {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. “The border stays open for now,” Okafor told reporters."
    )
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.count == 1)
  }

  @Test func quotationAttributedByAccordingTo() throws {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. “The border stays open for now,” according to Okafor.")
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.count == 1)
  }

  @Test func quotationAttributedByPronounGoesToThePersonJustNamed() throws {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. “The border stays open for now,” she added.")
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.count == 1)
  }

  @Test func quotationAttributedByRoleGoesToThePersonWithThatRole() throws {
    let knowledge = TestCorpus.knowledge(
      "Foreign Minister Rosa Vidal met President Ines Okafor in Abuja. “We need more time to agree,” the minister added."
    )
    #expect(knowledge.entity(named: "Rosa Vidal")?.quotations.count == 1)
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.isEmpty == true)
  }

  @Test func quotationIntroducedBySaidColon() throws {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. Okafor said: “The border stays open for now.”")
    #expect(
      knowledge.entity(named: "Ines Okafor")?.quotations.map(\.text) == [
        "The border stays open for now."
      ])
  }

  @Test func quotationSpanningSentencesIsOneQuotation() throws {
    let knowledge = TestCorpus.knowledge(
      "Prime Minister Hiroshi Sato spoke in Sendai. “We disagree. But we talk,” Sato said.")
    #expect(
      knowledge.entity(named: "Hiroshi Sato")?.quotations.map(\.text) == [
        "We disagree. But we talk"
      ])
  }

  @Test func scareQuotesWithoutAttributionAreNotQuotations() {
    let knowledge = TestCorpus.knowledge(
      "President Ines Okafor spoke in Abuja. Critics called the plan a “grand bargain” in Lagos.")
    #expect(knowledge.entity(named: "Ines Okafor")?.quotations.isEmpty == true)
  }
}
