/// The word lists a token's key is in (`Token.lexicon`), looked up once per token when a
/// document is tokenized: the readers of names and statements then ask a list of a token with a
/// bit test, not a hash lookup.
struct LexiconFlags: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  static let function = LexiconFlags(rawValue: 1 << 0)
  static let closedClass = LexiconFlags(rawValue: 1 << 1)
  static let compass = LexiconFlags(rawValue: 1 << 2)
  static let neverName = LexiconFlags(rawValue: 1 << 3)
  static let monthOrDay = LexiconFlags(rawValue: 1 << 4)
  static let titleHead = LexiconFlags(rawValue: 1 << 5)
  static let titleModifier = LexiconFlags(rawValue: 1 << 6)
  static let honorific = LexiconFlags(rawValue: 1 << 7)
  static let roleNoun = LexiconFlags(rawValue: 1 << 8)
  static let speechVerb = LexiconFlags(rawValue: 1 << 9)
  static let nameParticle = LexiconFlags(rawValue: 1 << 10)
  static let demonym = LexiconFlags(rawValue: 1 << 11)
  static let demonymFirstWord = LexiconFlags(rawValue: 1 << 12)
  static let countryName = LexiconFlags(rawValue: 1 << 13)
  static let placeHead = LexiconFlags(rawValue: 1 << 14)
  static let organizationHead = LexiconFlags(rawValue: 1 << 15)
  static let agreementHead = LexiconFlags(rawValue: 1 << 16)
  static let eventHead = LexiconFlags(rawValue: 1 << 17)
  static let anyHead = LexiconFlags(rawValue: 1 << 18)
  static let connectingHead = LexiconFlags(rawValue: 1 << 19)
  static let onHead = LexiconFlags(rawValue: 1 << 20)
  static let forHead = LexiconFlags(rawValue: 1 << 21)
  static let placePreposition = LexiconFlags(rawValue: 1 << 22)
  static let namingVerb = LexiconFlags(rawValue: 1 << 23)
  static let aliasAdverb = LexiconFlags(rawValue: 1 << 24)
  static let pronoun = LexiconFlags(rawValue: 1 << 25)
  static let reportingVerb = LexiconFlags(rawValue: 1 << 26)
  static let groupNoun = LexiconFlags(rawValue: 1 << 27)
  static let memberGroupNoun = LexiconFlags(rawValue: 1 << 28)
  static let compositionVerb = LexiconFlags(rawValue: 1 << 29)
  /// A word or mark an alias statement turns on ("called", "known", "(", …).
  static let aliasTrigger = LexiconFlags(rawValue: 1 << 30)
  /// "and", "while", "but", "whereas", "or": what joins the two halves of an alias statement.
  static let conjunction = LexiconFlags(rawValue: 1 << 31)
  /// "knows", "names": "as Argentina knows it".
  static let knowingVerb = LexiconFlags(rawValue: 1 << 32)
  /// Nouns that, after a name, say an institution bears it ("Twitter users").
  static let organizationAfter = LexiconFlags(rawValue: 1 << 33)
  /// Nouns that, before "of" and a name, say an institution bears it ("co-founder of").
  static let organizationBeforeOf = LexiconFlags(rawValue: 1 << 34)
  /// Nouns after which "in" is not of place ("shares in").
  static let organizationBeforeIn = LexiconFlags(rawValue: 1 << 35)
  /// Nouns before "for" and an institution ("a spokesman for").
  static let organizationBeforeFor = LexiconFlags(rawValue: 1 << 36)
  /// Articles and possessive pronouns: "the", "a", "its", "our" …
  static let determiner = LexiconFlags(rawValue: 1 << 37)
  /// Plural nouns of people that stand possessive inside names ("People’s", "Workers’").
  static let peopleNoun = LexiconFlags(rawValue: 1 << 38)
  /// First words of countries and states: "Indonesia", "South" of "South Korea", "Texas".
  static let largerPlaceFirstWord = LexiconFlags(rawValue: 1 << 39)
}

/// Every token key that is in some list, with its flags.
///
/// Asked once for every token of every document, so a probe reads one slot that holds both the
/// key and its flags: a `KeyTable` of indices into an array of flags read three arrays, and
/// each was a cache miss on the larger corpora. Open addressing with Fibonacci hashing, as
/// `KeyTable`; zero marks an empty slot, and the rare key 0 is kept apart.
struct LexiconFlagTable: Sendable {
  private struct Slot: Sendable {
    var key: UInt64
    var flags: LexiconFlags
  }

