import Knowledge
import Testing

/// Inputs found by the synthetic benchmark corpus that once stopped the build.
@Suite struct OverlappingNamesTests {
  /// A nationality before "counterpart" and again before the title made two read names
  /// overlap; the check for lists of people then built a range backwards and trapped.
  @Test func aRepeatedNationalityBeforeATitledNameStillGivesThePerson() throws {
    let knowledge = TestCorpus.knowledge(
      "Prougonian President Praipraia Skafovura voiced concerns in phone talks Tuesday with "
        + "Gupustani counterpart Gupustani Foreign Minister Nogeir Veikeson, a government "
        + "source said.")
    #expect(knowledge.entity(named: "Nogeir Veikeson")?.kind == .person)
    #expect(knowledge.entity(named: "Praipraia Skafovura")?.kind == .person)
  }
}
