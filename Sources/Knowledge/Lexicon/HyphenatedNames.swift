/// Lower-case words after a hyphen: the second syllable of a romanized name ("Kim Jong-un",
/// "Lee Cheuk-yan", "Hui Chi-fung") or an English word that makes a compound of the name before
/// it ("Moscow-backed", "Japan-based", "Kremlin-friendly", "Soviet-era").
enum HyphenatedNames {
  /// Words that follow a name and a hyphen to make an adjective or a compound. Folded.
  static let compoundWords: Set<String> = [
    "based", "backed", "led", "owned", "run", "held", "controlled", "made", "born", "bred",
    "style", "styled", "era", "wide", "type", "like", "class", "level", "linked", "allied",
    "friendly", "funded", "sponsored", "appointed", "elected", "elect", "designate", "bound",
    "area", "region", "zone", "language", "speaking", "centric", "free", "only", "specific",
    "related", "oriented", "focused", "themed", "inspired", "influenced", "flagged",
    "registered", "listed", "trained", "educated", "produced", "built", "designed", "brokered",
    "mediated", "dominated", "occupied", "administered", "annexed", "claimed", "affiliated",
    "aligned", "leaning", "centred", "centered", "native", "esque", "ish", "in-law", "law",
    "proof", "ready", "sized", "size", "shaped", "year", "years", "day", "days", "time",
    "wise", "bashing", "watchers", "watcher", "skeptic", "sceptic", "skeptics", "sceptics",
    "lite", "plus", "minus", "style", "baiting", "loving", "hating", "dependent", "independent",
    "controlled", "fuelled", "fueled", "powered", "armed", "drawn", "bred", "grown", "raised",
    "american", "americans", "canadian", "australian", "british", "french", "german",
    "winner", "winners", "nominee", "nominees", "member", "members", "city", "state",
  ]

  /// True when `folded`, a lower-case word right after a hyphen that follows a capitalised
  /// word, is a syllable of the same name: not an English compound word, not a participle or
  /// an adverb by its ending ("-ed", "-ing" of six letters or more, "-ly", "-ism", "-ist").
  static func isNameSyllable(_ folded: String) -> Bool {
    // A romanized syllable is short ("un", "fung", "cheung"); "Pan-democrat" is English.
    guard !folded.isEmpty, folded.count <= 6, folded.allSatisfy(\.isLetter) else { return false }
    if compoundWords.contains(folded) { return false }
    if folded.count >= 5 && folded.hasSuffix("ed") { return false }
    if folded.count >= 6 && folded.hasSuffix("ing") { return false }
    for suffix in ["ly", "ism", "ist", "ists", "ness", "ment"] where folded.hasSuffix(suffix) {
      if folded.count > suffix.count + 2 { return false }
    }
    return true
  }
}
