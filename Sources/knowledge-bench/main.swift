// knowledge-bench: how fast the knowledge layer builds, matches and looks up.
//
//   swift run -c release knowledge-bench [FOLDER] [--report-megabytes N] [--build-only]
//
// 1. Build: `KnowledgeBase.build` on the folder's corpus (loaded first, not timed), in wall time
//    and process CPU time (all cores), with the wall time of each stage.
// 2. Matcher: a report of N MB (default 1) made of the corpus's own text, matched again and
//    again on one thread for at least two seconds; MB per second of the thread's CPU time (the
//    figure to trust on a busy machine). This is what runs on every keystroke.
// 3. Lookup: names of the corpus's entities, cut to prefixes and misspelt, looked up; mean
//    microseconds per query of thread CPU time.
// 4. Peak resident memory of the process.
// `--build-only` stops after step 1 (for profiling the build under valgrind).
// `--dump FILE` writes every entity, field by field, to FILE: two builds that must agree (before
// and after a change that should not alter what is learnt) are compared with `cmp`.
// FOLDER defaults to the repository's seeds/.

import Base
import Corpus
import Dispatch
import Knowledge

func formatted(_ value: Double, _ digits: Int = 1) -> String {
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  return String((value * scale).rounded() / scale)
}

func fail(_ message: String) -> Never {
  let bytes = Array(("knowledge-bench: " + message + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress!, $0.count) }
  exit(2)
}

var reportMegabytes = 1.0
var folder: String?
var buildOnly = false
var dumpPath: String?
do {
  var parser = ArgumentParser(Array(CommandLine.arguments.dropFirst()))
  while let argument = parser.next() {
    switch argument {
    case "--report-megabytes":
      guard let value = Double(try parser.value(for: argument)), value > 0 else {
        fail("--report-megabytes needs a positive number")
      }
      reportMegabytes = value
    case "--dump": dumpPath = try parser.value(for: argument)
    case "--build-only": buildOnly = true
    default:
      guard !argument.hasPrefix("-") else { fail("unknown option \(argument)") }
      folder = argument
    }
  }
} catch {
  fail("\(error)")
}
let root: String = {
  if let folder { return folder }
  // This file is Sources/knowledge-bench/main.swift: the repository is three levels up.
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  guard parts.count > 3 else { fail("give a FOLDER") }
  parts.removeLast(3)
  return parts.joined(separator: "/") + "/seeds"
}()

let corpus: Corpus
do {
  corpus = try CorpusLoader.loadConcurrently(root: root)
} catch {
  fail(error.description)
}
let corpusBytes = corpus.documents.reduce(0) { $0 + $1.text.bytes.count }
print(
  "corpus: \(root): \(corpus.documents.count) documents, \(formatted(Double(corpusBytes) / 1e6)) MB"
    + " (resident after loading it: \(formatted(Clocks.peakResidentMegabytes())) MB)")

// 1. Build.
final class StageClock: Sendable {
  let marks = Lock<[(stage: String, at: Double, cpu: Double, peakMegabytes: Double)]>([])
  func mark(_ stage: String) {
    marks.withLock { marks in
      if marks.last?.stage != stage {
        marks.append(
          (
            stage, Clocks.monotonicSeconds(), Clocks.processCPUSeconds(),
            Clocks.peakResidentMegabytes()
          ))
      }
    }
  }
}
let clock = StageClock()
let buildStart = Clocks.monotonicSeconds()
let cpuStart = Clocks.processCPUSeconds()
let knowledge = KnowledgeBase.build(
  corpus: corpus, progress: { _, stage in clock.mark(stage) }, log: { print("  " + $0) })
let buildWall = Clocks.monotonicSeconds() - buildStart
let buildCPU = Clocks.processCPUSeconds() - cpuStart
print(
  "build: \(knowledge.entities.count) entities in \(formatted(buildWall, 2)) s wall, "
    + "\(formatted(buildCPU, 2)) s CPU on all cores")
let marks = clock.marks.withLock { $0 }
for (index, mark) in marks.enumerated() {
  let end = index + 1 < marks.count ? marks[index + 1].at : buildStart + buildWall
  let cpuEnd = index + 1 < marks.count ? marks[index + 1].cpu : cpuStart + buildCPU
  let peakAfter =
    index + 1 < marks.count ? marks[index + 1].peakMegabytes : Clocks.peakResidentMegabytes()
  print(
    "  \(mark.stage): \(formatted(end - mark.at, 2)) s wall, \(formatted(cpuEnd - mark.cpu, 2)) s CPU, "
      + "peak memory by its end \(formatted(peakAfter)) MB"
  )
}
// The lookup index is made on a thread of its own once the build is done: shown apart.
let lookupIndexStart = Clocks.monotonicSeconds()
let indexCPUStart = Clocks.processCPUSeconds()
_ = knowledge.lookup("a", limit: 1)
print(
  "  then the lookup index, beside the first requests: "
    + "\(formatted(Clocks.monotonicSeconds() - lookupIndexStart, 2)) s more, "
    + "\(formatted(Clocks.processCPUSeconds() - indexCPUStart, 2)) s CPU")
if let dumpPath {
  EntityDump.write(knowledge, to: dumpPath)
}
if buildOnly {
  print("peak resident memory: \(formatted(Clocks.peakResidentMegabytes())) MB")
  exit(0)
}

// 2. Matcher.
var report: [UInt8] = []
let target = Int(reportMegabytes * 1_000_000)
while report.count < target && corpusBytes > 0 {
  for document in corpus.documents where report.count < target {
    report += document.text.bytes
    report.append(0x0A)
  }
}
var matched = 0
var rounds = 0
var bestPass = Double.infinity
let matchStart = Clocks.threadCPUSeconds()
repeat {
  let passStart = Clocks.threadCPUSeconds()
  matched = knowledge.matches(in: report).count
  bestPass = min(bestPass, Clocks.threadCPUSeconds() - passStart)
  rounds += 1
} while Clocks.threadCPUSeconds() - matchStart < 2
let matchSeconds = (Clocks.threadCPUSeconds() - matchStart) / Double(rounds)
let megabytes = Double(report.count) / 1e6
print(
  "matcher: \(formatted(megabytes, 2)) MB report, \(matched) matches, "
    + "\(formatted(matchSeconds * 1000, 1)) ms per pass, "
    + "\(formatted(megabytes / matchSeconds)) MB/s (thread CPU; best pass "
    + "\(formatted(bestPass * 1000, 1)) ms, \(formatted(megabytes / bestPass)) MB/s)")

// 3. Lookup.
var queries: [String] = []
for entity in knowledge.entities.prefix(400) {
  let name = entity.name
  queries.append(name)
  queries.append(String(name.prefix(max(3, name.count / 2))))
  var misspelt = Array(name)
  if misspelt.count > 4 { misspelt.swapAt(2, 3) }
  queries.append(String(misspelt))
}
var answers = 0
let lookupStart = Clocks.threadCPUSeconds()
for query in queries { answers += knowledge.lookup(query, limit: 20).count }
let lookupSeconds = Clocks.threadCPUSeconds() - lookupStart
print(
  "lookup: \(queries.count) queries (names, prefixes, misspellings), \(answers) hits, "
    + "\(formatted(lookupSeconds / Double(max(queries.count, 1)) * 1e6)) µs per query (thread CPU)")
print("peak resident memory: \(formatted(Clocks.peakResidentMegabytes())) MB")
