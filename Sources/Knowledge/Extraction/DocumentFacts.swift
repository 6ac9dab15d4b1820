/// What one document says, read without looking at any other document: name candidates,
/// alias statements, parts, quotations and the words it uses. Built in parallel, one document
/// per task, then merged once (see `EntityBuilder`).
struct DocumentFacts: Sendable {
  let documentID: Int
  var candidates: [NameCandidate] = []
  var aliasStatements: [AliasStatement] = []
  var partStatements: [PartStatement] = []
  var quotations: [QuotationFact] = []
  /// Keys of words seen in lower case: such a word at the start of a sentence is not a name.
  var lowercaseKeys = KeySet()
  /// Keys of words seen capitalised inside a sentence of the story.
  var capitalizedKeys = KeySet()
  /// Keys of words seen capitalised but not all in capitals ("Tokyo", against "TOKYO").
  var mixedCaseKeys = KeySet()

  /// Drops the word sets once the corpus's vocabulary holds them.
  mutating func releaseWords() {
    lowercaseKeys = KeySet()
    capitalizedKeys = KeySet()
    mixedCaseKeys = KeySet()
  }
}

/// Cues from a name's context that tell its kind.
struct KindCues: OptionSet, Sendable, Hashable {
  let rawValue: UInt16
  /// A title or honorific before it, or a role noun ("counterpart X").
  static let personStrong = KindCues(rawValue: 1 << 0)
  /// A verb of speech next to it ("X said"), ", who".
  static let speaker = KindCues(rawValue: 1 << 1)
  /// A preposition of place before it ("in X").
  static let placePreposition = KindCues(rawValue: 1 << 2)
  /// An alias statement names it as what a side calls a place.
  static let statedName = KindCues(rawValue: 1 << 3)
  /// A possessive ("X’s").
  static let possessive = KindCues(rawValue: 1 << 4)
  /// Named as a part of a place.
  static let partOfPlace = KindCues(rawValue: 1 << 5)
  /// Used as who-uses-a-name ("in Japan", "by Russia").
  static let side = KindCues(rawValue: 1 << 6)
  /// After a country's possessive ("Russia’s Sakhalin").
  static let ownedByCountry = KindCues(rawValue: 1 << 7)
  /// Followed by a lower-case place noun ("Tierra del Fuego province", "Habomai islet group").
  static let headAfter = KindCues(rawValue: 1 << 8)
  /// Cited as a source ("according to X", "X reported"): an outlet or an institution when it is
  /// not a person.
  static let source = KindCues(rawValue: 1 << 9)
}

/// A capitalised phrase of the story that may name an entity.
///
/// A corpus holds very many candidates, so positions are stored in 32 bits and the spelling
/// as written (`surface`) only while its sentence is read: grouping reads it again from the
/// document's text.
struct NameCandidate: Sendable {
  private let document32: Int32
  private let sentence32: Int32
  private let start32: Int32
  private let end32: Int32
  private let secondWord32: Int32
  /// The name as written, words joined by single spaces ("Southern Kuril Islands"); empty once
  /// the candidate is stored in `DocumentFacts`.
  var surface: String
  /// Folded words joined by single spaces, a hyphen as the word "-"
  /// ("u.s. - japan security treaty"): the key the corpus's candidates are interned by.
  /// Emptied once grouping has interned it (`Grouping.names`).
  var folded: String
  /// The first word opens a sentence or a line, so its capital proves nothing.
  let isSentenceInitial: Bool
  /// Words of an all-capital token that may be an acronym or shouting ("TOKYO").
  let hasUpperWord: Bool
  var cues: KindCues
  /// A person's title ("Foreign Minister"), when the text gives one.
  var role: String?
  /// A person's demonym ("Russian"), when the text gives one.
  var nationality: String?

  init(
    documentID: Int, sentenceIndex: Int, byteRange: Range<Int>, surface: String, folded: String,
    secondWordStart: Int, isSentenceInitial: Bool, cues: KindCues, role: String?,
    nationality: String?, hasUpperWord: Bool
  ) {
    document32 = Int32(clamping: documentID)
    sentence32 = Int32(clamping: sentenceIndex)
    start32 = Int32(clamping: byteRange.lowerBound)
    end32 = Int32(clamping: byteRange.upperBound)
    secondWord32 = Int32(clamping: secondWordStart)
    self.surface = surface
    self.folded = folded
    self.isSentenceInitial = isSentenceInitial
    self.cues = cues
    self.role = role
    self.nationality = nationality
    self.hasUpperWord = hasUpperWord
  }

