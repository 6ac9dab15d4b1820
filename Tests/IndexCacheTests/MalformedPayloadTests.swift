import Corpus
import TestSupport
import Testing

@testable import IndexCache

/// A payload that passes its checksum but is not what the writer wrote (a bug, or damage made
/// to look whole) is read without a trap: it is refused as malformed, or, when it still reads
/// as an index, every place it names is inside the corpus.
@Suite struct MalformedPayloadTests {
  /// A small deterministic generator (SplitMix64), so failures can be replayed.
  struct Generator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
  }

  /// `file` with `payload` in place of its payload, the header's checksum made to match.
  func resealed(_ file: [UInt8], payload: [UInt8]) throws -> [UInt8] {
    var header = try file.withBytes { bytes throws(CacheProblem) in
      try CacheFormat.Header.decode(bytes)
    }
    header.payloadSize = payload.count
    header.payloadChecksum = payload.withUnsafeBytes { PayloadChecksum.of($0) }
    return header.encoded() + payload
  }

  @Test func damagedPayloadsWithMatchingChecksumsAreRefusedOrStayInsideTheCorpus() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let corpus = folder.path + "/corpus"
    folder.copy(folder: seedsFolder, to: "corpus")
    let cache = temporaryCache(folder)
    _ = try Load(corpus, cache: cache)
    let path = cache.path(forRoot: corpus)
    let original = try #require(readBytes(path))
    let headerSize = try original.withBytes { bytes throws(CacheProblem) in
      try CacheFormat.Header.decode(bytes).size
    }
    let payload = Array(original[headerSize...])
    var generator = Generator(state: 20_261_124)
    var refused = 0
    for round in 0..<120 {
      var damaged = payload
      switch round % 4 {
      case 0:  // a few bytes changed anywhere
        for _ in 0..<(1 + generator.below(4)) {
          damaged[generator.below(damaged.count)] = UInt8(truncatingIfNeeded: generator.next())
        }
      case 1:  // cut short
        damaged.removeLast(1 + generator.below(damaged.count - 1))
      case 2:  // a run of bytes set to 0xFF (huge numbers)
        let start = generator.below(damaged.count)
        for index in start..<min(damaged.count, start + 1 + generator.below(12)) {
          damaged[index] = 0xFF
        }
      default:  // random bytes throughout
        damaged = (0..<damaged.count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      }
      writeFile(path, try resealed(original, payload: damaged))
      let load = try Load(corpus, cache: cache)
      if load.origin == .build {
        refused += 1
        #expect(load.lines.contains("not used: malformed"), "round \(round)")
      } else {
        let documents = load.knowledge.corpus.documents
        for entity in load.knowledge.entities {
          for mention in entity.mentions {
            #expect(mention.documentID < documents.count)
            #expect(mention.byteRange.upperBound <= documents[mention.documentID].text.bytes.count)
          }
        }
      }
      writeFile(path, original)
    }
    // Cutting the payload short or filling it with noise is always refused.
    #expect(refused >= 60)
  }

  @Test func anyPayloadThatIsNotAnIndexIsMalformed() {
    var generator = Generator(state: 7)
    for size in [0, 1, 7, 8, 9, 16, 100, 4096] {
      let noise = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      let file = Array(repeating: 0, count: 64) + noise
      do {
        let decoder = try IndexDecoder(file: file, payloadStart: 64)
        _ = try decoder.files()
        _ = try decoder.entities()
        Issue.record("\(size) bytes of noise read as an index")
      } catch {
        guard case .malformed = error else {
          Issue.record("\(error) for \(size) bytes of noise")
          continue
        }
      }
    }
  }
}
