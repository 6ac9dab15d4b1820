import Corpus
import Knowledge

/// The words of every entity name, with a deletion index to find those one or two edits away
/// from a word (the "symmetric delete" method: two words within one edit share a form with
/// at most one letter deleted).
final class NameWordIndex: Sendable {
  struct NameWord {
    /// Folded ("lavrov").
    let key: String
    /// As the name spells it ("Lavrov").
    let word: String
    let entityIDs: [Int]
  }

  /// The words of a corpus, folded: those it writes in lower case somewhere (ordinary words)
  /// and all of them (a spelling the corpus uses is not a misspelling).
  struct Vocabulary: Sendable {
    var lowercase: Set<String> = []
    var all: Set<String> = []
  }

  /// How much of the corpus is read to learn its words (plenty for the words of a language
  /// and of the stories; a bound on the first check's cost on a very large corpus).
  static let vocabularyByteLimit = 64 << 20

  /// Every word of every name, folded: such a word is a name, not a misspelling.
  let knownWords: Set<String>
  let vocabulary: Vocabulary
  /// Distinctive name words (never written in lower case), which a misspelling may be near.
  let nameWords: [NameWord]
  /// Each name word with one letter deleted, and the word itself → indices in `nameWords`.
  let deletions: [String: [Int]]
  let mentionCounts: [Int]
  let entityNames: [String]

  var isEmpty: Bool { nameWords.isEmpty }

  convenience init(knowledge: KnowledgeBase) {
    self.init(entities: knowledge.entities, vocabulary: Self.vocabulary(of: knowledge.corpus))
  }

  init(entities: [Entity], vocabulary: Vocabulary) {
    var known = Set<String>()
    var spellings: [String: (word: String, entities: [Int])] = [:]
    for entity in entities {
      for name in entity.allNames {
        let bytes = Array(name.utf8)
        for word in DraftText.words(in: bytes, range: 0..<bytes.count) {
          let text = String(decoding: bytes[word.byteRange], as: UTF8.self)
          let key = DraftText.fold(text)
          known.insert(key)
          guard word.isCapitalised, !word.isAllCaps,
            word.letterCount >= NameSpellingCheck.minimumLetters - 1
          else { continue }
          var spelling = spellings[key] ?? (text, [])
          if spelling.entities.last != entity.id { spelling.entities.append(entity.id) }
          spellings[key] = spelling
        }
      }
    }
    var nameWords: [NameWord] = []
    var deletions: [String: [Int]] = [:]
    for (key, spelling) in spellings.sorted(by: { $0.key < $1.key })
    where !vocabulary.lowercase.contains(key) && !OrdinaryWords.contains(key) {
      let index = nameWords.count
      nameWords.append(NameWord(key: key, word: spelling.word, entityIDs: spelling.entities))
      for form in Self.deletionForms(of: key) { deletions[form, default: []].append(index) }
    }
    self.knownWords = known
    self.vocabulary = vocabulary
    self.nameWords = nameWords
    self.deletions = deletions
    self.mentionCounts = entities.map(\.bodyMentionCount)
    self.entityNames = entities.map(\.name)
  }

  /// Name words near `folded`, closest and most mentioned first; empty when `folded` is a
  /// name word, an ordinary word, or any spelling the corpus itself uses.
  func suggestions(for folded: String, limit: Int)
    -> [SpellingSuggestion]
  {
    guard !knownWords.contains(folded), !vocabulary.all.contains(folded),
      !OrdinaryWords.contains(folded)
    else { return [] }
    let length = folded.unicodeScalars.count
    let maximumDistance = length >= 10 ? 2 : 1
    var candidates = Set<Int>()
    for form in Self.deletionForms(of: folded) {
      for index in deletions[form] ?? [] { candidates.insert(index) }
    }
    var suggestions: [SpellingSuggestion] = []
    for index in candidates {
      let nameWord = nameWords[index]
      guard !Self.isDerivation(folded, of: nameWord.key) else { continue }
      let distance = EditDistance.optimalStringAlignment(
        folded, nameWord.key, limit: maximumDistance)
      guard distance <= maximumDistance else { continue }
      for entityID in nameWord.entityIDs {
        suggestions.append(
          SpellingSuggestion(
            word: nameWord.word, entityID: entityID, name: entityNames.element(at: entityID) ?? "",
            distance: distance))
      }
    }
    func mentions(_ suggestion: SpellingSuggestion) -> Int {
      mentionCounts.element(at: suggestion.entityID) ?? 0
    }
    suggestions.sort {
      ($0.distance, -mentions($0), $0.word, $0.entityID)
        < ($1.distance, -mentions($1), $1.word, $1.entityID)
    }
    // One suggestion per spelling: the entity mentioned most.
    var seen = Set<String>()
    return Array(suggestions.filter { seen.insert($0.word).inserted }.prefix(limit))
  }

  /// The word and each form of it with one letter deleted.
  static func deletionForms(of key: String) -> Set<String> {
    let scalars = Array(key.unicodeScalars)
    var forms: Set<String> = [key]
    for index in scalars.indices {
      var form = String.UnicodeScalarView()
      form.append(contentsOf: scalars[..<index])
      form.append(contentsOf: scalars[(index + 1)...])
      forms.insert(String(form))
    }
    return forms
  }

  /// "korean" from "korea", "kuril" from "kurils", "israeli" from "israel": one is the other
  /// plus an English ending (a plural, a demonym), possibly after dropping a final vowel
  /// ("ukrainian" from "ukraine").
  static func isDerivation(_ word: String, of name: String) -> Bool {
    let endings = ["s", "es", "n", "an", "ns", "ans", "ian", "ians", "ese", "i", "is", "ish", "ic"]
    func derives(_ long: String, from short: String) -> Bool {
      var stems = [short]
      if let last = short.last, "aeiouy".contains(last) { stems.append(String(short.dropLast())) }
      return stems.contains { stem in
        long.hasPrefix(stem) && endings.contains(String(long.dropFirst(stem.count)))
      }
    }
    return derives(word, from: name) || derives(name, from: word)
  }

  /// The corpus's words, from its first `vocabularyByteLimit` bytes. Each distinct spelling
  /// is folded once: the scan collects raw byte slices (no string per word).
  static func vocabulary(of corpus: Corpus) -> Vocabulary {
    var lowercase = Set<ArraySlice<UInt8>>()
    var capitalised = Set<ArraySlice<UInt8>>()
    var budget = vocabularyByteLimit
    for document in corpus.documents where budget > 0 {
      let bytes = document.text.bytes
      let end = min(bytes.count, budget)
      budget -= end
      DraftText.forEachWord(in: bytes, range: 0..<end) { word in
        if word.isCapitalised {
          capitalised.insert(bytes[word.byteRange])
        } else {
          lowercase.insert(bytes[word.byteRange])
        }
      }
    }
    var vocabulary = Vocabulary()
    for raw in lowercase {
      let folded = DraftText.fold(String(decoding: raw, as: UTF8.self))
      vocabulary.lowercase.insert(folded)
      vocabulary.all.insert(folded)
    }
    for raw in capitalised {
      vocabulary.all.insert(DraftText.fold(String(decoding: raw, as: UTF8.self)))
    }
    return vocabulary
  }
}
