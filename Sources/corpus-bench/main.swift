// corpus-bench: how fast the corpus layer reads pages, and how much memory the pages keep.
//
//   swift run -c release corpus-bench [FOLDER] [--megabytes N] [--skip-parse] [--dump FILE]
//
// In order, in one fresh process (as the server does it):
// 1. Listing: `CorpusLoader.listFiles` (the folder walk), wall and CPU time.
// 2. Loading: `CorpusLoader.loadConcurrently` on the folder (listing, reading, decoding and
//    segmenting every file on all cores), in wall time and process CPU time (all threads, user
//    and system: the figure to trust on a busy machine). Then the memory the loaded corpus
//    keeps: resident memory after the load minus before it (freed heap is returned to the
//    system first), against the text bytes, and the peak resident memory of the process.
// 3. Reading only: every listed file read into memory on all cores with the same `read(2)`
//    loop, nothing else: the floor of step 2 inside this process.
// 4. Parsing: the loaded documents' bytes segmented again and again on one thread until N MB
//    (default 40) have been parsed, per second of the thread's CPU time.
// 5. Formats: the same documents as text files, as saved web pages (`Renditions.page`: head,
//    scripts, navigation, a <p> per line, references) and as one JSON Lines dump
//    (`Renditions.jsonLine`), each read from memory by the loader's reader for its kind
//    (decoding, taking the text out, segmenting) on one thread until N MB of file bytes have
//    been read: MB/s of file bytes per second of the thread's CPU time, and of article text.
// FOLDER defaults to the repository's seeds/. `--dump FILE` also writes every document's
// segmentation (title, outlet, date, lines, blocks, sentences) as text, to compare two builds'
// results on the same folder with `cmp` before and after a change to the page reader.

import Base
import Corpus
import Dispatch
import Synchronization

/// Wall and process CPU seconds of `body`.
func timed(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  let cpuStart = Clocks.processCPUSeconds()
  let start = Clocks.monotonicSeconds()
  try body()
  let wall = Clocks.monotonicSeconds() - start
  return (wall, Clocks.processCPUSeconds() - cpuStart)
}

/// A field of /proc/self/status in MiB ("VmRSS", "VmHWM"); 0 where there is none.
func statusMegabytes(_ field: String) -> Double {
  guard let file = fopen("/proc/self/status", "r") else { return 0 }
  defer { fclose(file) }
  var line = [CChar](repeating: 0, count: 256)
  while fgets(&line, Int32(line.count), file) != nil {
    let text = String(
      decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard text.hasPrefix(field + ":") else { continue }
    let kilobytes = text.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
    return kilobytes / 1024
  }
  return 0
}

/// Writes each document's segmentation as lines of text to `path`.
func dump(_ corpus: Corpus, to path: String) {
  guard let file = fopen(path, "w") else {
    print("corpus-bench: cannot write \(path)")
    exit(1)
  }
  defer { fclose(file) }
  var out = ""
  func flush() {
    fputs(out, file)
    out.removeAll(keepingCapacity: true)
  }
  for skip in corpus.skipped { out += "skipped \(skip.relativePath): \(skip.reason)\n" }
  for document in corpus.documents {
    out += "document \(document.id) \(document.relativePath) \(document.text.bytes.count) bytes\n"
    out += "  title \(document.title ?? "-")\n  outlet \(document.outlet ?? "-")\n"
    out += "  date \(document.date ?? "-") \(document.calendarDate?.description ?? "-")\n"
    let lines = document.text.lineIndex
    out +=
      "  lines \(lines.lineCount) ascii \(lines.isASCII) body \(String(describing: document.bodyByteRange))\n"
    for block in document.blocks {
      out += "  block \(block.byteRange) \(block.kind)\n"
    }
    for sentence in document.sentences {
      out += "  sentence \(sentence.byteRange) \(sentence.blockIndex)\n"
    }
    if out.utf8.count > 1 << 20 { flush() }
  }
  flush()
}

/// Gives freed heap back to the system (glibc's `malloc_trim`), so resident memory counts what
/// is still allocated.
func trimHeap() {
  #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
  #endif
}

func formatted(_ value: Double, _ digits: Int = 1) -> String {
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  return String((value * scale).rounded() / scale)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var megabytes = 40.0
if let flag = arguments.firstIndex(of: "--megabytes"), flag + 1 < arguments.count,
  let value = Double(arguments[flag + 1])
{
  megabytes = value
  arguments.removeSubrange(flag...(flag + 1))
}
let skipParse = arguments.contains("--skip-parse")
arguments.removeAll { $0 == "--skip-parse" }
var dumpPath: String?
if let flag = arguments.firstIndex(of: "--dump"), flag + 1 < arguments.count {
  dumpPath = arguments[flag + 1]
  arguments.removeSubrange(flag...(flag + 1))
}
let seeds: String = {
  var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)  // Sources/corpus-bench/main.swift
  return parts.joined(separator: "/") + "/seeds"
}()
let folder = arguments.first ?? seeds
let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))

