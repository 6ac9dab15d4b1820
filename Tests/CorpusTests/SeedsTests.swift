import Base
import TestSupport
import Testing

@testable import Corpus

@Suite struct SeedsTests {
  @Test func shippedSeedsAreByteIdenticalToTheSharedSeeds() throws {
    let shared = repositoryRoot + "/../shared/seeds"
    guard let names = try? CorpusLoader.listFiles(root: shared) else {
      // Outside the workspace (a copy of the repository alone) there is nothing to compare.
      return
    }
    #expect(!names.isEmpty)
    let shipped = try CorpusLoader.listFiles(root: repositoryRoot + "/seeds")
    #expect(shipped == names)
    for name in names {
      let original = try CorpusLoader.readFile(shared + "/" + name).get()
      let copy = try CorpusLoader.readFile(repositoryRoot + "/seeds/" + name).get()
      #expect(original == copy, "seeds/\(name) differs from ../shared/seeds/\(name)")
    }
  }
}
