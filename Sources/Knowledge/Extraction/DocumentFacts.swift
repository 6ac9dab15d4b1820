/// What one document says, read without looking at any other document: name candidates,
/// alias statements, parts and quotations. Built in parallel (see `DocumentExtractor`), then
/// merged once (see `EntityGrouper`).
struct DocumentFacts: Sendable {
  let documentID: Int
  /// The extraction worker whose tables number this document's names and labels
  /// (`ExtractionTables`), until grouping renumbers them for the whole corpus.
  var worker: Int = 0
  var candidates: [NameCandidate] = []
  var aliasStatements: [AliasStatement] = []
  var partStatements: [PartStatement] = []
  var quotations: [QuotationFact] = []
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
  /// Words of business around it ("Twitter users", "co-founder of Google", "shares in X").
  static let organization = KindCues(rawValue: 1 << 10)
  /// Written in a script without case, in parentheses after a name ("(황해)").
  static let nativeScript = KindCues(rawValue: 1 << 12)
  /// In capitals at the start of a line, before a comma, a date, "(" or a dash: a dateline
  /// ("OSLO, March 2 (Wire) -"), whose capitals are the wire's style.
  static let dateline = KindCues(rawValue: 1 << 11)
  /// Right after "the", with no title between ("the Copper Lanterns", "the Danish Blue
  /// Cross"): English puts no article before a person's name.
  static let afterArticle = KindCues(rawValue: 1 << 13)
  /// A place noun names it: before it with "of" ("the town of Yeoncheon"), or as the head
  /// of its apposition ("Garvik, a town in the north").
  static let placeNoun = KindCues(rawValue: 1 << 14)
}

/// A capitalised phrase of the story that may name an entity.
///
/// A corpus holds millions of candidates, so each is 36 bytes of plain values: positions in 32
/// bits, and its name, role and nationality as numbers in intern tables (`InternTable`), never
/// a `String` per occurrence.
struct NameCandidate: Sendable {
  private let document32: Int32
  private let sentence32: Int32
  private let start32: Int32
  private let end32: Int32
  private let secondWord32: Int32
  /// The folded name ("u.s. - japan security treaty": folded words joined by single spaces, a
  /// hyphen as the word "-"): its number in the extraction worker's table, then in
  /// `Grouping.names`.
  var name: Int32
  /// A person's title ("Foreign Minister") and demonym ("Russian") when the text gives them:
  /// numbers in the label table (the worker's, then `Grouping.labels`), -1 for none.
  var role: Int32
  var nationality: Int32
  var cues: KindCues
  /// The first word opens a sentence or a line, so its capital proves nothing.
  let isSentenceInitial: Bool
  /// Words of an all-capital token that may be an acronym or shouting ("TOKYO").
  let hasUpperWord: Bool

  init(
    documentID: Int, sentenceIndex: Int, byteRange: Range<Int>, name: Int32,
    secondWordStart: Int, isSentenceInitial: Bool, cues: KindCues, role: Int32,
    nationality: Int32, hasUpperWord: Bool
  ) {
    document32 = Int32(clamping: documentID)
    sentence32 = Int32(clamping: sentenceIndex)
    start32 = Int32(clamping: byteRange.lowerBound)
    end32 = Int32(clamping: byteRange.upperBound)
    secondWord32 = Int32(clamping: secondWordStart)
    self.name = name
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
  var hasRole: Bool { role >= 0 }
  /// Known to be a person (title, honorific, role noun).
  var isPerson: Bool { cues.contains(.personStrong) }

  /// The same candidate with another name over another range (a leading word cut off).
  func renamed(_ name: Int32, byteRange: Range<Int>) -> NameCandidate {
    NameCandidate(
      documentID: documentID, sentenceIndex: sentenceIndex, byteRange: byteRange, name: name,
      secondWordStart: byteRange.upperBound, isSentenceInitial: isSentenceInitial, cues: cues,
      role: role, nationality: nationality, hasUpperWord: hasUpperWord)
  }
}

/// A name as an alias statement gives it, with who uses it.
struct StatedName: Sendable, Hashable {
  let surface: String
  let byteRange: Range<Int>
  let usedBy: [String]
  /// The language the statement gives the name in ("Korean: 황해"), or its script's.
  var language: String? = nil
  /// The name's candidate: its index among the sentence's names while a sentence is read,
  /// then among the document's candidates (`DocumentFacts.candidates`).
  var candidate: Int

  func shifted(by base: Int) -> StatedName {
    StatedName(
      surface: surface, byteRange: byteRange, usedBy: usedBy, language: language,
      candidate: candidate + base)
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
