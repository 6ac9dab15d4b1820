#if canImport(Glibc)
  import Glibc
#endif

/// The folder every `dossier lsp` these tests start keeps its index cache in: a fresh temporary
/// folder given as `XDG_CACHE_HOME` (the servers inherit the environment) and removed when the
/// test process ends, so no test reads or writes the user's own cache.
let testCacheHome: String = {
  let folder = TemporaryFolder()
  cacheHomeFolder = folder
  setenv("XDG_CACHE_HOME", folder.path, 1)
  atexit { cacheHomeFolder = nil }
  return folder.path
}()

// Set once, before any server starts; emptied (and so removed) only at exit.
nonisolated(unsafe) private var cacheHomeFolder: TemporaryFolder?
