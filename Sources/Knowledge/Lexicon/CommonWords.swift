/// Closed classes of English words: never names by themselves, even capitalised at the start
/// of a sentence ("The", "According", "Since"). Folded.
enum CommonWords {
  static let function: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "such", "some", "many", "most", "much",
    "more", "less", "few", "both", "each", "every", "all", "any", "no", "not", "none", "other",
    "another", "our", "their", "his", "her", "its", "my", "your", "we", "they", "he", "she", "it",
    "you", "i", "me", "him", "them", "us", "who", "whom", "whose", "which", "what", "there",
    "here", "when", "where", "while", "whether", "if", "as", "at", "by", "for", "from", "in",
    "into", "on", "onto", "of", "off", "over", "to", "with", "within", "without", "after",
    "before", "during", "since", "until", "till", "although", "though", "because", "according",
    "despite", "amid", "amidst", "among", "amongst", "under", "following", "and", "or", "but",
    "nor", "so", "yet", "however", "meanwhile", "also", "still", "instead", "moreover",
    "furthermore", "thus", "therefore", "hence", "initially", "finally", "earlier", "later",
    "today", "yesterday", "tomorrow", "tonight", "last", "next", "then", "now", "once", "twice",
    "again", "even", "just", "only", "already", "perhaps", "maybe", "indeed", "rather",
    "otherwise", "besides", "nevertheless", "nonetheless", "likewise", "similarly", "overall",
    "about", "above", "across", "against", "along", "around", "behind", "below", "beneath",
    "beside", "between", "beyond", "down", "inside", "near", "outside", "through", "throughout",
    "toward", "towards", "up", "upon", "via", "per", "than", "like", "unlike", "whereas",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
    "did", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "how", "why", "yes", "please", "thank", "thanks", "let",
    "many", "several", "whatever", "whoever", "everyone", "everything", "nothing", "someone",
    "something", "anyone", "anything", "nobody", "everybody", "somebody", "mostly", "speaking",
    "asked", "read", "see", "watch", "click", "share", "follow", "subscribe", "sign", "log",
    "home", "more", "related", "latest", "top", "most", "comments", "comment", "reply", "print",
    "up", "our", "well", "oh", "ok", "okay", "hello", "dear", "note", "editor", "update",
    "updated", "breaking", "exclusive", "opinion", "analysis", "photo", "video", "image",
    "source", "sources", "advertisement", "sponsored", "continue", "reading", "loading", "no.",
    "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "cet", "cest", "bst",
    "jst", "msk", "pst", "pdt", "ist", "i'm", "i'll", "i've", "i'd",
  ]

  /// Adjectives and plurals for peoples that are not one country's: faiths, continents,
  /// regions ("Muslim", "Europeans"). Like a country's demonym, never an entity alone.
  static let peoples: Set<String> = [
    "muslim", "muslims", "islamic", "jewish", "jew", "jews", "buddhist", "buddhists", "hindu",
    "hindus", "sikh", "sikhs", "catholic", "catholics", "protestant", "protestants", "sunni",
    "sunnis", "shia", "shiite", "shiites", "christians", "arab", "arabs", "african",
    "africans", "european", "europeans", "asian", "asians", "latino", "latinos", "hispanic",
    "hispanics", "scandinavian", "scandinavians", "nordic", "balkan", "caucasian", "westerner",
    "westerners", "aboriginal", "evangelical", "evangelicals", "mormon", "mormons",
  ]

  /// Words that open a phrase without belonging to the name that follows, wherever they
  /// stand: articles, pronouns, prepositions, conjunctions ("The Japan Times" → "Japan Times",
  /// "In Tokyo" → "Tokyo"). Adjectives such as "New" are not among them ("New Zealand").
  static let closedClass: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my",
    "your", "we", "they", "he", "she", "it", "you", "i", "there", "here", "when", "where", "while",
    "whether", "if", "as", "at", "by", "for", "from", "in", "into", "on", "of", "to", "with",
    "after", "before", "during", "since", "until", "although", "though", "because", "according",
    "despite", "amid", "among", "under", "and", "or", "but", "so", "yet", "however", "meanwhile",
    "also", "both", "each", "every", "all", "any", "some", "no", "not", "what", "which", "who",
    "how", "why", "then", "thus", "than", "about", "against", "between", "through", "toward",
    "towards", "via", "like", "unlike", "is", "are", "was", "were", "will", "would", "can",
    "could", "may", "might", "must", "should", "do", "does", "did", "has", "have", "had", "be",
  ]

  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
  ]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "mon.", "tue.", "wed.", "thu.", "fri.",
    "sat.", "sun.",
  ]

  /// Compass words; variants differ only in "South" against "Southern".
  static let compass: [String: String] = [
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "central": "central", "northeast": "northeast", "northeastern": "northeast",
    "northwest": "northwest", "northwestern": "northwest", "southeast": "southeast",
    "southeastern": "southeast", "southwest": "southwest", "southwestern": "southwest",
    "upper": "upper", "lower": "lower", "greater": "greater", "far": "far",
  ]

  /// Lower-case words that sit inside names between capitalised words
  /// ("Cristina Fernández de Kirchner", "Islas Georgias del Sur").
  static let nameParticles: Set<String> = [
    "de", "del", "della", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "ten",
    "ter", "bin", "ibn", "al", "el", "la", "le", "y", "e", "zu", "los", "las", "les", "des",
  ]

  /// Words that join the parts of an institution's or agreement's name
  /// ("Treaty of Mutual Cooperation and Security", "Ministry of Foreign Affairs").
  static let nameConnectors: Set<String> = ["of", "on", "for"]

  /// Roman numerals that end names ("World War II").
  static let romanNumerals: Set<String> = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
  ]

  /// True for a word that is never a name on its own.
  static func isNeverName(_ folded: String) -> Bool {
    function.contains(folded) || months.contains(folded) || weekdays.contains(folded)
  }

  /// Number words, to read "four islands".
  static let numberWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "both", "the", "all",
  ]
}
