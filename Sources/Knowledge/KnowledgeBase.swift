import Base
import Corpus

/// Everything Dossier understands of one corpus: its entities, their names and mentions, and a
/// matcher that finds those names in any text. Immutable once built, so requests read it from
/// any thread while a re-index builds the next one.
public final class KnowledgeBase: Sendable {
  public let corpus: Corpus
  public let entities: [Entity]
  let matcher: NameMatcher
  /// Made on a thread of its own once the rest is ready: only lookups, completion and
  /// workspace symbols read it, and the first of them waits for it.
  private let lookupIndex: Pending<LookupIndex>
  private let entityOfKey: [String: Int]
  /// The matcher's finds in each corpus document, in order.
  private let documentMatches: DocumentMatches
  /// A person's surname alone, by entity id, when other people share it: the one name the
  /// matcher knows that is not an entity's name or alias (kept for `KnowledgeBase.restore`).
  let sharedLoneNames: [Int: String]

  init(
    corpus: Corpus, entities: [Entity], matcher: NameMatcher,
    documentMatches: DocumentMatches, sharedLoneNames: [Int: String]
  ) {
    self.corpus = corpus
    self.entities = entities
    self.matcher = matcher
    self.documentMatches = documentMatches
    self.sharedLoneNames = sharedLoneNames
    lookupIndex = Parallel.start { LookupIndex(entities: entities) }
    var keys: [String: Int] = [:]
    for entity in entities { keys[entity.key] = entity.id }
    entityOfKey = keys
  }

  /// Reads the corpus: each document on its own (in parallel), then one merge of what they
  /// say, then the matcher over every document for mentions.
  ///
  /// `glossary`: the user's glossary; when nil, the corpus folder's `dossier-glossary.json` is
  /// read if there is one (a file that cannot be used is logged and ignored).
  /// `progress` hears the share of the build done (0…1) and its stage, from any thread.
  public static func build(
    corpus: Corpus, glossary: Glossary? = nil,
    progress: (@Sendable (_ fraction: Double, _ stage: String) -> Void)? = nil,
    log: (String) -> Void
  ) -> KnowledgeBase {
    var glossary = glossary
    if glossary == nil && !corpus.root.isEmpty {
      do {
        glossary = try Glossary.load(folder: corpus.root)
        if let entries = glossary?.entities.count {
          log("knowledge: glossary \(Glossary.fileName) with \(entries) entries")
        }
      } catch {
        log("knowledge: glossary not used: \(error.description)")
      }
    }
    let documents = corpus.documents
    let steps = BuildProgress(documents: documents.count, report: progress)
    steps.begin(.extracting)
    // One worker per core reads documents one at a time; each keeps its own vocabulary and
    // name tables, so nothing per document has to be merged.
    var (facts, tables) = Parallel.workers(
      documents.count, state: { _ in ExtractionTables() }
    ) { tables, index, worker -> DocumentFacts in
      defer { steps.documentDone(.extracting) }
      var facts = DocumentExtractor.extract(documents[index], into: &tables)
      facts.worker = worker
      return facts
    }
    var vocabulary = CorpusVocabulary()
    for index in tables.indices {
      vocabulary.add(tables[index].vocabulary)
      tables[index].vocabulary = CorpusVocabulary()
    }
    steps.begin(.grouping)
    let grouping = EntityGrouper.group(
      &facts, tables: tables, vocabulary: vocabulary, glossary: glossary, corpus: corpus)
    Parallel.discard(tables)
    tables = []
    steps.begin(.profiling)
    let profiles = ProfileReader.profiles(grouping, facts: facts, corpus: corpus)
    let matcher = NameMatcher(profiles: profiles)
    steps.begin(.matching)
    let documentMatches = DocumentMatches(
      runs: Parallel.map(documents.count) { index in
        defer { steps.documentDone(.matching) }
        return documents[index].text.bytes.withUnsafeBufferPointer {
          matcher.matches(in: $0, range: 0..<$0.count).map(StoredMatch.init)
        }
      })
    steps.begin(.assembling, items: EntityAssembler.progressItems(documents.count, profiles.count))
    let entities = EntityAssembler(
      corpus: corpus, facts: facts, grouping: grouping, profiles: profiles,
      documentMatches: documentMatches, progress: { steps.steps(.assembling, $0) }
    ).entities()
    Parallel.discard(facts)
    facts = []
    log(
      "knowledge: \(entities.count) entities from \(documents.count) documents "
        + "(\(grouping.candidates.count) candidate names)")
    var sharedLoneNames: [Int: String] = [:]
    for (id, profile) in profiles.enumerated() {
      if let lone = profile.sharedLoneName { sharedLoneNames[id] = lone }
    }
    Parallel.discard((grouping, profiles))
    return KnowledgeBase(
      corpus: corpus, entities: entities, matcher: matcher, documentMatches: documentMatches,
      sharedLoneNames: sharedLoneNames)
  }

  /// The number of entities, for logs and progress.
  public var entityCount: Int { entities.count }

  /// The entity with stable key `key` ("person/sergei-lavrov").
  public func entity(key: String) -> Entity? {
    entityOfKey[key].map { entities[$0] }
  }

  /// The entity with id `id`, nil when out of range.
  public func entity(id: Int) -> Entity? {
    id >= 0 && id < entities.count ? entities[id] : nil
  }

  /// Every name of an entity in `bytes` (any text: a corpus file or the report being written),
  /// in order, longest match first, none overlapping. A surname several people share that
  /// nothing in the text decides is kept with its `alternatives`.
  public func matches(in bytes: [UInt8]) -> [TextMatch] {
    bytes.withUnsafeBufferPointer { buffer in
      matcher.matches(in: buffer, range: 0..<buffer.count, keepingUndecided: true).map { match in
        TextMatch(
          byteRange: match.byteRange, entityID: match.entityID,
          surface: String(decoding: buffer[match.byteRange], as: UTF8.self),
          alternatives: match.undecided >= 0 ? matcher.candidates(ofShared: match.undecided) : [])
      }
    }
  }

  /// The mentions in corpus document `id`, in order; empty for an unknown id.
  public func mentions(inDocument id: Int) -> [TextMatch] {
    guard id >= 0, id < documentMatches.count else { return [] }
    let text = corpus.documents[id].text
    return documentMatches[id].map {
      TextMatch(byteRange: $0.byteRange, entityID: $0.entityID, surface: text[$0.byteRange])
    }
  }

  /// Entities whose names fit `query`: exact name, then prefix of a word of the name, then an
  /// alias, then a misspelling; ties go to the entity mentioned most.
  public func lookup(_ query: String, limit: Int = 20) -> [LookupHit] {
    lookupIndex.value.lookup(query, limit: limit)
  }

  /// The text of a sentence, on one line ("" for a reference outside the corpus).
  public func sentenceText(_ ref: SentenceRef) -> String {
    guard ref.documentID >= 0, ref.documentID < corpus.documents.count else { return "" }
    let raw = corpus.documents[ref.documentID].text[ref.byteRange]
    var text = ""
    var pendingSpace = false
    for character in raw {
      if character.isWhitespace {
        pendingSpace = !text.isEmpty
      } else {
        if pendingSpace { text.append(" ") }
        pendingSpace = false
        text.append(character)
      }
    }
    return text
  }

  /// The corpus document a sentence belongs to.
  public func document(of ref: SentenceRef) -> CorpusDocument? {
    ref.documentID >= 0 && ref.documentID < corpus.documents.count
      ? corpus.documents[ref.documentID] : nil
  }
}
