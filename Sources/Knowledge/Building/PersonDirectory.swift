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
      defer { if let placed = resolve(fullWords: words) { personOfName[name] = placed } }
      guard let (given, surname) = Self.givenAndSurname(Self.nameParts(words)) else { continue }
      if let existing = bySurname[surname]?.first(where: { index in
        people[index].givenNames.contains { EditDistance.isSpellingVariant($0, given) }
      }) {
        if !people[existing].givenNames.contains(given) {
          people[existing].givenNames.append(given)
        }
        note(existing, namedIn: documentID)
        continue
      }
      people.append(Person(givenNames: [given], surname: surname))
      note(people.count - 1, namedIn: documentID)
      bySurname[surname, default: []].append(people.count - 1)
      byGivenName[given, default: []].append(people.count - 1)
    }
    for (word, documentID) in singleNames
    where resolve(word: word, documentID: documentID, allowGivenName: false) == nil {
      if let known = bySurname[word]?.first(where: { people[$0].givenNames.isEmpty }) {
        note(known, namedIn: documentID)
        continue
      }
      if bySurname[word] != nil || byGivenName[word] != nil { continue }  // Ambiguous.
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
    return bySurname[surname]?.first { index in
      people[index].givenNames.contains { EditDistance.isSpellingVariant($0, given) }
    }
  }

  /// People whose surname or given name is `word`.
  func people(named word: String) -> [Int] {
    (bySurname[word] ?? [])
      + (byGivenName[word] ?? []).filter { !(bySurname[word] ?? []).contains($0) }
  }
}
