/// Invented names built from syllables, so that no generated name belongs to a real person,
/// place or outlet (or to the seed corpus).
enum Syllables {
  static let onsets = [
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr",
    "tr", "st", "sh", "ch", "th", "h", "j", "y", "w", "sk", "pr", "gl", "",
  ]
  static let vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia", "ae", "io"]
  static let codas = ["", "", "", "", "n", "r", "l", "s", "m", "k", "th", "nd", "st", "v", "sh"]

  /// One syllable: onset, vowel, optional coda.
  static func syllable(_ rng: inout SplitMix64, coda: Bool) -> String {
    rng.pick(onsets) + rng.pick(vowels) + (coda ? rng.pick(codas) : "")
  }

  /// A capitalised word of `count` syllables, at least five letters long.
  static func word(_ rng: inout SplitMix64, syllables count: Int) -> String {
    var word = ""
    while word.utf8.count < 5 {
      word = ""
      for index in 0..<count {
        word += syllable(&rng, coda: index == count - 1 || rng.percent(25))
      }
    }
    return capitalised(word)
  }

  /// A word with one of `endings` attached, capitalised.
  static func word(_ rng: inout SplitMix64, syllables count: Int, endings: [String]) -> String {
    var stem = ""
    while stem.utf8.count < 3 {
      stem = ""
      for index in 0..<count { stem += syllable(&rng, coda: index > 0 && rng.percent(30)) }
    }
    var ending = rng.pick(endings)
    // Avoid doubled vowels at the joint ("Velma" + "ia" → "Velmaia").
    if let last = stem.last, let first = ending.first, isVowel(last), isVowel(first) {
      ending = String(ending.dropFirst())
      if ending.isEmpty { ending = "r" }
    }
    return capitalised(stem + ending)
  }

  static func isVowel(_ character: Character) -> Bool { "aeiouy".contains(character) }

  static func capitalised(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
