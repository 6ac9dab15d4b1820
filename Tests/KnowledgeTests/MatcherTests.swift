import Knowledge
import Testing

/// The matcher over any text: longest match, apostrophes, possessives, case.
@Suite struct MatcherTests {
  static let knowledge = TestCorpus.knowledge(
    "The Arden Islands lie north of the Southern Arden Islands. Fishermen from Chile and the U.S. sailed there.",
    "President Ines Okafor visited China with Foreign Minister Lars O'Neill.")

  @Test func longestNameWins() {
    #expect(
      Self.knowledge.matchedNames(in: "A map of the Southern Arden Islands.") == [
        "Southern Arden Islands→Southern Arden Islands"
      ])
  }

  @Test func possessiveMatchesItsNameWithoutTheEnding() throws {
    let text = "China’s fleet and Chile's fleet met Okafor's guards."
    let matches = Self.knowledge.matches(in: Array(text.utf8))
    #expect(matches.map(\.surface) == ["China", "Chile", "Okafor"])
    let first = try #require(matches.first)
    #expect(first.byteRange == 0..<5)
  }

  @Test func curlyAndStraightApostrophesMatchTheSameName() {
    #expect(
      Self.knowledge.matchedNames(in: "Lars O’Neill and Lars O'Neill") == [
        "Lars O’Neill→Lars O'Neill", "Lars O'Neill→Lars O'Neill",
      ])
  }

  @Test func lowerCaseWordIsNotAName() {
    #expect(Self.knowledge.matchedNames(in: "fine china and chile sauce").isEmpty)
  }

  @Test func acronymNeedsCapitals() {
    #expect(
      Self.knowledge.matchedNames(in: "let us go to the U.S. now").map {
        $0.split(separator: "→")[0]
      } == ["U.S."])
  }

  @Test func shoutedNameMatches() {
    #expect(Self.knowledge.matchedNames(in: "CHINA (Reuters) — more") == ["CHINA→China"])
  }

  @Test func loneSurnameMatchesThePerson() {
    #expect(Self.knowledge.matchedNames(in: "Okafor spoke.") == ["Okafor→Ines Okafor"])
  }

  @Test func nameDoesNotRunAcrossAParagraphBreak() {
    #expect(
      Self.knowledge.matchedNames(in: "Southern\n\nArden Islands") == [
        "Arden Islands→Arden Islands"
      ])
  }

  @Test func matchesAreInTextOrderWithByteRanges() {
    let text = "“Chile” — then China."
    let matches = Self.knowledge.matches(in: Array(text.utf8))
    // “ is 3 bytes, ” 3, — 3: "Chile" is 3..<8 and "China" 21..<26.
    #expect(matches.map(\.byteRange) == [3..<8, 21..<26])
  }

  @Test func emptyAndBinaryTextHaveNoMatches() {
    #expect(Self.knowledge.matches(in: []).isEmpty)
    #expect(Self.knowledge.matches(in: [0xFF, 0xFE, 0x00, 0x43, 0x80]).isEmpty)
  }
}
