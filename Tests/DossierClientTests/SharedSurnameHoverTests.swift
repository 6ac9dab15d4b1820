import Base
import Testing
import TestSupport

/// Hover on a surname two people of the corpus share, through the real server: the title in
/// the draft decides; with no title, the card lists both.
@Suite struct SharedSurnameHoverTests {
  private func hover(_ draft: String, _ line: Int, _ column: Int) throws -> CommandRun {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    mkdir(folder + "/corpus", 0o755)
    writeFile(
      folder + "/corpus/article.txt",
      "Talks in Sarnia\n\nPrime Minister Omar Delvani met army chief Tarek Delvani in Sarnia on Monday.\n"
    )
    writeFile(folder + "/draft.md", draft)
    return try CommandRun.dossier(
      ["hover", "--corpus", "corpus", "draft.md", String(line), String(column)], in: folder)
  }

  @Test func titleInTheDraftDecidesWhichPerson() throws {
    let prime = try hover("Prime Minister Delvani said the army would stay.\n", 1, 17)
    // The card's first line is its name (the defining sentence below names both).
    #expect(prime.stdoutLines.first == "Omar Delvani")
    let chief = try hover("Army chief Delvani visited the border.\n", 1, 13)
    #expect(chief.stdoutLines.first == "Tarek Delvani")
  }

  @Test func undecidedSurnameListsBothPeople() throws {
    let run = try hover("Delvani spoke later.\n", 1, 2)
    #expect(run.exitCode == 0, "\(run.stderr)")
    #expect(run.stdoutLines.contains("Omar Delvani"))
    #expect(run.stdoutLines.contains("Tarek Delvani"))
  }
}
