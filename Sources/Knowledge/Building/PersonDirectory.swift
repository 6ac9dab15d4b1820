/// The people of the corpus: full names clustered by surname and first-name spelling
/// ("Sergei Lavrov" and "Sergey Lavrov" are one person; "Shinzo Abe" and "Akie Abe" are two),
/// and the resolution of a lone name ("Lavrov") to the one person it can mean.
struct PersonDirectory: Sendable {
  struct Person: Sendable {
    /// Folded first words of the full names seen ("sergei", "sergey"); empty for a person
    /// known only by surname ("Foreign Minister Motegi").
    var givenNames: [String]
    /// Folded last word ("lavrov").
    var surname: String
  }

  private(set) var people: [Person] = []
  /// By document: the people whose full name (or titled surname) appears in it, each once. A
  /// document names a handful of people; a common surname may belong to hundreds.
  private var peopleOfDocument: [[Int32]] = []
  private var bySurname: [String: [Int]] = [:]
  private var byGivenName: [String: [Int]] = [:]
  /// The person known by surname alone ("Foreign Minister Motegi"), by surname: there is at
  /// most one, made only while nobody else has that surname.
  private var surnameOnly: [String: Int] = [:]
  /// Every (person, given name) by surname, first byte and length of the given name: a
  /// spelling variant starts with the same byte and is at most two bytes longer or shorter, so
  /// placing a full name reads five small buckets, not everyone who shares the surname.
  private var spellings = SpellingIndex()

  /// Builds the directory from the words of person names, in corpus order. `name` numbers the
  /// distinct full names (equal words, equal number).
  init(
    fullNames: [(words: [String], name: Int, documentID: Int)],
    singleNames: [(word: String, documentID: Int)]
  ) {
    let documentCount =
      max(
        fullNames.lazy.map(\.documentID).max() ?? -1, singleNames.lazy.map(\.documentID).max() ?? -1
      )
      + 1
    peopleOfDocument = [[Int32]](repeating: [], count: documentCount)
    // Each distinct full name is placed once; later occurrences only add their document.
    var personOfName: [Int: Int] = [:]
    for (words, name, documentID) in fullNames {
      if let known = personOfName[name] {
        note(known, namedIn: documentID)
        continue
      }
      guard let (given, surname) = Self.givenAndSurname(Self.nameParts(words)) else { continue }
      // The name is placed with the person it resolves to, which is also what
      // `resolve(fullWords:)` answers for it from now on.
      if let existing = spellings.firstPerson(surname: surname, spelling: given) {
        if !people[existing].givenNames.contains(given) {
          people[existing].givenNames.append(given)
          spellings.add(existing, surname: surname, spelling: given)
        }
        note(existing, namedIn: documentID)
        personOfName[name] = existing
        continue
      }
      people.append(Person(givenNames: [given], surname: surname))
      note(people.count - 1, namedIn: documentID)
      bySurname[surname, default: []].append(people.count - 1)
      byGivenName[given, default: []].append(people.count - 1)
      spellings.add(people.count - 1, surname: surname, spelling: given)
      personOfName[name] = people.count - 1
    }
    for (word, documentID) in singleNames
    where resolve(word: word, documentID: documentID, allowGivenName: false) == nil {
      if let known = surnameOnly[word] {
        note(known, namedIn: documentID)
        continue
      }
      if bySurname[word] != nil || byGivenName[word] != nil { continue }  // Ambiguous.
      surnameOnly[word] = people.count
      people.append(Person(givenNames: [], surname: word))
      note(people.count - 1, namedIn: documentID)
      bySurname[word, default: []].append(people.count - 1)
    }
  }

  /// Words of a name without hyphens and particles ("de", "van").
  static func nameParts(_ words: [String]) -> [String] {
    words.filter { $0 != "-" && !CommonWords.nameParticles.contains($0) && !$0.hasSuffix(".") }
  }

