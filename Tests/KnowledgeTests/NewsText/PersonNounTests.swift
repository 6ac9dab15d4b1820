import Knowledge
import Testing

/// A noun of kin or occupation right before a name, or before a comma and a name, says the
/// name is a person's, even a given name alone that nothing else marks.
@Suite struct PersonNounTests {
  @Test func kinNounBeforeACommaMakesAGivenNameAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The couple were charged over the illness of their infant daughter, Mirela. Mirela was taken to hospital in Varno in March."
    )
    let person = try #require(knowledge.entity(named: "Mirela"))
    #expect(person.kind == .person)
    #expect(try #require(knowledge.entity(named: "Varno")).kind != .person)
  }

  @Test func occupationBeforeANameMakesItAPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The gallery hung portraits by fashion designer Halvard beside works from Ostrel. Visitors queued in Ostrel all week."
    )
    #expect(try #require(knowledge.entity(named: "Halvard")).kind == .person)
    #expect(try #require(knowledge.entity(named: "Ostrel")).kind == .place)
  }

  @Test func withoutTheNounTheSameNameIsNoPerson() throws {
    let knowledge = TestCorpus.knowledge(
      "The portraits were shipped from Halvard, and Halvard kept the rest in storage.")
    #expect(knowledge.entity(named: "Halvard")?.kind != .person)
  }
}
