/// Names of languages that label a name given in another language ("(Korean: 황해)",
/// "(Russian: Калининград)"): the demonyms of the country table, and the languages that are
/// not a country's demonym. Folded.
enum Languages {
  static let names: Set<String> = [
    "arabic", "mandarin", "cantonese", "persian", "farsi", "hebrew", "hindi", "urdu", "tamil",
    "kurdish", "pashto", "dari", "tibetan", "uyghur", "uighur", "latin", "sanskrit", "bengali",
    "punjabi", "amharic", "berber", "tamazight", "catalan", "basque", "gaelic", "maori",
    "hawaiian", "yiddish", "swahili", "tagalog", "malay", "javanese", "sinhala", "khmer",
    "burmese", "lao", "mongolian", "kazakh", "uzbek", "tatar", "chechen", "ossetian",
    "abkhaz", "sami", "inuktitut", "guarani", "quechua", "aymara",
  ]

  /// The language a label names, spelled as written ("Korean"), or nil when `folded` is not
  /// one.
  static func isLanguage(_ folded: String) -> Bool {
    names.contains(folded) || Countries.byDemonym[folded] != nil
  }
}