  private let slots: [Slot]
  private let mask: Int
  private let shift: UInt64
  private let zeroKeyFlags: LexiconFlags

  init(_ lists: [(LexiconFlags, KeySet)]) {
    var indexOfKey = KeyTable()
    var keys: [UInt64] = []
    var flags: [LexiconFlags] = []
    for (flag, list) in lists {
      for key in list.members {
        if let index = indexOfKey[key] {
          flags[Int(index)].insert(flag)
        } else {
          indexOfKey[key] = Int32(flags.count)
          keys.append(key)
          flags.append(flag)
        }
      }
    }
    // At most half full, so a probe that misses stops at an empty slot soon.
    var size = 16
    while size < keys.count * 2 { size <<= 1 }
    let mask = size - 1
    let shift = UInt64(64 - size.trailingZeroBitCount)
    var slots = [Slot](repeating: Slot(key: 0, flags: []), count: size)
    var zeroKeyFlags: LexiconFlags = []
    for (index, key) in keys.enumerated() {
      if key == 0 {
        zeroKeyFlags = flags[index]
        continue
      }
      var slot = Self.slot(key, shift)
      while slots[slot].key != 0 { slot = (slot + 1) & mask }
      slots[slot] = Slot(key: key, flags: flags[index])
    }
    self.slots = slots
    self.mask = mask
    self.shift = shift
    self.zeroKeyFlags = zeroKeyFlags
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  func flags(of key: UInt64) -> LexiconFlags {
    if key == 0 { return zeroKeyFlags }
    return slots.withUnsafeBufferPointer { slots in
      var slot = Self.slot(key, shift)
      while true {
        let found = slots[slot]
        if found.key == key { return found.flags }
        if found.key == 0 { return [] }
        slot = (slot + 1) & mask
      }
    }
  }
}

extension LexiconKeys {
  /// The lists a token may be asked about, by flag.
  static let flagTable = LexiconFlagTable([
    (.function, function), (.closedClass, closedClass), (.compass, compass),
    (.neverName, neverName), (.monthOrDay, monthsAndDays), (.titleHead, titleHeads),
    (.titleModifier, titleModifiers), (.honorific, honorifics), (.roleNoun, roleNouns),
    (.speechVerb, speechVerbs), (.nameParticle, nameParticles), (.demonym, demonyms),
    (.demonymFirstWord, demonymFirstWords), (.countryName, countryNames),
    (.placeHead, placeHeads), (.organizationHead, organizationHeads),
    (.agreementHead, agreementHeads), (.eventHead, eventHeads), (.anyHead, anyHead),
    (.connectingHead, connectingHeads), (.onHead, onHeads), (.forHead, forHeads),
    (.placePreposition, placePrepositions), (.namingVerb, namingVerbs),
    (.aliasAdverb, aliasAdverbs), (.pronoun, pronouns), (.reportingVerb, reportingVerbs),
    (.groupNoun, groupNouns), (.memberGroupNoun, memberGroupNouns),
    (.compositionVerb, compositionVerbs), (.aliasTrigger, aliasTriggers),
    (.conjunction, conjunctions), (.knowingVerb, knowingVerbs),
    (.largerPlaceFirstWord, largerPlaceFirstWords),
    (.organizationAfter, keys(OrganizationWords.after)),
    (.organizationBeforeOf, keys(OrganizationWords.beforeOf)),
    (.organizationBeforeIn, keys(OrganizationWords.beforeIn)),
    (.organizationBeforeFor, keys(OrganizationWords.beforeFor)),
    (
      .peopleNoun,
      keys([
        "people", "peoples", "workers", "women", "men", "children", "veterans", "citizens",
        "farmers", "nations", "students", "teachers", "soldiers", "martyrs", "writers",
      ])
    ),
    (
      .determiner,
      keys([
        "the", "a", "an", "this", "that", "these", "its", "their", "our", "his", "her", "my",
        "your",
      ])
    ),
  ])

  /// Keys of the tokens an alias statement turns on.
  static let aliasTriggers: KeySet = namingVerbs.union([
    known, referred, calls, call, or, NameKey.hash([0x28]), NameKey.hash([0x5B]),
  ])
  static let conjunctions = keys(["and", "while", "but", "whereas", "or"])
  static let knowingVerbs = keys(["knows", "know", "names", "name"])
}
