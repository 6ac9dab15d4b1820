/// English words so common that a capitalised one starts a sentence, never a name ("Later",
/// "Their", "Despite"): a small corpus may not have them in lower case.
enum OrdinaryWords {
  static func contains(_ folded: String) -> Bool { words.contains(folded) }

  static let words: Set<String> = [
    "about", "above", "according", "across", "after", "again", "against", "almost", "along",
    "already", "also", "although", "always", "among", "another", "around", "because", "before",
    "behind", "being", "below", "beside", "besides", "between", "beyond", "both", "cannot",
    "could", "despite", "during", "each", "either", "enough", "every", "everyone", "everything",
    "first", "following", "further", "however", "indeed", "instead", "later", "least", "less",
    "likewise", "little", "many", "meanwhile", "might", "more", "moreover", "most", "much",
    "must", "neither", "never", "nevertheless", "next", "none", "nothing", "often", "once",
    "only", "other", "others", "otherwise", "over", "perhaps", "rather", "really", "second",
    "several", "should", "similarly", "since", "some", "someone", "something", "sometimes",
    "still", "such", "than", "that", "their", "them", "then", "there", "therefore", "these",
    "they", "third", "this", "those", "though", "through", "throughout", "thus", "today",
    "together", "tomorrow", "toward", "towards", "under", "unless", "unlike", "until", "very",
    "what", "whatever", "when", "where", "whereas", "whether", "which", "while", "whose",
    "within", "without", "would", "yesterday", "still", "yet", "your", "yours", "ours",
    "above", "below", "earlier", "finally", "initially", "overall", "recently", "currently",
  ]
}