  /// The given name and the surname among a full name's parts: first and last, except when
  /// the last is a romanized given name of two syllables with a lower-case second ("Kim
  /// Jong-un", "Lee Cheuk-yan", folded into one word "jong-un"): Korean and Chinese names put
  /// the family name first.
  static func givenAndSurname(_ parts: [String]) -> (given: String, surname: String)? {
    guard parts.count >= 2, let first = parts.first, let last = parts.last else { return nil }
    return last.contains("-") ? (last, first) : (first, last)
  }

  /// The person a lone name means: the only person with that surname (or, failing that, that
  /// given name); among several, the only one named in full in the same document.
  /// A given name alone counts only with `allowGivenName` (a name next to a verb of speech or a
  /// role): "in Santiago" is the city, not Santiago Cafiero.
  func resolve(word: String, documentID: Int, allowGivenName: Bool = true) -> Int? {
    var found = bySurname[word] ?? []
    if found.isEmpty && allowGivenName { found = byGivenName[word] ?? [] }
    return resolve(surnameOf: found, givenNameOf: [], documentID: documentID, allowGivenName: false)
  }

  /// The people whose surname is `word`, and those whose given name is.
  func people(withSurname word: String) -> [Int] { bySurname[word] ?? [] }
  func people(withGivenName word: String) -> [Int] { byGivenName[word] ?? [] }

  /// `resolve(word:documentID:allowGivenName:)` with the word's people already looked up.
  func resolve(
    surnameOf bySurname: [Int], givenNameOf byGivenName: [Int], documentID: Int,
    allowGivenName: Bool
  ) -> Int? {
    var found = bySurname
    if found.isEmpty && allowGivenName { found = byGivenName }
    if found.count == 1 { return found[0] }
    guard found.count > 1 else { return nil }
    guard documentID >= 0 && documentID < peopleOfDocument.count else { return nil }
    let inDocument = peopleOfDocument[documentID]
    var only: Int?
    if found.count <= inDocument.count {
      for person in found where inDocument.contains(Int32(truncatingIfNeeded: person)) {
        if only != nil { return nil }
        only = person
      }
    } else {
      // `found` is in ascending order (people are listed as they are added).
      for person in inDocument where Self.sortedContains(found, Int(person)) {
        if only != nil { return nil }
        only = Int(person)
      }
    }
    return only
  }

  /// The one of `people` named in full in document `documentID`, nil when none or several are.
  func onlyPerson(among people: [Int], namedIn documentID: Int) -> Int? {
    guard documentID >= 0 && documentID < peopleOfDocument.count else { return nil }
    let named = people.filter {
      peopleOfDocument[documentID].contains(Int32(truncatingIfNeeded: $0))
    }
    return named.count == 1 ? named[0] : nil
  }

  /// Notes that `person` is named in document `documentID`.
  private mutating func note(_ person: Int, namedIn documentID: Int) {
    guard documentID >= 0 && documentID < peopleOfDocument.count else { return }
    let person32 = Int32(truncatingIfNeeded: person)
    if !peopleOfDocument[documentID].contains(person32) {
      peopleOfDocument[documentID].append(person32)
    }
  }

  /// True when `sorted` (ascending) holds `value`.
  private static func sortedContains(_ sorted: [Int], _ value: Int) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value
  }

  /// True when some person has `word` as surname or given name.
  func isPersonName(_ word: String) -> Bool {
    bySurname[word] != nil || byGivenName[word] != nil
  }

  /// True when a lone name may mean more than one person.
  func isAmbiguous(word: String) -> Bool {
    let found = bySurname[word] ?? byGivenName[word] ?? []
    return found.count > 1
  }

  /// The person a full name means: same surname and a spelling of the same given name.
  func resolve(fullWords words: [String]) -> Int? {
    guard let (given, surname) = Self.givenAndSurname(Self.nameParts(words)) else { return nil }
    return spellings.firstPerson(surname: surname, spelling: given)
  }
}