  var documentID: Int { Int(document32) }
  var sentenceIndex: Int { Int(sentence32) }
  var byteRange: Range<Int> { Int(start32)..<max(Int(start32), Int(end32)) }
  /// Byte offset of the second word in the document (the end of the name for one word).
  var secondWordStart: Int { Int(secondWord32) }

  /// The folded words ("u.s.", "-", "japan", "security", "treaty").
  var words: [String] { folded.split(separator: " ").map(String.init) }
  var wordCount: Int { folded.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) } }
  var lastWord: Substring { folded.split(separator: " ").last ?? "" }
  /// Known to be a person (title, honorific, role noun).
  var isPerson: Bool { cues.contains(.personStrong) }
}

/// A name as an alias statement gives it, with who uses it.
struct StatedName: Sendable, Hashable {
  let surface: String
  let byteRange: Range<Int>
  let usedBy: [String]
  /// The name's candidate: its index among the sentence's names while a sentence is read,
  /// then among the document's candidates (`DocumentFacts.candidates`).
  var candidate: Int

  func shifted(by base: Int) -> StatedName {
    StatedName(surface: surface, byteRange: byteRange, usedBy: usedBy, candidate: candidate + base)
  }
}

/// A sentence that says several names name one thing ("called X in A and Y in B").
struct AliasStatement: Sendable {
  let documentID: Int
  let sentenceIndex: Int
  var names: [StatedName]
  /// The common noun the names stand for ("islands" of "the islands, called …").
  let antecedentNoun: String?
  /// Names listed just before the statement ("A, B, C and D, collectively referred to as …"):
  /// parts of what the statement names.
  let listedParts: [StatedName]
  /// The statement renames "it" or "them": what the sentence's previous statement named.
  var continuesPrevious = false

  func shifted(by base: Int) -> AliasStatement {
    var copy = AliasStatement(
      documentID: documentID, sentenceIndex: sentenceIndex,
      names: names.map { $0.shifted(by: base) }, antecedentNoun: antecedentNoun,
      listedParts: listedParts.map { $0.shifted(by: base) })
    copy.continuesPrevious = continuesPrevious
    return copy
  }
}

/// What a part statement's whole is.
enum WholeReference: Sendable {
  /// A name in the sentence ("X consists of A and B").
  case name(StatedName)
  /// "the four islands": the entity of this document's latest alias statement for that noun.
  case antecedent(noun: String)
}

/// A sentence that names the parts or members of something.
struct PartStatement: Sendable {
  let documentID: Int
  let sentenceIndex: Int
  let whole: WholeReference
  let parts: [StatedName]
  let isMembership: Bool

  func shifted(by base: Int) -> PartStatement {
    let shiftedWhole: WholeReference
    switch whole {
    case .name(let name): shiftedWhole = .name(name.shifted(by: base))
    case .antecedent: shiftedWhole = whole
    }
    return PartStatement(
      documentID: documentID, sentenceIndex: sentenceIndex, whole: shiftedWhole,
      parts: parts.map { $0.shifted(by: base) }, isMembership: isMembership)
  }
}

/// Who a quotation's attribution points to, resolved once mentions are known.
enum SpeakerReference: Sendable, Hashable {
  /// A name in the attribution ("Lavrov said").
  case name(byteRange: Range<Int>)
  /// "he said": the latest person named before `byteOffset`.
  case pronoun(byteOffset: Int)
  /// "the minister added": the latest person before `byteOffset` whose role holds one of the
  /// words, or whose nationality is the demonym.
  case description(words: [String], nationality: String?, byteOffset: Int)
  /// "X said at … by saying: “…”": the first person named in `byteRange`; with
  /// `orPrevious`, the latest person before it when the range names none ("He indicated …").
  case subject(byteRange: Range<Int>, orPrevious: Bool)
}

/// A quotation and its attribution.
struct QuotationFact: Sendable {
  let documentID: Int
  let sentenceIndex: Int
  /// The quoted words without the marks.
  let byteRange: Range<Int>
  /// Readings of the attribution, best first; the first that names a person wins.
  let speakers: [SpeakerReference]
}
