/// Keys under which spellings of one name meet.
///
/// "Southern Kurils", "Southern Kuril Islands", "Southern Kurils islands" and "South Kuril
/// Islands" all have the variant key "south kuril": a generic place head ("Islands") is
/// dropped, compass words are reduced ("Southern" → "south"), and a plural "s" is dropped. The
/// wider "Kuril Islands" has the key "kuril" and stays apart.
enum VariantKey {
  static func of(_ words: [String]) -> String {
    var core = words.filter { $0 != "the" }
    while core.count > 1, let first = core.first, HeadNouns.droppableLeading.contains(first) {
      core.removeFirst()  // "Islas Malvinas" and "Malvinas"
    }
    while core.count > 1, let last = core.last, HeadNouns.droppableForVariants.contains(last) {
      core.removeLast()
    }
    return core.map { word in
      if let direction = CommonWords.compass[word] { return direction }
      return singular(word)
    }.joined(separator: " ")
  }

  static func singular(_ word: String) -> String {
    guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      !word.hasSuffix("is")
    else { return word }
    return String(word.dropLast())
  }

  /// The compass word a variant key starts with, and the rest ("south kuril" → ("south",
  /// "kuril")): the narrower part of a wider place.
  static func compassSplit(_ key: String) -> (direction: String, rest: String)? {
    guard let space = key.firstIndex(of: " ") else { return nil }
    let first = String(key[..<space])
    guard CommonWords.compass.values.contains(first) else { return nil }
    return (first, String(key[key.index(after: space)...]))
  }

  /// Initials of a multi-word name ("World War II" → "wwii", "Liberal Democratic Party" →
  /// "ldp"), to recognise an acronym introduced in the same document.
  static func initials(_ words: [String]) -> String? {
    let parts = words.filter {
      $0 != "-" && !CommonWords.nameConnectors.contains($0) && $0 != "and" && $0 != "the"
        && !CommonWords.nameParticles.contains($0)
    }
    guard parts.count >= 2 else { return nil }
    var result = ""
    for (index, word) in parts.enumerated() {
      if index > 0 && CommonWords.romanNumerals.contains(word) {
        result += word
      } else if let first = word.first {
        result.append(first)
      }
    }
    return result
  }
}

/// Edit distances between folded names.
enum EditDistance {
  /// Damerau–Levenshtein distance (adjacent transpositions count one), or `limit + 1` as soon
  /// as it is certain to exceed `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    var previousPrevious = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previousPrevious, &previous)
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  static func distance(_ a: String, _ b: String, limit: Int) -> Int {
    distance(Array(a.utf8), Array(b.utf8), limit: limit)
  }

  /// True when two given names are spellings of one name ("Sergei" and "Sergey"): one edit
  /// apart, or two for long names that start alike.
  static func isSpellingVariant(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard a.count >= 3, b.count >= 3, a.first == b.first else { return false }
    let limit = min(a.count, b.count) >= 7 ? 2 : 1
    return distance(a, b, limit: limit) <= limit
  }
}