do {
  var listed: [String] = []
  let listing = try timed { listed = try CorpusLoader.listFiles(root: folder) }
  let files = listed

  trimHeap()
  let residentBefore = statusMegabytes("VmRSS")
  var corpus = Corpus.empty
  let loading = try timed { corpus = try CorpusLoader.loadConcurrently(root: folder) }
  trimHeap()
  let residentAfter = statusMegabytes("VmRSS")
  let peak = statusMegabytes("VmHWM")
  let textBytes = corpus.documents.reduce(0) { $0 + $1.text.bytes.count }
  guard textBytes > 0 else {
    print("corpus-bench: no documents under \(folder)")
    exit(1)
  }
  let textMB = Double(textBytes) / 1e6
  let sentenceTotal = corpus.documents.reduce(0) { $0 + $1.sentences.count }
  let blockTotal = corpus.documents.reduce(0) { $0 + $1.blocks.count }

  if let dumpPath { dump(corpus, to: dumpPath) }

  let readBytes = Atomic<Int>(0)
  let reading = timed {
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let path = folder + "/" + files[index]
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return }
      defer { close(descriptor) }
      var info = stat()
      guard fstat(descriptor, &info) == 0 else { return }
      var buffer = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count > 0 { readBytes.add(count, ordering: .relaxed) }
    }
  }

  print(
    "corpus-bench on \(folder): \(corpus.documents.count) documents, "
      + "\(corpus.skipped.count) skipped, \(textBytes) bytes of text, \(blockTotal) blocks, "
      + "\(sentenceTotal) sentences; \(cores) cores")
  print(
    "  listing:          \(files.count) files in \(formatted(listing.wall, 3)) s wall, "
      + "\(formatted(listing.cpu, 3)) s CPU")
  print(
    "  loadConcurrently: \(formatted(loading.wall, 3)) s wall, \(formatted(loading.cpu, 3)) s CPU"
      + " = \(formatted(textMB / loading.wall)) MB/s wall, "
      + "\(formatted(textMB / loading.cpu)) MB/s per CPU-second")
  print(
    "  memory kept:      \(formatted(residentAfter - residentBefore)) MiB resident for "
      + "\(formatted(Double(textBytes) / 1_048_576)) MiB of text "
      + "(\(formatted((residentAfter - residentBefore) * 1_048_576 / Double(textBytes), 2))×); "
      + "peak resident \(formatted(peak)) MiB")
  print(
    "  reading only:     \(formatted(Double(readBytes.load(ordering: .relaxed)) / 1e6)) MB in "
      + "\(formatted(reading.wall, 3)) s wall, \(formatted(reading.cpu, 3)) s CPU")

  guard !skipParse else { exit(0) }
  let pages = corpus.documents.map { $0.text.bytes }
  let rounds = max(1, Int(megabytes * 1e6) / textBytes)
  var sentenceCount = 0
  let cpuStart = Clocks.threadCPUSeconds()
  let start = Clocks.monotonicSeconds()
  for _ in 0..<rounds {
    for bytes in pages {
      let document = DocumentParser.parse(id: 0, relativePath: "", path: "", bytes: bytes)
      sentenceCount &+= document.sentences.count
    }
  }
  let parseWall = Clocks.monotonicSeconds() - start
  let parseCPU = Clocks.threadCPUSeconds() - cpuStart
  let parsedMB = textMB * Double(rounds)
  print(
    "  parse, one thread: \(formatted(parsedMB)) MB in \(formatted(parseWall, 3)) s wall, "
      + "\(formatted(parseCPU, 3)) s CPU = \(formatted(parsedMB / parseCPU)) MB/s per CPU-second"
      + " (\(sentenceCount / rounds) sentences a round)")

  // 5. The same articles as pages and as a dump, read by their readers.
  let formats: [(label: String, files: [(name: String, bytes: [UInt8])])] = [
    ("text files", pages.map { ("page.txt", $0) }),
    ("web pages", corpus.documents.map { ("page.html", Renditions.page(of: $0)) }),
    ("JSON Lines", [("dump.jsonl", corpus.documents.flatMap(Renditions.jsonLine(of:)))]),
  ]
  for (label, files) in formats {
    let fileBytes = files.reduce(0) { $0 + $1.bytes.count }
    let formatRounds = max(1, Int(megabytes * 1e6) / max(fileBytes, 1))
    var readTextBytes = 0
    var documentCount = 0
    let formatStart = Clocks.threadCPUSeconds()
    for _ in 0..<formatRounds {
      for file in files {
        guard
          case .success(let documents) = CorpusLoader.documents(
            fileNamed: file.name, bytes: file.bytes)
        else { continue }
        documentCount &+= documents.count
        for document in documents { readTextBytes &+= document.text.bytes.count }
      }
    }
    let cpu = Clocks.threadCPUSeconds() - formatStart
    let readMB = Double(fileBytes) * Double(formatRounds) / 1e6
    print(
      "  read as \(label), one thread: \(formatted(readMB)) MB of files in \(formatted(cpu, 3)) s CPU"
        + " = \(formatted(readMB / cpu)) MB/s of files, "
        + "\(formatted(Double(readTextBytes) / 1e6 / cpu)) MB/s of text "
        + "(\(documentCount / formatRounds) documents a round)")
  }
} catch {
  print("corpus-bench: \(error)")
  exit(1)
}
