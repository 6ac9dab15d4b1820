import Base
import TestSupport
import Testing

/// Every saved input, as `target/file` under `Tests/FuzzRegressions`: crashes the fuzzers found
/// (named for the bug) and inputs written by hand at the edges of each property.
let regressionInputs: [String] = {
  let root = repositoryRoot + "/Tests/FuzzRegressions"
  var found: [String] = []
  for target in FuzzTarget.all {
    guard let directory = opendir(root + "/" + target.name) else { continue }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) {
        String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if !name.hasPrefix(".") { found.append(target.name + "/" + name) }
    }
  }
  return found.sorted()
}()

@Suite struct FuzzRegressionTests {
  @Test func everyTargetHasSavedInputs() {
    for target in FuzzTarget.all {
      #expect(
        regressionInputs.contains { $0.hasPrefix(target.name + "/") },
        "no saved input under Tests/FuzzRegressions/\(target.name)")
    }
  }

  @Test(arguments: regressionInputs)
  func savedInputKeepsEveryProperty(_ input: String) throws {
    let slash = try #require(input.firstIndex(of: "/"))
    let target = try #require(FuzzTarget.named(String(input[..<slash])))
    let bytes = try #require(readBytes(repositoryRoot + "/Tests/FuzzRegressions/" + input))
    let violations = target.check(bytes)
    #expect(violations.isEmpty, "\(input): \(violations.joined(separator: "; "))")
  }
}
