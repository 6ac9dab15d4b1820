import Knowledge
import Testing

/// A name given in its own script beside the English one is one of its names, in whatever
/// script: Hangul, Han, kana and Arabic have no capitals, so the parentheses tell it. Its
/// language comes from a label ("Chinese: …") or else from the script, and the matcher finds
/// it inside running text where the script writes no spaces.
@Suite struct NativeScriptNameTests {
  private func alias(_ native: String, of english: String, in text: String) throws -> Alias {
    let knowledge = TestCorpus.knowledge(text)
    let entity = try #require(knowledge.entity(named: english))
    return try #require(entity.aliases.first { $0.name == native })
  }

  @Test func hangulInParenthesesIsAKoreanName() throws {
    let alias = try alias(
      "모로해협", of: "Morrow Strait",
      in: "Patrol boats crossed the Morrow Strait (모로해협) on Friday, the navy said.")
    #expect(alias.language == "Korean")
  }

  @Test func labelGivesTheLanguage() throws {
    let han = try alias(
      "维兰", of: "Velan", in: "Delhi rejects the name Velan (Chinese: 维兰) for the valley.")
    #expect(han.language == "Chinese")
    let cyrillic = try alias(
      "Дравск", of: "Dravsk", in: "Trains to Dravsk (Russian: Дравск) ran again on Monday.")
    #expect(cyrillic.language == "Russian")
  }

  @Test func arabicAndKanaNamesTakeTheirScriptsLanguage() throws {
    let arabic = try alias(
      "حوض القصر", of: "Qasr Basin",
      in: "Both sides claim the Qasr Basin (حوض القصر), a shallow stretch of water.")
    #expect(arabic.language == "Arabic")
    let japanese = try alias(
      "ハルミ海嶺", of: "Harumi Ridge",
      in: "Survey ships mapped the Harumi Ridge (ハルミ海嶺) last year.")
    #expect(japanese.language == "Japanese")
  }

  @Test func nameInAScriptWithoutSpacesIsFoundInsideRunningText() throws {
    let knowledge = TestCorpus.knowledge(
      "Delhi rejects the name Velan (Chinese: 维兰) for the valley.")
    let valley = try #require(knowledge.entity(named: "Velan"))
    #expect(knowledge.matchedNames(in: "北京称维兰为领土。") == ["维兰→Velan"])
    #expect(knowledge.matches(in: Array("北京称维兰为领土。".utf8)).first?.entityID == valley.id)
    let korean = TestCorpus.knowledge(
      "Patrol boats crossed the Morrow Strait (모로해협) on Friday, the navy said.")
    // Korean writes its particles on the word: "모로해협에서", in the strait.
    #expect(korean.matchedNames(in: "어선들이 모로해협에서 조업했다.") == ["모로해협→Morrow Strait"])
  }

  @Test func arabicNameIsFoundAsWords() throws {
    let knowledge = TestCorpus.knowledge(
      "Both sides claim the Qasr Basin (حوض القصر), a shallow stretch of water.")
    #expect(knowledge.matchedNames(in: "قال إن حوض القصر مغلق") == ["حوض القصر→Qasr Basin"])
  }

  @Test func theLongerOfTwoNamesAtOnePlaceIsFound() throws {
    let knowledge = TestCorpus.knowledge(
      "Delhi rejects the name Velan (Chinese: 维兰) for the valley.",
      "Troops left the Velan Pass (Chinese: 维兰山口) on Tuesday.")
    let pass = try #require(knowledge.entity(named: "Velan Pass"))
    #expect(pass.aliases.contains { $0.name == "维兰山口" })
    #expect(knowledge.matchedNames(in: "北京称维兰山口和维兰为领土。") == ["维兰山口→Velan Pass", "维兰→Velan"])
  }
}
