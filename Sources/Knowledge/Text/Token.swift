/// One word, number or punctuation mark of a text, as byte offsets into it.
struct Token: Sendable, Hashable {
  enum Kind: UInt8, Sendable {
    case word, number, punctuation
  }

  /// How a word is capitalised; names need capitals, and all-capital words are acronyms or
  /// shouting.
  enum LetterCase: UInt8, Sendable {
    /// Every letter lower case ("islands").
    case lower
    /// First letter upper case, not all upper ("Kuril", "McDonald", "I").
    case capitalized
    /// Two or more letters, all upper case ("ASEAN", "U.S.", "TOKYO").
    case upper
    /// No letters, a lower-case first letter with capitals later ("20th", "iPhone"), or a
    /// script without case ("황해", "藏南", "شط").
    case other
  }

  /// The token's bytes; for a possessive word, without the "’s" or trailing "’".
  var byteRange: Range<Int>
  var kind: Kind
  var letterCase: LetterCase
  /// True when "’s" (or a lone "’" after a final s) followed the word.
  var isPossessive: Bool
  /// True when whitespace separates this token from the one before.
  var spaceBefore: Bool
  /// True when that whitespace holds a line break.
  var newlineBefore: Bool
  /// The first scalar of the token (for punctuation: the mark itself).
  var firstScalar: UInt32
  /// Hash of the folded form (see `NameKey`): equal for "Japan", "JAPAN" and "japan".
  var key: UInt64
  /// The word lists the key is in; set for a document's tokens (`TokenizedDocument`), empty
  /// elsewhere.
  var lexicon: LexiconFlags = []

  @inline(__always) var isWord: Bool { kind == .word }
  @inline(__always) var isCapitalized: Bool {
    kind == .word && (letterCase == .capitalized || letterCase == .upper)
  }
  @inline(__always) var isLowerWord: Bool { kind == .word && letterCase == .lower }
  @inline(__always) var isPunctuation: Bool { kind == .punctuation }

  /// True when the token's key is in one of the lists `flags`.
  @inline(__always) func isIn(_ flags: LexiconFlags) -> Bool { !lexicon.isDisjoint(with: flags) }
}
