import Corpus

/// A corpus document's tokens, and which tokens each sentence holds.
///
/// A class: every reader of a sentence holds the document, and a reference is one retain where
/// a copy of the document's many arrays would be one each.
final class TokenizedDocument {
  let document: CorpusDocument
  let tokens: [Token]
  /// For each of `document.sentences`, the indices of its tokens.
  let sentenceTokens: [Range<Int>]
  /// For each block, whether it is story to read names from (see `isStory`).
  let storyBlocks: [Bool]

  init(_ document: CorpusDocument) {
    self.document = document
    let bytes = document.text.bytes
    // Each token's lists are looked up as it is cut, so the tokens are written once, not read
    // and written again in a second pass.
    let lexicon = LexiconKeys.flagTable
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5)
    bytes.withUnsafeBufferPointer { buffer in
      Tokenizer.forEachToken(buffer, range: 0..<buffer.count) { token in
        var token = token
        token.lexicon = lexicon.flags(of: token.key)
        tokens.append(token)
      }
    }
    self.tokens = tokens
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(document.sentences.count)
    var cursor = 0
    for sentence in document.sentences {
      while cursor < tokens.count
        && tokens[cursor].byteRange.lowerBound < sentence.byteRange.lowerBound
      {
        cursor += 1
      }
      var end = cursor
      while end < tokens.count && tokens[end].byteRange.lowerBound < sentence.byteRange.upperBound {
        end += 1
      }
      ranges.append(cursor..<end)
      cursor = end
    }
    sentenceTokens = ranges
    storyBlocks = document.blocks.map { block in
      block.kind == .body && !Self.isListOfLines(document, block.byteRange)
    }
  }

  /// Two or more short lines, none ending a sentence: a list of links or headlines that the
  /// page reader left in the body ("Boca Juniors confirm Cavani …" under "Related stories").
  static func isListOfLines(_ document: CorpusDocument, _ range: Range<Int>) -> Bool {
    let lineIndex = document.text.lineIndex
    let first = lineIndex.line(containing: range.lowerBound)
    let last = lineIndex.line(containing: max(range.lowerBound, range.upperBound - 1))
    guard last > first else { return false }
    return document.text.bytes.withUnsafeBufferPointer { buffer in
      for line in first...last {
        let content = lineIndex.contentRange(ofLine: line, in: buffer)
        var end = content.upperBound
        while end > content.lowerBound && (buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09) {
          end -= 1
        }
        guard end > content.lowerBound else { continue }
        if end - content.lowerBound > 120 { return false }
        let lastByte = buffer[end - 1]
        // ".", "!", "?", a closing quotation mark (” is E2 80 9D), or ")" end sentences.
        if lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F || lastByte == 0x22
          || lastByte == 0x29 || lastByte == 0x9D
        {
          return false
        }
      }
      return true
    }
  }

  /// True when sentence `index` belongs to the story (a body block).
  func isBody(sentence index: Int) -> Bool {
    guard index < document.sentences.count else { return false }
    let blockIndex = document.sentences[index].blockIndex
    guard blockIndex >= 0, blockIndex < document.blocks.count else { return false }
    return document.blocks[blockIndex].kind == .body
  }

  /// True when sentence `index` is story to read names from: a body block that is not a bare
  /// list of lines.
  func isStory(sentence index: Int) -> Bool {
    guard index < document.sentences.count else { return false }
    let blockIndex = document.sentences[index].blockIndex
    guard blockIndex >= 0, blockIndex < storyBlocks.count else { return false }
    return storyBlocks[blockIndex]
  }

  func text(_ range: Range<Int>) -> String { document.text[range] }

  func text(ofToken index: Int) -> String { document.text[tokens[index].byteRange] }

  /// The folded form of a token ("Japan’s" → "japan").
  func folded(_ index: Int) -> String {
    var output: [UInt8] = []
    document.text.bytes.withUnsafeBufferPointer {
      NameKey.folded($0, tokens[index].byteRange, into: &output)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the folded form of a name made of tokens `range`: folded words joined by single
  /// spaces, a hyphen as the word "-" ("u.s. - japan security treaty"), except before the
  /// lower-case syllable of a romanized name, which it joins into one word ("kim jong-un"):
  /// the two syllables are one given name.
  func appendFoldedName(_ range: Range<Int>, to output: inout [UInt8]) {
    document.text.bytes.withUnsafeBufferPointer { buffer in
      for index in range {
        let joinsSyllable = isSyllableHyphen(index) || (index > 0 && isSyllableHyphen(index - 1))
        if index > range.lowerBound && !joinsSyllable { output.append(0x20) }
        if isHyphen(index) {
          output.append(0x2D)
        } else {
          NameKey.folded(buffer, tokens[index].byteRange, into: &output)
        }
      }
    }
  }

  /// The folded form of a name made of tokens `range` (see `appendFoldedName`).
  func foldedName(_ range: Range<Int>) -> String {
    var output: [UInt8] = []
    appendFoldedName(range, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The display text of tokens `range`, joined by single spaces except around hyphens.
  func surface(_ range: Range<Int>) -> String {
    var text = ""
    for index in range {
      let token = tokens[index]
      if index > range.lowerBound && token.spaceBefore && !isHyphen(index - 1) {
        text += " "
      }
      text += self.text(ofToken: index)
    }
    return text
  }

  /// True when the lower-case word at `index` follows a capitalised word and a tight hyphen
  /// and is a syllable of that name ("un" of "Jong-un"; not "based" of "Japan-based"), or
  /// when it is the capitalised second syllable of a romanized given name after a family name
  /// ("Min" of "Kwon Tae-Min", `isCapitalizedSyllable`).
  func isNameSyllable(_ index: Int) -> Bool {
    guard index >= 2, index < tokens.count, isHyphen(index - 1),
      !tokens[index].spaceBefore, !tokens[index - 1].spaceBefore,
      tokens[index - 2].isCapitalized
    else { return false }
    if tokens[index].letterCase == .capitalized { return isCapitalizedSyllable(index) }
    guard tokens[index].isLowerWord else { return false }
    return HyphenatedNames.isNameSyllable(folded(index))
  }

  /// "Kwon Tae-Min", "Seo Ji-Hoon": some romanizations capitalise both syllables of a
  /// Korean given name. The shape is narrow so that English compounds ("Rolls-Royce", "Sea-Air"
  /// of a museum), double surnames ("Bonham-Carter") and pairs of places ("the Peru-Chile
  /// border") stay as they are: a short family name, a space, then two short syllables joined
  /// by a hyphen, and no hyphen after; no function word, no country.
  private func isCapitalizedSyllable(_ index: Int) -> Bool {
    let maximumLetters = 5
    guard index >= 3, tokens[index - 2].letterCase == .capitalized,
      tokens[index - 3].letterCase == .capitalized, tokens[index - 2].spaceBefore,
      !isHyphen(index + 1)
    else { return false }
    for word in [index - 3, index - 2, index] {
      let range = tokens[word].byteRange
      // "The Peru-Chile border": function words and countries are no syllables of a name.
      guard range.count >= 2, range.count <= maximumLetters, tokens[word].kind == .word,
        !tokens[word].isIn(.closedClass), !tokens[word].isIn(.countryName)
      else { return false }
      let isLetters = document.text.bytes[range].allSatisfy { byte in
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      }
      guard isLetters else { return false }
    }
    return index - 4 < 0 || !isHyphen(index - 4)
  }

  /// A hyphen that joins the syllables of a romanized name (`isNameSyllable`).
  private func isSyllableHyphen(_ index: Int) -> Bool {
    isHyphen(index) && isNameSyllable(index + 1)
  }

  /// The script of the word at `index`, nil for Latin or a mark.
  func script(_ index: Int) -> Script? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word,
      tokens[index].firstScalar >= 0x0370
    else { return nil }
    return document.text.bytes.withUnsafeBufferPointer { Script.of($0, tokens[index].byteRange) }
  }

  /// True when the word at `index` is in a script without case (Han, Hangul, Arabic, …).
  func isCaselessScript(_ index: Int) -> Bool { script(index)?.isCaseless == true }

  func isHyphen(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
      && Scalars.isHyphen(tokens[index].firstScalar)
  }

  /// True when the token is the punctuation mark `scalar`.
  func isMark(_ index: Int, _ scalar: UInt32) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
      && tokens[index].firstScalar == scalar
  }

  func isOpeningQuote(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
    let mark = tokens[index].firstScalar
    return mark == 0x201C || mark == 0x00AB || mark == 0x2018
      || (mark == 0x22 && (index + 1 < tokens.count && !tokens[index + 1].spaceBefore))
  }
}
