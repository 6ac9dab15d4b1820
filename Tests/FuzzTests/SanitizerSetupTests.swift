import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The ThreadSanitizer run of `.ci/run` relies on every module that locks having its own
/// `TSanMutex.swift` (its `Mutex` made the pthread one of `TSanLocks`, which TSan sees); a module
/// that starts locking without one would make that run report every value behind its locks as a
/// race.
@Suite struct SanitizerSetupTests {
  /// The module folders under `Sources/` and `Tests/` (one level down).
  static func moduleFolders() -> [String] {
    var folders: [String] = []
    for top in ["Sources", "Tests"] {
      for name in listNames(repositoryRoot + "/" + top) { folders.append(top + "/" + name) }
    }
    return folders
  }

  static func listNames(_ path: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) {
        String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }

  /// Swift files under `folder`, recursively, as paths.
  static func swiftFiles(_ folder: String) -> [String] {
    var files: [String] = []
    for name in listNames(folder) {
      let path = folder + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      if info.st_mode & S_IFMT == S_IFDIR {
        files += swiftFiles(path)
      } else if name.hasSuffix(".swift") {
        files.append(path)
      }
    }
    return files
  }

  @Test func everyModuleThatLocksHasAMutexThreadSanitizerCanSee() throws {
    var locking: [String] = []
    // TSanLocks defines the pthread mutex itself.
    for module in Self.moduleFolders() where module != "Sources/TSanLocks" {
      let files = Self.swiftFiles(repositoryRoot + "/" + module)
      let usesMutex = files.contains { path in
        !path.hasSuffix("/TSanMutex.swift")
          && (readBytes(path).map { String(decoding: $0, as: UTF8.self) }.map {
            $0.contains("Mutex(") || $0.contains("Mutex<")
          } ?? false)
      }
      guard usesMutex else { continue }
      locking.append(module)
      #expect(
        files.contains {
          $0.hasSuffix("/" + module.split(separator: "/").last! + "/TSanMutex.swift")
        },
        "\(module) locks with Mutex but has no TSanMutex.swift (as Sources/JSONRPC has)")
    }
    #expect(locking.contains("Sources/JSONRPC"))
  }
}
