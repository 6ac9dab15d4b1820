import Knowledge
import Testing

/// Lookup by name, prefix, alias and misspelling, ranked.
@Suite struct LookupTests {
  static let knowledge = TestCorpus.knowledge(
    "Japanese Foreign Minister Fumio Kishida met Chinese Foreign Minister Wang Yi in Tokyo.",
    "Kishida said the islands, called the Senkaku Islands in Japan and the Diaoyu Islands in China, were discussed. Kishida left Tokyo.",
    "Officials from Kishiwada met in Tokyo.")

  private func names(_ query: String) -> [String] {
    Self.knowledge.lookup(query, limit: 5).map { Self.knowledge.entities[$0.entityID].name }
  }

  @Test func exactNameComesFirst() {
    #expect(names("Tokyo").first == "Tokyo")
    #expect(Self.knowledge.lookup("Tokyo", limit: 1).first?.score == 1.0)
  }

  @Test func prefixOfAnyWordFindsTheName() {
    #expect(names("Kish").first == "Fumio Kishida")
    #expect(names("Kish").contains("Kishiwada"))
  }

  @Test func aliasFindsTheEntityAndSaysWhichNameMatched() throws {
    let hit = try #require(Self.knowledge.lookup("Diaoyu Islands", limit: 1).first)
    let entity = Self.knowledge.entities[hit.entityID]
    #expect(entity.allNames.contains("Senkaku Islands"))
    #expect(hit.matchedName == "Diaoyu Islands")
  }

  @Test func misspellingFindsTheName() {
    #expect(names("Kishda").first == "Fumio Kishida")
    #expect(names("Fumio Kisheda").first == "Fumio Kishida")
    #expect(names("Tokio").first == "Tokyo")
  }

  @Test func exactBeatsPrefixBeatsAliasBeatsMisspelling() {
    let scores = ["Tokyo", "Toky", "Diaoyu Islands", "Tokio"].map {
      Self.knowledge.lookup($0, limit: 1).first?.score ?? 0
    }
    #expect(scores == scores.sorted(by: >))
    #expect(Set(scores).count == 4)
  }

  @Test func caseAndAccentsDoNotMatter() {
    #expect(names("tókyo").first == "Tokyo")
  }

  @Test func nonsenseFindsNothing() {
    #expect(names("Zzyzx").isEmpty)
  }

  @Test func limitIsHonoured() {
    #expect(Self.knowledge.lookup("", limit: 2).count == 2)
    #expect(Self.knowledge.lookup("Tokyo", limit: 0).isEmpty)
  }
}
