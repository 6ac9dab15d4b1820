import Base
import JSONRPC
import Knowledge

/// Rendered entity cards of one index, as the JSON of their `MarkupContent`, so that a hover on
/// a name seen before copies bytes instead of building the card again.
///
/// A card depends on the index (entity, sentences, files), the format, and which of the
/// entity's side names leads its headline (`EntityCard.leadingName`); nothing else of the
/// request. The cache lives as long as its index: `AnalysisCache.cards(index:)` starts a new
/// one with each generation. Memory is bounded: past `capacityBytes` of cards the cache starts
/// again empty (a hover then renders, as it did before the cache existed).
final class CardCache: Sendable {
  struct Key: Hashable {
    let entityID: Int
    let leadingName: String?
    let markdown: Bool
  }

  /// About 16,000 cards of 2 KB.
  static let capacityBytes = 32 << 20

  private struct State {
    var cards: [Key: EncodedJSON] = [:]
    var bytes = 0
  }

  /// Guards only the dictionary; cards are rendered outside it (two threads may render the
  /// same card once each, which is harmless).
  private let state = Lock(State())

  init() {}

  /// The card's `MarkupContent` JSON, rendered on first use.
  func contents(_ key: Key, render: () -> String) -> EncodedJSON {
    if let known = state.withLock({ $0.cards[key] }) { return known }
    let contents = Self.encode(render(), markdown: key.markdown)
    store(contents, for: key)
    return contents
  }

  /// True when the card is already rendered.
  func contains(_ key: Key) -> Bool { state.withLock { $0.cards[key] != nil } }

  /// How many cards are held (for tests and logs).
  var count: Int { state.withLock { $0.cards.count } }

  private func store(_ contents: EncodedJSON, for key: Key) {
    state.withLock { state in
      if state.bytes + contents.bytes.count > Self.capacityBytes {
        state.cards.removeAll()
        state.bytes = 0
      }
      if state.cards.updateValue(contents, forKey: key) == nil {
        state.bytes += contents.bytes.count
      }
    }
  }

  /// `{"kind":"markdown","value":"…"}`, as `MarkupContent` encodes.
  static func encode(_ card: String, markdown: Bool) -> EncodedJSON {
    EncodedJSON { output in
      output.reserveCapacity(card.utf8.count + 40)
      if markdown {
        JSONWriter.writeRaw(#"{"kind":"markdown","value":"#, into: &output)
      } else {
        JSONWriter.writeRaw(#"{"kind":"plaintext","value":"#, into: &output)
      }
      JSONWriter.writeString(card, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }
}

extension AnalysisCache {
  /// The card cache of `index`, new with each index generation.
  func cards(index: IndexSnapshot) -> CardCache {
    cardCaches.withLock { current in
      if let current, current.generation == index.generation { return current.cache }
      // A request still holding an older snapshot gets a cache of its own, never stored over
      // the newer one.
      if let current, current.generation > index.generation { return CardCache() }
      let cache = CardCache()
      current = (index.generation, cache)
      return cache
    }
  }

  /// How many of the most mentioned entities get their cards rendered after a swap.
  static let warmedCardLimit = 2_000

  /// Warms the cards of `snapshot` on the warm-up queue, in the format set at `initialize`,
  /// until done or until `snapshot` is no longer the current index.
  func warmCardsInBackground(
    _ snapshot: IndexSnapshot, isCurrent: @escaping @Sendable () -> Bool
  ) {
    guard let markdown = cardFormat.withLock({ $0 }) else { return }
    backgroundJobs.started()
    warmUpQueue.async { [self] in
      defer { backgroundJobs.ended() }
      guard isCurrent() else { return }
      // The URIs first: cheap, and the first references answer needs them all.
      _ = corpusURIs(index: snapshot)
      warmCards(snapshot, markdown: markdown, limit: Self.warmedCardLimit, isCurrent: isCurrent)
    }
  }

  /// Renders, in the background after an index swap, the cards that hovers will most likely
  /// ask for: those of the `limit` most mentioned entities, in the client's format, once per
  /// name that can lead the headline. Stops early when a newer index has been installed.
  func warmCards(
    _ snapshot: IndexSnapshot, markdown: Bool, limit: Int, isCurrent: () -> Bool
  ) {
    let cache = cards(index: snapshot)
    let context = RequestContext(
      index: snapshot, documents: [:], encoding: .utf16, client: .none,
      settings: Settings(), analysis: self)
    let entities = snapshot.knowledge.entities
    let order = entities.indices.sorted {
      (entities[$0].bodyMentionCount, -$0) > (entities[$1].bodyMentionCount, -$1)
    }
    for (position, id) in order.prefix(limit).enumerated() {
      if position % 64 == 0, !isCurrent() { return }
      let entity = entities[id]
      var leads: [String?] = [nil]
      leads += EntityCard.headlineCandidates(of: entity).map { Optional($0) }
      for lead in leads {
        let key = CardCache.Key(entityID: id, leadingName: lead, markdown: markdown)
        guard !cache.contains(key) else { continue }
        _ = cache.contents(key) {
          EntityCard(entity: entity, context: context, surface: lead, markdown: markdown).render()
        }
      }
    }
  }
}
