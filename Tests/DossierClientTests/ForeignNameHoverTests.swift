import Base
import Testing
import TestSupport

/// Hover in a draft, through the real server, on names a writer copies from sources about
/// other disputes: a name in its own script inside running text, and a romanized name with
/// hyphens. Each shows the card of the English name. A country is never a person.
@Suite struct ForeignNameHoverTests {
  static let article = """
    Patrol boats meet in the Morrow Strait

    Patrol boats crossed the Morrow Strait (모로해협) on Friday, the navy said. Delhi rejects \
    the name Velan (Chinese: 维兰) for the valley.

    Governor Tam Wing-kei opened a bridge to Ras al-Mirqab on Monday. Tam said it had cost \
    little. Sweden now sit two points ahead of Norway, who have a game in hand.

    """

  /// A folder with the article as its corpus and `draft` as draft.md; the hover at (line,
  /// column), 1-based, counted in characters.
  private func hover(_ draft: String, _ line: Int, _ column: Int) throws -> CommandRun {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    mkdir(folder + "/corpus", 0o755)
    writeFile(folder + "/corpus/article.txt", Self.article)
    writeFile(folder + "/draft.md", draft)
    return try CommandRun.dossier(
      ["hover", "--corpus", "corpus", "draft.md", String(line), String(column)], in: folder)
  }

  @Test func hoverOnAHangulNameInsideKoreanTextShowsTheEnglishName() throws {
    // "어선들이 모로해협에서 조업했다": the name, with the particle "에서" written on it.
    let run = try hover("어선들이 모로해협에서 조업했다.\n", 1, 7)
    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Morrow Strait"))
    #expect(run.stdout.contains("모로해협 (Korean)"))
  }

  @Test func hoverOnAHanNameInsideChineseTextShowsTheEnglishName() throws {
    let run = try hover("北京称维兰为其领土。\n", 1, 4)
    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Velan"))
  }

  @Test func hoverOnTheSyllablesOfAHyphenatedNameShowsTheWholeName() throws {
    let person = try hover("We met Tam Wing-kei in March.\n", 1, 17)
    #expect(person.exitCode == 0, "\(person.stderr)")
    #expect(person.stdout.contains("Tam Wing-kei"))
    #expect(person.stdout.contains("person"))
    let port = try hover("Ships left Ras al-Mirqab.\n", 1, 18)
    #expect(port.exitCode == 0, "\(port.stderr)")
    #expect(port.stdout.contains("Ras al-Mirqab"))
  }

  @Test func lookupOnACountryNeverAnswersPerson() throws {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    mkdir(folder + "/corpus", 0o755)
    writeFile(folder + "/corpus/article.txt", Self.article)
    let run = try CommandRun.dossier(["lookup", "--corpus", "corpus", "Norway"], in: folder)
    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdoutLines.first == "Norway (place)")
    #expect(!run.stdout.contains("(person)"))
  }
}
