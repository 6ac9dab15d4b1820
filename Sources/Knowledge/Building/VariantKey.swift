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
      core.removeFirst()  // "Islas Canarias" and "Canarias"
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
  /// as it is certain to exceed `limit`. Rows live in one temporary allocation on the stack.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    a.withUnsafeBufferPointer { first in
      b.withUnsafeBufferPointer { second in distance(first, second, limit: limit) }
    }
  }

  static func distance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows in
      var previousPrevious = UnsafeMutableBufferPointer(rebasing: rows[0..<width])
      var previous = UnsafeMutableBufferPointer(rebasing: rows[width..<(2 * width)])
      var current = UnsafeMutableBufferPointer(rebasing: rows[(2 * width)..<(3 * width)])
      for j in 0...b.count {
        previous[j] = j
        previousPrevious[j] = 0
      }
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
  }

  static func distance(_ a: String, _ b: String, limit: Int) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { first in b.withUTF8 { second in distance(first, second, limit: limit) } }
  }

  /// True when two given names are spellings of one name ("Sergei" and "Sergey"): one edit
  /// apart, or two for long names that start alike. Folded names, compared as bytes.
  static func isSpellingVariant(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    // A romanized given name of two syllables ("kwok-kin", "kwok-hing") is another name when
    // a syllable differs beyond one letter: each syllable is compared on its own.
    if a.contains("-") || b.contains("-") {
      let first = a.split(separator: "-").map(String.init)
      let second = b.split(separator: "-").map(String.init)
      guard first.count == second.count else { return false }
      return zip(first, second).allSatisfy { $0 == $1 || distance($0, $1, limit: 1) <= 1 }
        && zip(first, second).filter { $0 != $1 }.count <= 1
    }
    let shorter = min(a.utf8.count, b.utf8.count)
    guard shorter >= 3, a.utf8.first == b.utf8.first else { return false }
    let limit = shorter >= 7 ? 2 : 1
    return distance(a, b, limit: limit) <= limit
  }
}
