/// The folded form of names used for matching, merging and lookup: lower case, Latin accents
/// removed, every apostrophe "'", words separated by single spaces. "Fernández" and
/// "FERNANDEZ" have one key; display text keeps its own spelling.
enum NameKey {
  /// FNV-1a over bytes.
  @inline(__always)
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    return value
  }

  /// The folded bytes of `range`.
  static func folded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into output: inout [UInt8]
  ) {
    var offset = range.lowerBound
    while offset < range.upperBound {
      let (value, width) = Scalars.decode(bytes, at: offset)
      Scalars.appendFolded(value, to: &output)
      offset += width
    }
  }

  /// The folded form of a whole string, tokenized as the matcher tokenizes text, with tokens
  /// joined by single spaces (hyphens tight) and possessive endings dropped
  /// ("Japan’s  Foreign" → "japan foreign", "Asia-Pacific" → "asia-pacific").
  static func normalize(_ text: String) -> String {
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { mutable in
      let buffer = UnsafeBufferPointer(mutable)
      let tokens = Tokenizer.tokenize(buffer, range: 0..<buffer.count)
      var output: [UInt8] = []
      var previousWasHyphen = false
      for token in tokens {
        let isHyphen = token.kind == .punctuation && Scalars.isHyphen(token.firstScalar)
        if !output.isEmpty && !isHyphen && !previousWasHyphen { output.append(0x20) }
        folded(buffer, token.byteRange, into: &output)
        previousWasHyphen = isHyphen
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// A space-joined folded name with its hyphens tight ("u.s. - japan" → "u.s.-japan").
  static func tight(_ folded: String) -> String {
    guard folded.utf8.contains(0x2D) else { return folded }
    var output: [UInt8] = []
    let bytes = Array(folded.utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x20, index + 2 < bytes.count, bytes[index + 1] == 0x2D,
        bytes[index + 2] == 0x20
      {
        output.append(0x2D)
        index += 3
        continue
      }
      output.append(bytes[index])
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The folded form of each token of `text`.
  static func tokens(_ text: String) -> [String] {
    let utf8 = Array(text.utf8)
    return utf8.withUnsafeBufferPointer { buffer in
      Tokenizer.tokenize(buffer, range: 0..<buffer.count).map { token in
        var output: [UInt8] = []
        folded(buffer, token.byteRange, into: &output)
        return String(decoding: output, as: UTF8.self)
      }
    }
  }
}
