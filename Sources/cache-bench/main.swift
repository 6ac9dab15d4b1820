// cache-bench: how fast the index cache writes and restores, apart from the server.
//
//   swift run -c release cache-bench FOLDER [--cache-dir DIR] [--restores N]
//
// 1. Loads FOLDER through a cache in DIR (default: a fresh folder under /tmp): when the cache
//    has no index of it, the index is built and the cache written (timed apart).
// 2. Loads it N more times (default 3), each restored from the cache, in wall time and process
//    CPU time, with the wall time of each stage.
// 3. Peak resident memory of the process (of the build, when there was one).
//
// Run it with a warm page cache (a first run reads the files from disk). The server's own
// figures, start to "index ready", are in `dossier-bench run` (README, "Performance").

import Base
import Dispatch
import IndexCache

func milliseconds(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded())) ms" }

func fail(_ message: String) -> Never {
  let bytes = Array(("cache-bench: " + message + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress!, $0.count) }
  exit(2)
}

var folder: String?
var cacheDirectory: String?
var restores = 3
do {
  var parser = ArgumentParser(Array(CommandLine.arguments.dropFirst()))
  while let argument = parser.next() {
    switch argument {
    case "--cache-dir": cacheDirectory = try parser.value(for: argument)
    case "--restores":
      guard let count = Int(try parser.value(for: argument)), count >= 0 else {
        fail("--restores needs a number")
      }
      restores = count
    default:
      guard folder == nil, !argument.hasPrefix("-") else { fail("unknown option \(argument)") }
      folder = argument
    }
  }
} catch {
  fail("\(error)")
}
guard let folder else { fail("usage: cache-bench FOLDER [--cache-dir DIR] [--restores N]") }
let directory =
  cacheDirectory
  ?? {
    var template = Array("/tmp/dossier-cache-bench-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      fail("cannot make a temporary folder")
    }
    return String(cString: made)
  }()
let cache = IndexCache(
  directory: directory,
  build: IndexCache.buildIdentity(version: "cache-bench", executablePath: "/proc/self/exe"))
let log = IndexLoader.Log(
  warning: { print("  warning: \($0)") }, info: { print("  \($0)") }, debug: { _ in })

func load(_ title: String) -> IndexLoader.Loaded {
  let wall = Clocks.monotonicSeconds()
  let cpu = Clocks.processCPUSeconds()
  let loaded: IndexLoader.Loaded
  do {
    loaded = try IndexLoader.load(root: folder, cache: cache, log: log)
  } catch {
    fail(error.description)
  }
  print(
    "\(title): \(loaded.origin.rawValue) in \(milliseconds(Clocks.monotonicSeconds() - wall)) "
      + "(\(milliseconds(Clocks.processCPUSeconds() - cpu)) CPU), "
      + "\(loaded.knowledge.corpus.documents.count) documents, "
      + "\(loaded.knowledge.entities.count) entities")
  print("  stages: " + loaded.stages.map(\.description).joined(separator: "; "))
  // The lookup index is made on a thread of its own once the rest is ready: its time is
  // shown apart, and waited for, so that it does not run into the next load.
  let lookupWall = Clocks.monotonicSeconds()
  let lookupCPU = Clocks.processCPUSeconds()
  _ = loaded.knowledge.lookup("a", limit: 1)
  print(
    "  then the lookup index: \(milliseconds(Clocks.monotonicSeconds() - lookupWall)) more "
      + "(\(milliseconds(Clocks.processCPUSeconds() - lookupCPU)) CPU)")
  let mentions = loaded.knowledge.entities.reduce(0) { $0 + $1.mentions.count }
  print("  mentions: \(mentions)")
  if let write = loaded.cacheWrite {
    let started = Clocks.monotonicSeconds()
    write.perform(log: log)
    print("  cache write: \(milliseconds(Clocks.monotonicSeconds() - started))")
  }
  print("  peak resident memory so far: \(Int(Clocks.peakResidentMegabytes())) MiB")
  return loaded
}

_ = load("first load")
for index in 0..<restores { _ = load("load \(index + 2)") }
