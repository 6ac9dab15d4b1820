import Corpus
import Knowledge
import Testing

@testable import DossierServer

@Suite struct MixedNamesTests {
  let place = [
    makeSidedPlace(
      0, "Northern Territories", side: "Japan", alias: "Southern Kurils", aliasSide: "Russia")
  ]

  func flagged(_ named: NamedText) -> [String] {
    MixedNamesCheck.findings(in: named.draft(), entities: place).map {
      named.text[$0.byteRange]
    }
  }

  @Test func bothSidesNamesWithoutSayingSoAreFlaggedWhereTheSecondAppears() {
    let named = NamedText(
      "The ⟪Southern Kurils⟫₀ are disputed. 🎌\r\n\r\nJapan wants the ⟪Northern Territories⟫₀ back,"
        + " and the ⟪Northern Territories⟫₀ matter.")
    let findings = MixedNamesCheck.findings(in: named.draft(), entities: place)
    #expect(findings.count == 1)
    guard case .mixedNames(_, let side, let other, let otherRange)? = findings.first?.kind else {
      Issue.record("expected a mixed-names finding")
      return
    }
    #expect(findings.first.map { named.text[$0.byteRange] } == "Northern Territories")
    #expect(side.usedBy == ["Japan"])
    #expect(other.name == "Southern Kurils")
    #expect(named.text[otherRange] == "Southern Kurils")
  }

  @Test func bothNamesSideBySideWithACueSayTheyAreTheSame() {
    #expect(
      flagged(NamedText("The ⟪Southern Kurils⟫₀ (⟪Northern Territories⟫₀) are disputed.")).isEmpty)
    #expect(
      flagged(
        NamedText(
          "Islands called the ⟪Northern Territories⟫₀ in Japan and the ⟪Southern Kurils⟫₀ in"
            + " Russia. Later the ⟪Southern Kurils⟫₀ were visited.")
      ).isEmpty)
    #expect(
      flagged(
        NamedText("The ⟪Southern Kurils⟫₀, known in Japan as the ⟪Northern Territories⟫₀, lie off")
      ).isEmpty)
  }

  @Test func bothNamesInOneSentenceWithoutACueAreStillFlagged() {
    let named = NamedText(
      "The ⟪Southern Kurils⟫₀ are Russian, but Japan claims the ⟪Northern Territories⟫₀.")
    #expect(flagged(named) == ["Northern Territories"])
  }

  @Test func oneSidesNameUsedThroughoutIsFine() {
    #expect(flagged(NamedText("The ⟪Southern Kurils⟫₀ and again the ⟪Southern Kurils⟫₀.")).isEmpty)
  }
}

@Suite struct NameSpellingTests {
  let entities = [
    makeEntity(0, "Sergei Lavrov", aliases: [Alias(name: "Lavrov")]),
    makeEntity(1, "Russia", .place),
    makeEntity(2, "Kuril Islands", .place),
    makeEntity(
      3, "Fumio Kishida", mentions: [Mention(documentID: 0, byteRange: 0..<7, isBoilerplate: false)]
    ),
  ]

  func flagged(_ named: NamedText) -> [String: [String]] {
    let index = NameWordIndex(
      entities: entities,
      vocabulary: .init(
        lowercase: ["islands", "minister", "later"],
        all: ["islands", "minister", "later", "april", "dreizar"]))
    var found: [String: [String]] = [:]
    for finding in NameSpellingCheck.findings(
      in: named.draft(), names: index, touching: 0..<named.text.bytes.count)
    {
      guard case .nameSpelling(let suggestions) = finding.kind else { continue }
      found[named.text[finding.byteRange]] = suggestions.map { "\($0.word) (\($0.name))" }
    }
    return found
  }

