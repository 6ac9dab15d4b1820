import Knowledge
import Testing

/// Each alias phrasing, on sentences written for the test: both names join one entity, and
/// each name records who uses it when the sentence says so.
@Suite struct AliasStatementTests {
  @Test func calledXInAAndYInBJoinsBothNamesWithTheirSides() throws {
    let knowledge = TestCorpus.knowledge(
      "The row over the islets, called the Liancourt Rocks in France and the Dokdo Islets in Korea, has lasted for decades."
    )
    let entity = try #require(knowledge.entity(named: "Liancourt Rocks"))
    #expect(entity.allNames.contains("Dokdo Islets"))
    #expect(entity.sides(of: "Liancourt Rocks") == ["France"])
    #expect(entity.sides(of: "Dokdo Islets") == ["Korea"])
    #expect(entity.kind == .place)
  }

  @Test func referredToAsXByAAndYByBJoinsBothNamesWithTheirSides() throws {
    let knowledge = TestCorpus.knowledge(
      "The talks stalled over three reefs, collectively referred to as the Spratly Reefs by Vietnam and the Nansha Reefs by China."
    )
    let entity = try #require(knowledge.entity(named: "Spratly Reefs"))
    #expect(entity.sides(of: "Spratly Reefs") == ["Vietnam"])
    #expect(entity.sides(of: "Nansha Reefs") == ["China"])
  }

  @Test func knownInAAsXAndInBAsYJoinsBothNames() throws {
    let knowledge = TestCorpus.knowledge(
      "The strait, known in Greece as the Mykale Strait and in Turkey as the Dilek Strait, is narrow."
    )
    let entity = try #require(knowledge.entity(named: "Mykale Strait"))
    #expect(entity.sides(of: "Mykale Strait") == ["Greece"])
    #expect(entity.sides(of: "Dilek Strait") == ["Turkey"])
  }

  @Test func knownAsYInAJoinsTheNameBeforeIt() throws {
    let knowledge = TestCorpus.knowledge(
      "Fishing boats gathered near Dokdo, known as Takeshima in Japan, on Monday.")
    let entity = try #require(knowledge.entity(named: "Dokdo"))
    #expect(entity.sides(of: "Takeshima") == ["Japan"])
    #expect(entity.sides(of: "Dokdo") == [])
  }

  @Test func alsoKnownAsJoinsBothNamesWithoutSides() throws {
    let knowledge = TestCorpus.knowledge(
      "The ship docked at Stanley, also known as Port Stanley, after a long crossing.")
    let entity = try #require(knowledge.entity(named: "Stanley"))
    #expect(entity.allNames.contains("Port Stanley"))
    #expect(entity.perspectiveNames.isEmpty)
  }

  @Test func parenthesisedNameIsAnAlias() throws {
    let knowledge = TestCorpus.knowledge(
      "Patrol ships sailed around the Senkaku Islands (Diaoyu Islands) for a third day.")
    let entity = try #require(knowledge.entity(named: "Senkaku Islands"))
    #expect(entity.allNames.contains("Diaoyu Islands"))
  }

  @Test func parenthesisWithSideRecordsWhoUsesTheName() throws {
    let knowledge = TestCorpus.knowledge(
      "Patrol ships sailed around the Senkaku Islands (Diaoyu Islands in China) for a third day.")
    let entity = try #require(knowledge.entity(named: "Senkaku Islands"))
    #expect(entity.sides(of: "Diaoyu Islands") == ["China"])
  }

  @Test func countryInParenthesisIsNotAnAlias() throws {
    let knowledge = TestCorpus.knowledge(
      "The forum met in Vladivostok (Russia) and in Busan last year.")
    let city = try #require(knowledge.entity(named: "Vladivostok"))
    #expect(!city.allNames.contains("Russia"))
  }

  @Test func whatACallsYJoinsTheNameBeforeIt() throws {
    let knowledge = TestCorpus.knowledge(
      "Britain sent a frigate to the Falklands, what Argentina calls the Malvinas, in April.")
    let entity = try #require(knowledge.entity(named: "Falklands"))
    #expect(entity.sides(of: "Malvinas") == ["Argentina"])
  }

  @Test func orYAsACallsItJoinsBothNames() throws {
    let knowledge = TestCorpus.knowledge(
      "Flights resumed to Stanley, or Puerto Argentino as Argentina calls it, on Friday.")
    let entity = try #require(knowledge.entity(named: "Stanley"))
    #expect(entity.sides(of: "Puerto Argentino") == ["Argentina"])
  }

  @Test func orYAsItIsKnownInAJoinsBothNames() throws {
    let knowledge = TestCorpus.knowledge(
      "The vote took place in Derry, or Londonderry as it is known in Britain, on Tuesday.")
    let entity = try #require(knowledge.entity(named: "Derry"))
    #expect(entity.sides(of: "Londonderry") == ["Britain"])
  }

  @Test func sideGivenAsAPeopleIsTheirCountry() throws {
    let knowledge = TestCorpus.knowledge(
      "The reef, called the Scarborough Shoal by the Americans and the Huangyan Dao by the Chinese, is disputed."
    )
    let entity = try #require(knowledge.entity(named: "Scarborough Shoal"))
    #expect(entity.sides(of: "Scarborough Shoal") == ["United States"])
    #expect(entity.sides(of: "Huangyan Dao") == ["China"])
  }

  @Test func aliasStatementIsTheDefiningSentence() throws {
    let knowledge = TestCorpus.knowledge(
      "Boats left for the Malvinas on Monday.\n\nThe islands, called the Falklands in Britain and the Malvinas in Argentina, lie in the South Atlantic."
    )
    let entity = try #require(knowledge.entity(named: "Malvinas"))
    let definition = try #require(entity.definition)
    #expect(knowledge.sentenceText(definition).hasPrefix("The islands, called the Falklands"))
  }

  @Test func soCalledIsNotAnAliasStatement() throws {
    let knowledge = TestCorpus.knowledge(
      "Officials in Tokyo rejected the so-called Beijing Consensus during the Osaka Summit.")
    let tokyo = try #require(knowledge.entity(named: "Tokyo"))
    #expect(!tokyo.allNames.contains("Beijing Consensus"))
  }

  @Test func callingSomeoneOnThePhoneIsNotAnAliasStatement() throws {
    let knowledge = TestCorpus.knowledge(
      "Prime Minister Aiko Tanaka called President Omar Haddad on Monday.")
    let tanaka = try #require(knowledge.entity(named: "Aiko Tanaka"))
    #expect(!tanaka.allNames.contains("Omar Haddad"))
  }
}