/// The given names of people, by surname, to find the first person (in the order people were
/// added) with a spelling variant of a given name (`EditDistance.isSpellingVariant`) without
/// reading everyone who shares the surname.
///
/// A plain variant starts with the same byte and is at most two bytes longer or shorter, so
/// plain names are kept by first byte and length and five buckets are read. A romanized name of
/// syllables ("jong-un") has the same number of syllables as its variants and all but one of
/// them in the same place, so such names are kept under each of their syllables and a lookup
/// reads one list per syllable.
private struct SpellingIndex: Sendable {
  private typealias Entry = (person: Int32, spelling: String)
  private struct SyllableKey: Hashable {
    let surname: Int32
    let count: Int32
    let position: Int32
    let syllable: Substring
  }

  private var surnameIDs: [String: Int] = [:]
  private var plain: [UInt64: [Entry]] = [:]
  private var bySyllable: [SyllableKey: [Entry]] = [:]
  /// Hyphenated names of fewer than two syllables ("jong-"), compared with every name of one
  /// syllable: rare enough to be read in full.
  private var odd: [Int: [Entry]] = [:]

  private static func key(_ surname: Int, firstByte: UInt8, length: Int) -> UInt64 {
    UInt64(surname) << 24 | UInt64(firstByte) << 16 | UInt64(length & 0xFFFF)
  }

  private static func syllables(_ spelling: String) -> [Substring]? {
    spelling.contains("-") ? spelling.split(separator: "-") : nil
  }

  mutating func add(_ person: Int, surname: String, spelling: String) {
    let surnameID: Int
    if let known = surnameIDs[surname] {
      surnameID = known
    } else {
      surnameID = surnameIDs.count
      surnameIDs[surname] = surnameID
    }
    let entry: Entry = (Int32(person), spelling)
    guard let syllables = Self.syllables(spelling) else {
      let key = Self.key(
        surnameID, firstByte: spelling.utf8.first ?? 0, length: spelling.utf8.count)
      plain[key, default: []].append(entry)
      return
    }
    guard syllables.count >= 2 else {
      odd[surnameID, default: []].append(entry)
      return
    }
    for (position, syllable) in syllables.enumerated() {
      let key = SyllableKey(
        surname: Int32(surnameID), count: Int32(syllables.count), position: Int32(position),
        syllable: syllable)
      bySyllable[key, default: []].append(entry)
    }
  }

  /// The first person with surname `surname` and a given name that is a spelling variant of
  /// `spelling`.
  func firstPerson(surname: String, spelling: String) -> Int? {
    guard let surnameID = surnameIDs[surname] else { return nil }
    var first: Int32?
    func consider(_ entries: [Entry]?) {
      for entry in entries ?? []
      where entry.person < first ?? Int32.max
        && EditDistance.isSpellingVariant(entry.spelling, spelling)
      {
        first = entry.person
      }
    }
    let length = spelling.utf8.count
    if let syllables = Self.syllables(spelling) {
      if syllables.count >= 2 {
        for (position, syllable) in syllables.enumerated() {
          consider(
            bySyllable[
              SyllableKey(
                surname: Int32(surnameID), count: Int32(syllables.count),
                position: Int32(position), syllable: syllable)])
        }
      } else {
        // One syllable or none: a plain name one edit from it, whatever its first byte.
        let core = syllables.first?.utf8.count ?? 0
        for byte in 0...UInt8.max {
          for other in max(0, core - 1)...(core + 1) {
            consider(plain[Self.key(surnameID, firstByte: byte, length: other)])
          }
        }
        consider(odd[surnameID])
      }
      return first.map(Int.init)
    }
    let firstByte = spelling.utf8.first ?? 0
    for other in max(0, length - 2)...(length + 2) {
      consider(plain[Self.key(surnameID, firstByte: firstByte, length: other)])
    }
    consider(odd[surnameID])
    return first.map(Int.init)
  }
}
