import Base
import Corpus
import TestSupport
import Testing

@testable import IndexCache

/// Cache files that cost what they are, not what they claim: a file grown far past its header,
/// a header that promises more payload than its corpus could have, random bytes, a write
/// killed midway. Each is refused from its header, never read whole, and removed.
@Suite struct HostileCacheFileTests {
  /// The process's peak resident memory in KiB (`VmHWM`).
  static func peakResidentKiB() -> Int {
    guard let status = readBytes("/proc/self/status") else { return 0 }
    let text = String(decoding: status, as: UTF8.self)
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  /// A cache written for the seeds, and its file.
  struct Written {
    let folder = TemporaryFolder()
    let cache: IndexCache
    let corpus: String
    let cacheFile: String

    init() throws {
      cache = temporaryCache(folder)
      folder.copy(folder: seedsFolder, to: "corpus")
      corpus = folder.path + "/corpus"
      _ = try Load(corpus, cache: cache)
      cacheFile = cache.path(forRoot: corpus)
    }
  }

  @Test func aCacheFileGrownToGibibytesIsRefusedFromItsHeaderAndRemoved() throws {
    let written = try Written()
    defer { written.folder.remove() }
    // A valid header, then 3 GiB (sparse: no disk, but 3 GiB to anyone who reads it all).
    let grown = 3 << 30
    #expect(truncate(written.cacheFile, off_t(grown)) == 0)
    let before = Self.peakResidentKiB()
    let lines = LogLines()
    let loaded = try IndexLoader.load(root: written.corpus, cache: written.cache, log: lines.log)
    #expect(loaded.origin == .build)
    #expect(lines.contains("bytes after the payload"), "\(lines.all)")
    // Read whole, the file alone would have raised the peak by 3 GiB.
    #expect(Self.peakResidentKiB() - before < 512 * 1024)
    // Removed at once, before the build's own write replaces it.
    #expect(access(written.cacheFile, F_OK) != 0)
    loaded.cacheWrite?.perform(log: lines.log)
    #expect(try Load(written.corpus, cache: written.cache).origin == .cache)
  }

  @Test func aHeaderThatPromisesMorePayloadThanItsTextAllowsIsRefused() throws {
    let written = try Written()
    defer { written.folder.remove() }
    var bytes = try #require(readBytes(written.cacheFile))
    var header = try bytes.withBytes { try CacheFormat.Header.decode($0) }
    // A consistent header (checksums and sizes agree) whose payload is 64 MiB for 20 KB of text.
    let payloadSize = 64 << 20
    header.payloadSize = payloadSize
    bytes = header.encoded() + [UInt8](repeating: 0, count: payloadSize)
    writeFile(written.cacheFile, bytes)
    let lines = LogLines()
    let loaded = try IndexLoader.load(root: written.corpus, cache: written.cache, log: lines.log)
    #expect(loaded.origin == .build)
    #expect(lines.contains("is more than an index of \(header.textBytes) bytes of text"))
    #expect(access(written.cacheFile, F_OK) != 0)
  }

  @Test func randomBytesInThePlaceOfTheCacheFileAreReadNoFurtherThanTheirFirstBytes() throws {
    let written = try Written()
    defer { written.folder.remove() }
    var generator = SystemRandomNumberGenerator()
    // 1 MiB of noise, then holes up to 1.5 GiB.
    writeFile(
      written.cacheFile, (0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
    #expect(truncate(written.cacheFile, off_t(3 << 29)) == 0)
    let before = Self.peakResidentKiB()
    let lines = LogLines()
    let loaded = try IndexLoader.load(root: written.corpus, cache: written.cache, log: lines.log)
    #expect(loaded.origin == .build)
    #expect(lines.contains("not an index cache"), "\(lines.all)")
    #expect(Self.peakResidentKiB() - before < 512 * 1024)
    #expect(access(written.cacheFile, F_OK) != 0)
  }

  @Test func temporaryFilesOfWritersThatAreGoneAreRemovedAtStart() throws {
    let written = try Written()
    defer { written.folder.remove() }
    let directory = written.cache.directory
    // A process id that no process has: a child that has exited and been reaped.
    var child: pid_t = 0
    let spawned = posix_spawnp(&child, "true", nil, nil, [strdup("true"), nil], nil)
    #expect(spawned == 0)
    var status: Int32 = 0
    waitpid(child, &status, 0)
    let abandoned = directory + "/.writing-\(child)-123456"
    let ownWrite = directory + "/.writing-\(getpid())-654321"
    writeFile(abandoned, [UInt8](repeating: 7, count: 4096))
    writeFile(ownWrite, [UInt8](repeating: 7, count: 4096))
    let lines = LogLines()
    _ = try IndexLoader.load(root: written.corpus, cache: written.cache, log: lines.log)
    #expect(access(abandoned, F_OK) != 0, "the dead writer's file is removed")
    #expect(lines.contains("removed \(abandoned)"))
    #expect(access(ownWrite, F_OK) == 0, "a live process's write under way is left alone")
  }
}
