import Knowledge
import Testing

/// People: titles, roles and nationalities; a lone surname; spelling variants; namesakes.
@Suite struct PeopleTests {
  @Test func titledNameIsAPersonWithRoleAndNationality() throws {
    let knowledge = TestCorpus.knowledge(
      "Talks opened in Oslo on Monday, Norwegian Foreign Minister Ingrid Solberg said.")
    let person = try #require(knowledge.entity(named: "Ingrid Solberg"))
    #expect(person.kind == .person)
    #expect(person.roles == ["Foreign Minister"])
    #expect(person.nationality == "Norwegian")
    #expect(knowledge.entity(named: "Norwegian Foreign Minister Ingrid Solberg") == nil)
  }

  @Test func possessiveCountryGivesNationality() throws {
    let knowledge = TestCorpus.knowledge(
      "The offer came from Chile's Defense Minister Rosa Vidal on Tuesday.")
    let person = try #require(knowledge.entity(named: "Rosa Vidal"))
    #expect(person.roles == ["Defense Minister"])
    #expect(person.nationality == "Chilean")
  }

  @Test func loneSurnameResolvesToThePersonNamedInFull() throws {
    let knowledge = TestCorpus.knowledge(
      "Prime Minister Ana Brnabic arrived in Vienna on Monday.\n\nBrnabic said the visit was useful."
    )
    let person = try #require(knowledge.entity(named: "Ana Brnabic"))
    let surnames = knowledge.mentions(inDocument: 0).filter { $0.surface == "Brnabic" }
    #expect(surnames.count == 1)
    #expect(surnames.allSatisfy { $0.entityID == person.id })
    #expect(knowledge.entities.filter { $0.name == "Brnabic" }.isEmpty)
  }

  @Test func loneSurnameInAnotherDocumentResolvesToo() throws {
    let knowledge = TestCorpus.knowledge(
      "President Jonas Berg met farmers in Bergen.",
      "Berg promised new roads in Tromso.")
    let person = try #require(knowledge.entity(named: "Jonas Berg"))
    #expect(knowledge.mentions(inDocument: 1).first?.entityID == person.id)
  }

  @Test func titleWithSurnameOnlyIsAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Foreign Minister Okonjo met the envoy in Lagos on Friday.")
    let person = try #require(knowledge.entity(named: "Okonjo"))
    #expect(person.kind == .person)
    #expect(person.roles == ["Foreign Minister"])
  }

  @Test func givenNameSpellingVariantIsTheSamePerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Russian Foreign Minister Dmitri Volkov arrived in Hanoi.",
      "His counterpart Dmitry Volkov said the talks went well.")
    let person = try #require(knowledge.entity(named: "Dmitri Volkov"))
    #expect(person.allNames.contains("Dmitry Volkov"))
    #expect(Set(person.mentions.map(\.documentID)) == [0, 1])
  }

  @Test func twoPeopleSharingASurnameStayApart() throws {
    let knowledge = TestCorpus.knowledge(
      "Prime Minister Hiroshi Sato met Governor Keiko Sato in Sendai on Monday.")
    let hiroshi = try #require(knowledge.entity(named: "Hiroshi Sato"))
    let keiko = try #require(knowledge.entity(named: "Keiko Sato"))
    #expect(hiroshi.id != keiko.id)
    #expect(hiroshi.roles == ["Prime Minister"])
    #expect(keiko.roles == ["Governor"])
  }

  @Test func sharedSurnameResolvesToThePersonNamedInThatDocument() throws {
    let knowledge = TestCorpus.knowledge(
      "Prime Minister Hiroshi Sato spoke in Sendai.",
      "Governor Keiko Sato opened a bridge in Akita. Sato said it cost little.")
    let keiko = try #require(knowledge.entity(named: "Keiko Sato"))
    let lone = knowledge.mentions(inDocument: 1).filter { $0.surface == "Sato" }
    #expect(lone.map(\.entityID) == [keiko.id])
  }

  /// Twenty-six people share a surname: a lone surname is the one last named in full in its
  /// document, or the next one named in a headline, and a spelling variant of one given name
  /// finds that person among them.
  @Test func aSurnameManyPeopleShareResolvesWithinEachDocument() throws {
    let given = [
      "Abel", "Boris", "Cyril", "Dmitri", "Edgar", "Felix", "Gustav", "Hector", "Igor", "Jonas",
      "Kasper", "Leon", "Milo", "Nestor", "Oscar", "Pavel", "Quentin", "Rufus", "Stefan",
      "Tobias", "Ulrich", "Viktor", "Walter", "Xavier", "Yuri", "Zeno",
    ]
    var documents: [[TestCorpus.Paragraph]] = given.map { name in
      [.body("Deputy Minister \(name) Sato spoke in Akita on Monday.")]
    }
    documents.append([
      .body(
        "Governor Boris Sato opened a bridge. Ambassador Yuri Sato arrived later. Sato said it cost little."
      )
    ])
    documents.append([
      .title("Sato vows to fight on"),
      .body("Senator Felix Sato opened a bridge in Akita. Senator Oscar Sato was absent."),
    ])
    documents.append([.body("Deputy Minister Dmitry Sato left Akita on Friday.")])
    let knowledge = TestCorpus.knowledge(documents: documents)
    let people = try given.map { try #require(knowledge.entity(named: "\($0) Sato")) }
    #expect(Set(people.map(\.id)).count == given.count)
    let lone = knowledge.mentions(inDocument: given.count).filter { $0.surface == "Sato" }
    #expect(lone.map(\.entityID) == [people[24].id])
    let headline = knowledge.mentions(inDocument: given.count + 1).first
    #expect(headline?.surface == "Sato")
    #expect(headline?.entityID == people[5].id)
    let variant = knowledge.mentions(inDocument: given.count + 2).first
    #expect(variant?.surface == "Dmitry Sato")
    #expect(variant?.entityID == people[3].id)
  }

  @Test func namesListedAfterARoleNounArePeople() throws {
    let knowledge = TestCorpus.knowledge(
      "The talks were led by their deputies, Pavel Orlov and Kenji Mori, in Geneva.")
    #expect(knowledge.entity(named: "Pavel Orlov")?.kind == .person)
    #expect(knowledge.entity(named: "Kenji Mori")?.kind == .person)
  }

  @Test func roleNounGivesNationality() throws {
    let knowledge = TestCorpus.knowledge(
      "The minister phoned his Brazilian counterpart Lucas Prado on Friday.")
    #expect(knowledge.entity(named: "Lucas Prado")?.nationality == "Brazilian")
  }

  @Test func honorificMakesAPersonWithoutARole() throws {
    let knowledge = TestCorpus.knowledge("Talks with Mr. Halvorsen ended in Bergen.")
    let person = try #require(knowledge.entity(named: "Halvorsen"))
    #expect(person.kind == .person)
    #expect(person.roles.isEmpty)
  }

  @Test func titleAloneIsNotAnEntity() {
    let knowledge = TestCorpus.knowledge(
      "The Prime Minister spoke after the Foreign Minister left Madrid.")
    #expect(knowledge.entity(named: "Prime Minister") == nil)
    #expect(knowledge.entity(named: "Foreign Minister") == nil)
  }
}
