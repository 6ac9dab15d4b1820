import Knowledge
import Testing

/// A surname two people of the corpus share: the title before it says which is meant, and
/// when nothing does, the name keeps both, never neither.
@Suite struct SharedSurnameTests {
  static let knowledge = TestCorpus.knowledge(
    "Prime Minister Omar Delvani met army chief Tarek Delvani in Sarnia on Monday.")

  func names(in draft: String) -> [String] {
    Self.knowledge.matches(in: Array(draft.utf8)).map { match in
      let names = ([match.entityID] + match.alternatives.dropFirst()).map {
        Self.knowledge.entities[$0].name
      }
      return "\(match.surface)→\(names.joined(separator: "|"))"
    }
  }

  @Test func theTitleBeforeASharedSurnameDecides() {
    #expect(
      names(in: "Prime Minister Delvani said the army would stay.") == ["Delvani→Omar Delvani"])
    #expect(names(in: "Army chief Delvani visited the border.") == ["Delvani→Tarek Delvani"])
  }

  @Test func withNothingToDecideTheNameKeepsBothPeople() throws {
    let matches = Self.knowledge.matches(in: Array("Delvani spoke later.".utf8))
    let match = try #require(matches.first)
    #expect(match.surface == "Delvani")
    let people = Set(match.alternatives.map { Self.knowledge.entities[$0].name })
    #expect(people == ["Omar Delvani", "Tarek Delvani"])
  }

  @Test func lookupListsBothPeople() {
    let hits = Self.knowledge.lookup("Delvani").map { Self.knowledge.entities[$0.entityID].name }
    #expect(Set(hits).isSuperset(of: ["Omar Delvani", "Tarek Delvani"]))
  }
}

/// Two people whose titles end in the same word: the words of the title before the shared
/// surname count as far as they match, and a title that fits both decides nothing.
@Suite struct SharedSurnameTitleTests {
  static let knowledge = TestCorpus.knowledge(
    "Foreign Minister Omar Delvani met Defence Minister Tarek Delvani in Sarnia on Monday.")

  func people(in draft: String) -> Set<String> {
    let match = Self.knowledge.matches(in: Array(draft.utf8)).first { $0.surface == "Delvani" }
    guard let match else { return [] }
    let ids = match.alternatives.isEmpty ? [match.entityID] : match.alternatives
    return Set(ids.map { Self.knowledge.entities[$0].name })
  }

  @Test func theWholeTitleDecidesBetweenTitlesEndingAlike() {
    #expect(people(in: "Foreign Minister Delvani said the talks would go on.") == ["Omar Delvani"])
    #expect(people(in: "Defence Minister Delvani said the army would stay.") == ["Tarek Delvani"])
  }

  @Test func aTitleBothHoldDecidesNothing() {
    #expect(people(in: "The minister Delvani said so.") == ["Omar Delvani", "Tarek Delvani"])
  }
}
