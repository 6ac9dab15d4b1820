// corpus-bench: how fast the corpus layer reads pages, on one core and on all cores.
//
//   swift run -c release corpus-bench [FOLDER] [--megabytes N]
//
// 1. Parsing: the folder's documents are parsed again and again on one thread until N MB
//    (default 40) have been read; reported per second of wall time and of the thread's CPU time
//    (the CPU figure is the one to trust on a busy machine).
// 2. Loading: `CorpusLoader.loadConcurrently` on the folder (listing, reading, decoding and
//    parsing every file on all cores), in wall time and process CPU time.
// FOLDER defaults to the repository's seeds/.

import Corpus
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// CPU seconds used so far by the calling thread.
func threadCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU seconds used so far by the whole process (all threads, user and system).
func processCPUSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return user + system
}

func wallSeconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func formatted(_ value: Double) -> String {
  let rounded = (value * 10).rounded() / 10
  return String(rounded)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var megabytes = 40.0
if let flag = arguments.firstIndex(of: "--megabytes"), flag + 1 < arguments.count,
  let value = Double(arguments[flag + 1])
{
  megabytes = value
  arguments.removeSubrange(flag...(flag + 1))
}
let seeds: String = {
  var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)  // Sources/corpus-bench/main.swift
  return parts.joined(separator: "/") + "/seeds"
}()
let folder = arguments.first ?? seeds

do {
  let corpus = try CorpusLoader.load(root: folder)
  let pages = corpus.documents.map { $0.text.bytes }
  let pageBytes = pages.reduce(0) { $0 + $1.count }
  guard pageBytes > 0 else {
    print("corpus-bench: no documents under \(folder)")
    exit(1)
  }
  let rounds = max(1, Int(megabytes * 1e6) / pageBytes)
  var sentenceCount = 0
  let cpuStart = threadCPUSeconds()
  let parseWall = wallSeconds {
    for _ in 0..<rounds {
      for bytes in pages {
        let document = DocumentParser.parse(id: 0, relativePath: "", path: "", bytes: bytes)
        sentenceCount &+= document.sentences.count
      }
    }
  }
  let parseCPU = threadCPUSeconds() - cpuStart
  let parsedMB = Double(pageBytes * rounds) / 1e6

  let loadCPUStart = processCPUSeconds()
  var loaded = Corpus.empty
  let loadWall = try wallSeconds { loaded = try CorpusLoader.loadConcurrently(root: folder) }
  let loadCPU = processCPUSeconds() - loadCPUStart
  let loadedMB = Double(loaded.documents.reduce(0) { $0 + $1.text.bytes.count }) / 1e6

  print("corpus-bench on \(folder) (\(corpus.documents.count) documents, \(pageBytes) bytes)")
  print("  parse, one thread: \(formatted(parsedMB)) MB in \(formatted(parseWall)) s wall")
  print(
    "    \(formatted(parsedMB / parseCPU)) MB/s per core of CPU time, "
      + "\(formatted(parsedMB / parseWall)) MB/s wall, \(sentenceCount) sentences")
  print(
    "  loadConcurrently: \(loaded.documents.count) documents, \(formatted(loadedMB)) MB "
      + "in \(formatted(loadWall)) s wall, \(formatted(loadCPU)) s CPU on "
      + "\(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores: \(formatted(loadedMB / loadWall)) MB/s wall"
  )
} catch {
  print("corpus-bench: \(error)")
  exit(1)
}
