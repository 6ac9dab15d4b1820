import Corpus
import Knowledge

/// Capitalised words that are a letter or two away from a known name and are not names
/// themselves ("Lavrof" → "Lavrov").
///
/// Ordinary words are left alone: only capitalised words of five letters or more, not written
/// in capitals, not a word the corpus uses in lower case, not a word any name has, and not a
/// name plus an ending ("Korean" beside "Korea", "Kurils" beside "Kuril").
enum NameSpellingCheck {
  static let minimumLetters = 5
  /// At most this many suggestions per word.
  static let suggestionLimit = 3

  static func findings(
    in document: AnalyzedDocument, names: NameWordIndex, touching range: Range<Int>
  ) -> [Finding] {
    guard !names.isEmpty else { return [] }
    let bytes = document.text.bytes
    var findings: [Finding] = []
    // Keyed by the word's bytes: most capitalised words repeat, and a hit costs no string.
    var verdicts: [ArraySlice<UInt8>: [SpellingSuggestion]] = [:]
    // From the start of the word the range starts in, to the end of the one it ends in.
    let start =
      DraftText.word(at: range.lowerBound, in: bytes)?.byteRange.lowerBound ?? range.lowerBound
    let end =
      DraftText.word(at: range.upperBound, in: bytes)?.byteRange.upperBound ?? range.upperBound
    var nextMatch = 0
    DraftText.forEachWord(in: bytes, range: start..<max(start, end)) { word in
      guard word.isCapitalised, !word.isAllCaps, word.letterCount >= minimumLetters else {
        return
      }
      // Words inside a name the matcher found are that name.
      let matches = document.matches
      while nextMatch < matches.count,
        matches[nextMatch].byteRange.upperBound <= word.byteRange.lowerBound
      {
        nextMatch += 1
      }
      if nextMatch < matches.count,
        matches[nextMatch].byteRange.lowerBound < word.byteRange.upperBound
      {
        return
      }
      let raw = bytes[word.byteRange]
      let suggestions: [SpellingSuggestion]
      if let known = verdicts[raw] {
        suggestions = known
      } else {
        let folded = DraftText.fold(String(decoding: raw, as: UTF8.self))
        suggestions = names.suggestions(for: folded, limit: suggestionLimit)
        verdicts[raw] = suggestions
      }
      if !suggestions.isEmpty {
        findings.append(
          Finding(byteRange: word.byteRange, kind: .nameSpelling(suggestions: suggestions)))
      }
    }
    return findings
  }
}
