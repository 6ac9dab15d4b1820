import DossierClient
import Testing

@Suite struct SourceFilesTests {
  @Test func linesEndAtLineFeedCarriageReturnAndBoth() {
    #expect(SourceFiles.splitLines("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
    #expect(SourceFiles.splitLines("x\n") == ["x", ""])
    #expect(SourceFiles.splitLines("\r\r\n") == ["", "", ""])
  }

  /// 🙂 is one character, two UTF-16 units and four UTF-8 bytes.
  @Test func characterColumnsBecomeUnitsOfTheServersEncoding() {
    let line = "🙂 Isles"
    #expect(SourceFiles.unitOffset(ofCharacter: 2, in: line, encoding: "utf-16") == 3)
    #expect(SourceFiles.unitOffset(ofCharacter: 2, in: line, encoding: "utf-8") == 5)
    #expect(SourceFiles.unitOffset(ofCharacter: 2, in: line, encoding: "utf-32") == 2)
    #expect(SourceFiles.characterIndex(ofUnitOffset: 3, in: line, encoding: "utf-16") == 2)
    #expect(SourceFiles.characterIndex(ofUnitOffset: 5, in: line, encoding: "utf-8") == 2)
    // An offset inside the emoji counts as the emoji.
    #expect(SourceFiles.characterIndex(ofUnitOffset: 1, in: line, encoding: "utf-16") == 0)
  }

  @Test func columnsPastTheEndOfALineAreKeptForTheServerToClamp() {
    #expect(SourceFiles.unitOffset(ofCharacter: 5, in: "ab", encoding: "utf-16") == 5)
    #expect(SourceFiles.characterIndex(ofUnitOffset: 5, in: "ab", encoding: "utf-16") == 5)
  }

  @Test func pathsAreShownRelativeToTheWorkingDirectory() {
    #expect(SourceFiles.relativePath("/w/r/seeds/a.txt", from: "/w/r") == "seeds/a.txt")
    #expect(SourceFiles.relativePath("/w/r/seeds/a.txt", from: "/w/r/Tests") == "../seeds/a.txt")
    #expect(SourceFiles.relativePath("/w/r", from: "/w/r") == ".")
    #expect(SourceFiles.relativePath("/w/rx/a.txt", from: "/w/r") == "../rx/a.txt")
    // Three levels up, or up to the root, reads worse than the absolute path.
    #expect(SourceFiles.relativePath("/w/a/b.txt", from: "/w/x/y/z") == "/w/a/b.txt")
    #expect(SourceFiles.relativePath("/work/a.txt", from: "/tmp/notes") == "/work/a.txt")
  }

  @Test func fileURIsArePercentDecoded() {
    #expect(
      SourceFiles.path(fromFileURI: "file:///tmp/a%20b/%E2%80%99s.txt") == "/tmp/a b/’s.txt")
    #expect(SourceFiles.path(fromFileURI: "file://localhost/tmp/x") == "/tmp/x")
    #expect(SourceFiles.path(fromFileURI: "untitled:Untitled-1") == nil)
    // A broken escape is kept as it is.
    #expect(SourceFiles.path(fromFileURI: "file:///tmp/100%") == "/tmp/100%")
  }

  @Test func absolutePathsResolveDotsAgainstTheWorkingDirectory() {
    #expect(SourceFiles.absolutePath("/a/./b/../c") == "/a/c")
    #expect(SourceFiles.absolutePath("x").hasSuffix("/x"))
    #expect(SourceFiles.absolutePath("x").hasPrefix("/"))
  }
}