  @Test func aCapitalisedWordOneLetterFromANameIsFlaggedWithTheName() {
    let found = flagged(NamedText("⟪Lavrov⟫₀ met “Lavrof” and 🎌 Kishidda’s aide."))
    #expect(
      found == ["Lavrof": ["Lavrov (Sergei Lavrov)"], "Kishidda": ["Kishida (Fumio Kishida)"]])
  }

  @Test func ordinaryWordsDerivedNamesAndCapitalsAreLeftAlone() {
    // "Russian" is "Russia" plus an ending, "Later" and "Islanda" are near only words the corpus
    // writes in lower case, "LAVROF" is in capitals, "lavrof" is not capitalised.
    let found = flagged(
      NamedText("Russian officials. Later, LAVROF and lavrof went to Islanda with ⟪Lavrov⟫₀."))
    #expect(found.isEmpty)
  }

  @Test func aSpellingTheCorpusUsesIsNotAMisspelling() {
    // "Dreizar" is one letter from "Breizar", and "April" from "Pril", but the corpus writes
    // both (in names it did not learn, or at the start of sentences).
    let entities = [makeEntity(0, "Breizar Naec"), makeEntity(1, "Pril Glasheson")]
    let index = NameWordIndex(
      entities: entities, vocabulary: .init(lowercase: [], all: ["dreizar", "april"]))
    let named = NamedText("Dreizar said so in April. Breizor did not.")
    let flagged = NameSpellingCheck.findings(
      in: named.draft(), names: index, touching: 0..<named.text.bytes.count
    ).map { named.text[$0.byteRange] }
    #expect(flagged == ["Breizor"])
  }

  @Test func aWordInsideAFoundNameIsThatName() {
    let entities = [makeEntity(0, "Lavrof Institute", .organization), makeEntity(1, "Lavrov")]
    let index = NameWordIndex(entities: entities, vocabulary: .init())
    let named = NamedText("The ⟪Lavrof Institute⟫₀ said so.")
    #expect(
      NameSpellingCheck.findings(
        in: named.draft(), names: index, touching: 0..<named.text.bytes.count
      )
      .isEmpty)
  }

  @Test func editDistanceCountsSwapsAsOneEdit() {
    #expect(EditDistance.optimalStringAlignment("lavrov", "lavrof", limit: 2) == 1)
    #expect(EditDistance.optimalStringAlignment("lavrov", "lvarov", limit: 2) == 1)
    #expect(EditDistance.optimalStringAlignment("lavrov", "lavr", limit: 2) == 2)
    #expect(EditDistance.optimalStringAlignment("lavrov", "kishida", limit: 2) == 3)
  }
}

@Suite struct MisquotationTests {
  static let index = snapshot(ofArticles: [
    """
    Talks stall over islands

    TOKYO — Foreign Minister Sergei Lavrov said on Friday that “the two countries must first sign a peace treaty before any islands change hands,” according to the ministry.
    He added that the talks would continue in Moscow next month.

    """
  ])

  func findings(_ draft: String, corpusDocument: Bool = false) -> [(String, Finding.Kind)] {
    let (context, uri) = writingContext(Self.index, open: draft)
    guard let document = try? context.document(uri) else { return [] }
    let analyzed = AnalyzedDocument(
      uri: uri, text: document.text, matches: document.matches,
      corpusDocumentID: corpusDocument ? 0 : nil)
    return MisquotationCheck.findings(
      in: analyzed, context, touching: 0..<document.text.bytes.count
    )
    .map { (draft[bytes: $0.byteRange], $0.kind) }
  }

  @Test func aQuotationFoundIgnoringCasePunctuationAndElisionsIsNotFlagged() {
    #expect(
      findings("He said: “The two countries must first sign […] before any islands change hands.”")
        .isEmpty)
  }

  @Test func aQuotationWithAWordChangedGetsTheSourceWording() {
    let found = findings(
      "🎌 He said “the two countries must first sign a peace accord before any islands change hands.”"
    )
    #expect(found.count == 1)
    // The words only: the full stop inside the marks stays the writer's.
    #expect(
      found.first?.0
        == "the two countries must first sign a peace accord before any islands change hands")
    guard case .misquotation(let nearest, let wording)? = found.first?.1 else {
      Issue.record("expected a misquotation")
      return
    }
    #expect(nearest?.sentence.documentID == 0)
    #expect(
      wording == "the two countries must first sign a peace treaty before any islands change hands")
  }

  @Test func aQuotationLikeNoSourceHasNoNearestSentence() {
    let found = findings("Then: “we will never give up our claim to the moon.”")
    guard case .misquotation(let nearest, let wording)? = found.first?.1 else {
      Issue.record("expected a misquotation")
      return
    }
    #expect(nearest == nil)
    #expect(wording == nil)
  }

  @Test func aQuotationOfTwoSourceSentencesIsFoundWhenEachIs() {
    #expect(
      findings(
        "“according to the ministry. He added that the talks would continue in Moscow next month.”"
      ).isEmpty)
    #expect(
      findings(
        "“according to the ministry. He added that the talks would end in Moscow next month.”"
      )
      .count == 1)
  }

  @Test func termsInQuotationMarksAndCorpusFilesAreNotChecked() {
    #expect(findings("the “peace accord” of 1956").isEmpty)
    #expect(
      findings("He said “we will never give up our claim to the moon.”", corpusDocument: true)
        .isEmpty)
  }
}
