import Knowledge
import Testing

/// Companies and institutions of business news: their suffixes ("Corp", "Holdings"), the words
/// of business around their names ("shares in X", "X co-founder", "a spokesman for X"), the
/// words of publishing before a medium ("posted to X", "messages on X"), and speaking without
/// being a person ("…, X said").
@Suite struct CompanyNameTests {
  private func kind(_ name: String, in texts: String...) throws -> EntityKind {
    let knowledge = KnowledgeBase.build(
      corpus: TestCorpus.corpus(texts.map { [.body($0)] }), log: { _ in })
    return try #require(knowledge.entity(named: name)).kind
  }

  @Test func companySuffixMakesAnOrganization() throws {
    #expect(
      try kind("Kelvara Corp", in: "Profits at Kelvara Corp fell by a third in Ostrava.")
        == .organization)
    #expect(
      try kind("Morvane Holdings", in: "The deal leaves Morvane Holdings with two mines.")
        == .organization)
  }

  @Test func sharesInANameAreAnInstitutionsNotAPlace() throws {
    #expect(
      try kind("Tarvolen", in: "Shares in Tarvolen rose 4 percent on Monday.") == .organization)
  }

  @Test func founderBeforeAPersonMakesAnOrganization() throws {
    let knowledge = TestCorpus.knowledge(
      "The award was presented by Quintara co-founder Dorian Vale in a short ceremony.")
    #expect(try #require(knowledge.entity(named: "Quintara")).kind == .organization)
    #expect(try #require(knowledge.entity(named: "Dorian Vale")).kind == .person)
  }

  @Test func prepositionBeforeANameWithABusinessNounIsTheNouns() throws {
    #expect(
      try kind("Brisela", in: "Traffic to the Brisela website tripled after the video spread.")
        == .organization)
  }

  @Test func spokesmanForANameMakesAnOrganization() throws {
    #expect(
      try kind("Orlagen", in: "A spokesman for Orlagen declined to comment.") == .organization)
  }

  @Test func aNameThatSpeaksWithoutBeingAPersonIsAnOrganization() throws {
    #expect(
      try kind("Vantrex", in: "Orders rose in the spring, Vantrex said on Tuesday.")
        == .organization)
  }

  @Test func aNameThatThingsArePostedToIsAMediumNotAPlace() throws {
    #expect(
      try kind(
        "Chirpwell",
        in:
          "She posted to Chirpwell on Monday. Within a day, messages on Chirpwell had used the hashtag a million times."
      ) == .organization)
    #expect(try kind("Ostrava", in: "The video was filmed in Ostrava last spring.") == .place)
  }

  @Test func aPlaceThatIsGoneToStaysAPlace() throws {
    #expect(try kind("Ostrava", in: "The delegation flew to Ostrava on Sunday.") == .place)
  }
}
