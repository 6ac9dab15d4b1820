import Knowledge
import Testing

/// Romanized names keep their hyphens, apostrophes and lower-case particles: the second
/// syllable of a Korean or Cantonese given name ("Jong-un"), Arabic "al-", an apostrophe
/// inside a word; English compounds after a name ("Moscow-backed") stay outside it.
@Suite struct TransliteratedNameTests {
  @Test func lowerCaseSyllableAfterAHyphenBelongsToTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "Governor Tam Wing-kei opened the bridge on Monday. Tam said it had cost little.")
    let person = try #require(knowledge.entity(named: "Tam Wing-kei"))
    #expect(person.kind == .person)
    #expect(knowledge.entity(named: "Tam Wing") == nil)
    // The family name comes first: "Tam" alone is the same person.
    let lone = knowledge.mentions(inDocument: 0).filter { $0.surface == "Tam" }
    #expect(lone.map(\.entityID) == [person.id])
  }

  @Test func capitalisedSecondSyllableAfterAFamilyNameIsOneGivenName() throws {
    let knowledge = TestCorpus.knowledge(
      "In the 40th minute Kwon Tae-Min hit the post. Kwon was replaced at half time, and the squad flew home to the Sava-Drin Museum reception."
    )
    let person = try #require(knowledge.entity(named: "Kwon Tae-Min"))
    #expect(person.kind == .person)
    let lone = knowledge.mentions(inDocument: 0).filter { $0.surface == "Kwon" }
    #expect(lone.map(\.entityID) == [person.id])
    // A compound before a head noun is no person's given name.
    #expect(try #require(knowledge.entity(named: "Sava-Drin Museum")).kind == .place)
  }

  @Test func arabicParticleWithAHyphenBelongsToTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "Foreign Minister Sa'id al-Tamimi flew to Ras al-Mirqab on Sunday. Tamimi said the port would reopen."
    )
    let person = try #require(knowledge.entity(named: "Sa'id al-Tamimi"))
    #expect(person.kind == .person)
    let port = try #require(knowledge.entity(named: "Ras al-Mirqab"))
    #expect(port.kind == .place)
    let lone = knowledge.mentions(inDocument: 0).filter { $0.surface == "Tamimi" }
    #expect(lone.map(\.entityID) == [person.id])
  }

  @Test func apostropheInsideAWordKeepsTheName() throws {
    let knowledge = TestCorpus.knowledge("Factories in Lan'ou reopened after the floods.")
    #expect(try #require(knowledge.entity(named: "Lan'ou")).kind == .place)
  }

  @Test func englishCompoundAfterANameIsNotPartOfIt() throws {
    let knowledge = TestCorpus.knowledge(
      "Varna-backed militias shelled the town of Oskel, and Varna-based reporters fled.")
    #expect(knowledge.entity(named: "Varna") != nil)
    #expect(!knowledge.entities.contains { $0.allNames.contains { $0.contains("-") } })
  }

  @Test func longEnglishWordAfterAHyphenIsNoSyllable() throws {
    let knowledge = TestCorpus.knowledge(
      "Pan-democrat Alma Teng won a seat, and Pan-democrat voters cheered in Kowlan.")
    #expect(try #require(knowledge.entity(named: "Alma Teng")).kind == .person)
    #expect(!knowledge.entities.contains { $0.name.contains("democrat") })
  }

  @Test func aSyllableSpeltAnotherWayIsTheSamePerson() throws {
    // Romanizations of one syllable may differ in its first letter ("Kwok", "Gwok").
    let knowledge = TestCorpus.knowledge(
      "Legislator Chan Kwok-wai spoke at the council on Monday.",
      "Chan Gwok-wai said the vote would be held next week.")
    let person = try #require(knowledge.entity(named: "Chan Kwok-wai"))
    #expect(person.allNames.contains("Chan Gwok-wai"))
    #expect(Set(person.mentions.map(\.documentID)) == [0, 1])
  }
}
