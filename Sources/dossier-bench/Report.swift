/// The analyst's report the benchmark opens: text taken from the corpus, so that it mentions
/// what the corpus mentions, and the positions of those mentions.
struct Report {
  /// A capitalised word in the middle of a sentence: a proper noun, most likely.
  struct Mention {
    let line: Int
    /// Start of the word, in UTF-16 code units (the position encoding the benchmark asks for).
    let utf16Column: Int
    let utf16Length: Int
    let word: String
  }

  let text: String
  let mentions: [Mention]

  /// Lines of the sample files long enough to be story text, until `targetBytes`.
  /// Repeats the sample when the corpus is smaller than the target.
  init(from files: [String], targetBytes: Int) {
    var lines: [Substring] = []
    for path in files {
      let text = CorpusFiles.text(of: path)
      lines.append(contentsOf: text.split(separator: "\n").filter { $0.utf8.count >= 60 })
    }
    var text = ""
    var bytes = 0
    if !lines.isEmpty {
      var index = 0
      while bytes < targetBytes {
        let line = lines[index % lines.count]
        text += line
        text += index % 4 == 3 ? "\n\n" : "\n"
        bytes += line.utf8.count + 1
        index += 1
      }
    }
    self.text = text
    self.mentions = Self.mentions(in: text)
  }

  /// Capitalised words of three letters or more that follow a lower-case word or a comma on
  /// the same line (so not the first word of a sentence).
  static func mentions(in text: String) -> [Mention] {
    var mentions: [Mention] = []
    for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var column = 0
      var wordStart = -1
      var word = ""
      var previousWordEnd: Unicode.Scalar?
      var afterPrevious: Unicode.Scalar?
      func finishWord() {
        guard wordStart >= 0 else { return }
        if let first = word.unicodeScalars.first, first.properties.isUppercase,
          first.isASCII, word.unicodeScalars.count >= 3,
          previousWordEnd?.properties.isLowercase == true || afterPrevious == ","
        {
          mentions.append(
            Mention(
              line: lineNumber, utf16Column: wordStart, utf16Length: column - wordStart,
              word: word))
        }
        previousWordEnd = word.unicodeScalars.last
        afterPrevious = nil
        wordStart = -1
        word = ""
      }
      for scalar in line.unicodeScalars {
        if scalar.properties.isAlphabetic {
          if wordStart < 0 { wordStart = column }
          word.unicodeScalars.append(scalar)
        } else {
          finishWord()
          if scalar != " " { afterPrevious = scalar }
          if scalar != " " && scalar != "," { previousWordEnd = nil }
        }
        column += scalar.utf16.count
      }
      finishWord()
    }
    return mentions
  }
}
