import Testing

@testable import Corpus

/// The loader's one-pass check of a file's bytes decides what the standard library would.
@Suite struct TextDecodingTests {
  /// Random byte strings, most of them near UTF-8 (lead bytes, continuations, ASCII, controls),
  /// so every rule of table 3-7 is met both kept and broken.
  @Test func oneFileCheckAgreesWithTheStandardLibraryOnUTF8() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let interesting: [UInt8] = [
      0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
      0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
      0xF5, 0xFF,
    ]
    var disagreements: [[UInt8]] = []
    var validSeen = 0
    for _ in 0..<20_000 {
      let length = Int(next() % 24)
      let bytes = (0..<length).map { _ in
        next() % 3 == 0
          ? UInt8(truncatingIfNeeded: next()) : interesting[Int(next()) % interesting.count]
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let found = bytes.withUnsafeBufferPointer { TextDecoding.survey($0).isValidUTF8 }
      if expected { validSeen += 1 }
      if found != expected { disagreements.append(bytes) }
    }
    #expect(disagreements.isEmpty, "first: \(disagreements.prefix(3))")
    #expect(validSeen > 100)
  }

  @Test func everyWellFormedScalarIsValidAndEverySurrogateIsNot() {
    for value in stride(from: 0x80, through: 0x10FFFF, by: 7) {
      guard let scalar = Unicode.Scalar(UInt32(value)) else {
        // A surrogate, written as UTF-8 would write it if it could (three bytes, ED A0–BF).
        let bytes: [UInt8] = [
          0xE0 | UInt8(value >> 12), 0x80 | UInt8((value >> 6) & 0x3F), 0x80 | UInt8(value & 0x3F),
        ]
        #expect(!bytes.withUnsafeBufferPointer { TextDecoding.survey($0).isValidUTF8 })
        continue
      }
      let bytes = Array(String(Character(scalar)).utf8) + Array("tail".utf8)
      #expect(bytes.withUnsafeBufferPointer { TextDecoding.survey($0).isValidUTF8 })
    }
  }

  @Test func controlCharactersCountOnlyInTheFirstEightKibibytes() {
    let late = [UInt8](repeating: 0x61, count: 8192) + [UInt8](repeating: 0x01, count: 5000)
    #expect(late.withUnsafeBufferPointer { TextDecoding.survey($0).controlCount } == 0)
    guard case .success = TextDecoding.decode(late) else {
      Issue.record("control characters after 8 KiB made a text file binary")
      return
    }
    let early = [UInt8](repeating: 0x01, count: 900) + [UInt8](repeating: 0x61, count: 8000)
    guard case .failure(let problem) = TextDecoding.decode(early) else {
      Issue.record("a file opening with 900 control characters was read as text")
      return
    }
    #expect(problem.description == "binary (mostly control characters)")
  }

  @Test func nulAmongWhitespaceIsBinaryNotEmpty() {
    guard case .failure(let problem) = TextDecoding.decode([0x20, 0x00, 0x0A]) else {
      Issue.record("a NUL byte was read as text")
      return
    }
    #expect(problem.description == "binary (contains NUL bytes)")
  }
}
