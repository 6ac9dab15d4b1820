import Base
import TestSupport
import Testing

@testable import Corpus

/// What a walk of a corpus folder lists when links, special files and other filesystems are in
/// it: only what lies inside the folder, each article once.
@Suite struct CorpusBoundaryTests {
  let article = "Talks resume\n\nThe foreign ministers met in the capital on Monday.\n"

  @Test func aLinkToAnArticleInsideIsNotReadTwiceAndALinkToAFolderInsideIsEnteredOnce() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("news/story.txt", article)
    folder.link("alias.txt", to: "news/story.txt")
    folder.link("mirror", to: "news")
    // A link to an article the walk does not list under its own name (a hidden folder) is read.
    folder.write(".drafts/kept.txt", article)
    folder.link("kept.txt", to: ".drafts/kept.txt")
    let files = try CorpusLoader.listFiles(root: folder.path)
    #expect(files == ["kept.txt", "news/story.txt"])
  }

  @Test func linksThatLeaveTheFolderAreSkippedWithTheirTargetNamed() throws {
    let outside = TemporaryFolder()
    defer { outside.remove() }
    outside.write("secret.txt", article)
    outside.write("more/other.md", article)
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("story.txt", article)
    folder.link("leak.txt", to: outside.path + "/secret.txt")
    folder.link("elsewhere", to: outside.path + "/more")
    folder.link("dangling.txt", to: outside.path + "/missing.txt")
    let log = LogLines()
    #expect(try CorpusLoader.listFiles(root: folder.path, log: log.add) == ["story.txt"])
    let real = try #require(CorpusBoundary.realPath(outside.path))
    #expect(
      log.lines.contains(
        "corpus: not following leak.txt: a link to \(real)/secret.txt, outside the corpus (followLinksOutside is off)"
      ))
    #expect(
      log.lines.contains { $0.hasPrefix("corpus: not following elsewhere: a link to \(real)/more") }
    )
    #expect(
      log.lines.contains {
        $0.hasPrefix("corpus: not following dangling.txt: a link whose target cannot be resolved")
      })
    let followed = try CorpusLoader.listFiles(root: folder.path, followLinksOutside: true)
    #expect(followed == ["elsewhere/other.md", "leak.txt", "story.txt"])
  }

  @Test func fifosAndSocketsNamedLikeArticlesAreNeverOpened() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("story.txt", article)
    #expect(mkfifo(folder.path + "/pipe.txt", 0o600) == 0)
    let log = LogLines()
    // Opening the FIFO would block this test for ever: the walk must not even list it.
    let corpus = try CorpusLoader.load(root: folder.path, log: log.add)
    #expect(corpus.documents.map(\.relativePath) == ["story.txt"])
    #expect(log.lines.contains("corpus: not reading pipe.txt: a FIFO"))
  }

  @Test func theRootAndPseudoFilesystemsAreNotCorpusFolders() {
    #expect(
      CorpusBoundary.problem(withFolder: "/") == "the filesystem root is not a folder of articles")
    #expect(
      CorpusBoundary.problem(withFolder: "/proc")?.contains("pseudo-filesystem (proc)") == true)
    #expect(
      CorpusBoundary.problem(withFolder: "/proc/self")?.contains("pseudo-filesystem (proc)") == true
    )
    #expect(
      CorpusBoundary.problem(withFolder: "/sys")?.contains("pseudo-filesystem (sysfs)") == true)
    #expect(CorpusBoundary.problem(withFolder: "/dev")?.contains("pseudo-filesystem") == true)
    #expect(CorpusBoundary.problem(withFolder: "/tmp") == nil)
    #expect(throws: CorpusError.self) { try CorpusLoader.listFiles(root: "/proc") }
  }

  @Test func aLinkToProcInsideTheCorpusIsNotEnteredEvenWhenLinksOutsideAreFollowed() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.write("story.txt", article)
    folder.link("proc", to: "/proc")
    let log = LogLines()
    let files = try CorpusLoader.listFiles(
      root: folder.path, followLinksOutside: true, log: log.add)
    #expect(files == ["story.txt"])
    #expect(log.lines.contains("corpus: not entering proc: a pseudo-filesystem (proc)"))
  }

  @Test func aGlossaryThatLinksOutsideTheFolderIsNotRead() throws {
    let outside = TemporaryFolder()
    defer { outside.remove() }
    outside.write("private.json", #"{"entities": []}"#)
    let folder = TemporaryFolder()
    defer { folder.remove() }
    folder.link("dossier-glossary.json", to: outside.path + "/private.json")
    guard
      case .unreadable(let reason) = CorpusBoundary.readFile(
        named: "dossier-glossary.json", inFolder: folder.path)
    else {
      Issue.record("a glossary linked from outside must not be read")
      return
    }
    #expect(reason.contains("outside the corpus folder"))
    folder.write("inside.json", #"{"entities": []}"#)
    folder.link("other.json", to: "inside.json")
    guard case .bytes = CorpusBoundary.readFile(named: "other.json", inFolder: folder.path) else {
      Issue.record("a link to a file inside the folder is read")
      return
    }
  }
}
