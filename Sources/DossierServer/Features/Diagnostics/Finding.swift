import Knowledge

/// Something the writing checks found in a document, with what a fix needs: diagnostics
/// describe findings, code actions repair them.
struct Finding {
  enum Kind {
    /// A quotation no source sentence contains. `nearest` is the closest source sentence, if
    /// any shares enough words; `sourceWording` the exact words to quote instead, when it is a
    /// near match.
    case misquotation(nearest: QuoteMatch?, sourceWording: String?)
    /// A capitalised word a letter or two away from known names, best first.
    case nameSpelling(suggestions: [SpellingSuggestion])
    /// A name one side uses, in a document that also uses another side's name for the same
    /// thing (`otherName` at `otherRange`) without saying they are the same.
    case mixedNames(entityID: Int, side: Alias, otherName: Alias, otherRange: Range<Int>)
  }

  let byteRange: Range<Int>
  let kind: Kind

  /// The diagnostic `code`.
  var code: String {
    switch kind {
    case .misquotation: return "misquotation"
    case .nameSpelling: return "name-spelling"
    case .mixedNames: return "mixed-names"
    }
  }
}

struct SpellingSuggestion: Hashable {
  /// The word as the name spells it ("Lavrov").
  let word: String
  /// The entity whose name has it.
  let entityID: Int
  /// The full name, for the message ("Sergei Lavrov").
  let name: String
  let distance: Int
}
