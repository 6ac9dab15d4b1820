import Base

/// The `dossier` executable built beside this test binary (its servers keep their index cache
/// in `testCacheHome`).
public let dossierExecutable: String = {
  _ = testCacheHome
  var buffer = [CChar](repeating: 0, count: 4096)
  let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
  let me =
    count > 0
    ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
  var folder = String(me[..<(me.lastIndex(of: "/") ?? me.endIndex)])
  // The test binary may sit inside a bundle folder (`X.xctest/...`); walk up to the build folder.
  while !folder.isEmpty, access(folder + "/dossier", X_OK) != 0,
    let slash = folder.lastIndex(of: "/")
  {
    folder = String(folder[..<slash])
  }
  return folder + "/dossier"
}()

/// The folder every `dossier lsp` these tests start keeps its index cache in: a fresh temporary
/// folder given as `XDG_CACHE_HOME` (the servers inherit the environment) and removed when the
/// test process ends, so no test reads or writes the user's own cache.
public let testCacheHome: String = {
  let folder = TemporaryFolder()
  cacheHomeFolder = folder
  setenv("XDG_CACHE_HOME", folder.path, 1)
  atexit { cacheHomeFolder = nil }
  return folder.path
}()

// Set once, before any server starts; emptied (and so removed) only at exit.
nonisolated(unsafe) private var cacheHomeFolder: TemporaryFolder?
