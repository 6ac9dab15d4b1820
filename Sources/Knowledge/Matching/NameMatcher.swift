/// Finds every known name in a text in one left-to-right pass: a trie over the tokens of every
/// surface form, longest match first.
///
/// Tokens are compared by folded key ("Japan’s" is the token "japan", possessive), so curly and
/// straight apostrophes, accents and case do not matter, except that case is checked where names
/// need it: a capitalised name token needs a capital in the text ("China", not "china"), and an
/// acronym needs capitals ("US", not "us"). A lone surname that several people share is resolved
/// to the one last named in full earlier in the same text, or not matched.
struct NameMatcher: Sendable {
  /// A match before its surface is read: token-level, by byte range.
  struct RawMatch: Sendable, Hashable {
    let byteRange: Range<Int>
    let entityID: Int
    /// For a shared name nothing in the text decides (kept only when asked): the index of its
    /// candidates (`candidates(ofShared:)`), `entityID` being the first of them; else -1.
    var undecided: Int32 = -1

    init(byteRange: Range<Int>, entityID: Int, undecided: Int32 = -1) {
      self.byteRange = byteRange
      self.entityID = entityID
      self.undecided = undecided
    }
  }

  /// Edges of the trie: (parent node, token key) → child node, with what the walk asks of the
  /// child (the letter cases that may reach it, whether a name ends there), in one
  /// open-addressing table of 16-byte slots: a step of the walk touches one cache line. A corpus
  /// of 100,000 articles has a trie of megabytes, far from any cache.
  private var edges = EdgeTable()
  /// Per node: the entity, or entities, a name ending there names.
  private var nodes: [Node] = [Node(terminal: -1, ambiguous: -1)]
  private var ambiguous: [[Int]] = []
  /// Per entity, the shared names (indices into `ambiguous`) it is a candidate of: empty for
  /// most, one or two for a person whose surname others share. Only these entities' namings
  /// are tracked, and each naming updates only its own shared names, so resolving a surname
  /// that a thousand people share costs no more than one that two share.
  private var sharedNamesOfEntity: [[Int32]] = []
  /// Per shared name (index into `ambiguous`): for a person's surname that is also a place's
  /// name ("Paris" of "Valeska Paris"), the entity the surface names where none of its people
  /// is named (the city); else -1.
  private var fallbackOfShared: [Int32] = []
  /// Names in scripts written without spaces (Han, kana, Hangul, Thai), with their entities:
  /// found anywhere inside a run of such letters ("中国称藏南为…"), not as whole words.
  private var unspacedNames = UnspacedNames()
  /// The titles of the people who share a name ("prime minister"): the title right before a
  /// shared surname says which of them it is ("Army chief Sharif").
  private var titles = SharedNameTitles()

  private struct Node {
    /// The entity a surface ending here names, or -1.
    var terminal: Int32
    /// Index into `ambiguous` when the surface ending here may name several entities, or -1.
    var ambiguous: Int32
  }

  init() {}

  /// Adds a surface form of entity `entityID`. The first entity to claim a surface keeps it.
  /// `tokens`: the surface's tokens (`tokens(of:)`), when they were made beforehand.
  mutating func add(surface: String, entityID: Int, tokens: [Token]? = nil) {
    if Self.isUnspaced(surface) {
      unspacedNames.add(Array(surface.utf8), entityID: entityID)
      return
    }
    guard let (node, edge) = insert(tokens ?? Self.tokens(of: surface)), nodes[node].terminal < 0
    else { return }
    nodes[node].terminal = Int32(entityID)
    edges.markEnd(edge)
  }

  /// Adds a lone name that may mean any of `entityIDs`.
  mutating func add(ambiguousSurface surface: String, entityIDs: [Int], tokens: [Token]? = nil) {
    guard let (node, edge) = insert(tokens ?? Self.tokens(of: surface)), nodes[node].terminal < 0
    else { return }
    let index: Int
    var added: [Int] = []
    if nodes[node].ambiguous >= 0 {
      index = Int(nodes[node].ambiguous)
      for id in entityIDs where !ambiguous[index].contains(id) {
        ambiguous[index].append(id)
        added.append(id)
      }
    } else {
      index = ambiguous.count
      nodes[node].ambiguous = Int32(index)
      ambiguous.append(entityIDs)
      fallbackOfShared.append(-1)
      added = entityIDs
    }
    edges.markEnd(edge)
    for id in added where id >= 0 {
      while sharedNamesOfEntity.count <= id { sharedNamesOfEntity.append([]) }
      if !sharedNamesOfEntity[id].contains(Int32(index)) {
        sharedNamesOfEntity[id].append(Int32(index))
      }
    }
  }

  /// Adds a person's surname that is also the name of a place ("Paris" of "Valeska Paris"):
  /// in a text that names the person in full it is the person, as a shared surname is;
  /// elsewhere it is the entity that claimed the surface before (the city), if any. Called
  /// after every entity's own names are added.
  mutating func add(placeSurname surface: String, personID: Int) {
    guard let (node, edge) = insert(Self.tokens(of: surface)) else { return }
    let index: Int
    if nodes[node].ambiguous >= 0 {
      index = Int(nodes[node].ambiguous)
      if !ambiguous[index].contains(personID) { ambiguous[index].append(personID) }
    } else {
      index = ambiguous.count
      nodes[node].ambiguous = Int32(index)
      ambiguous.append([personID])
      fallbackOfShared.append(-1)
    }
    if nodes[node].terminal >= 0 && nodes[node].terminal != Int32(personID) {
      fallbackOfShared[index] = nodes[node].terminal
    }
    edges.markEnd(edge)
    while sharedNamesOfEntity.count <= personID { sharedNamesOfEntity.append([]) }
    if !sharedNamesOfEntity[personID].contains(Int32(index)) {
      sharedNamesOfEntity[personID].append(Int32(index))
    }
  }

  /// The entity shared name `index` means where nothing in the text decides: the place of a
  /// place's name that is also a surname, else -1 (no one).
  func fallback(ofShared index: Int32) -> Int {
    index >= 0 && Int(index) < fallbackOfShared.count ? Int(fallbackOfShared[Int(index)]) : -1
  }

  /// A surface's tokens, as the trie keys them.
  static func tokens(of surface: String) -> [Token] {
    let utf8 = Array(surface.utf8)
    return utf8.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<$0.count) }
  }

  /// The node a surface (its `tokens`) ends at, created as needed, and the edge that reaches it.
  private mutating func insert(_ tokens: [Token]) -> (node: Int, edge: EdgeTable.Edge)? {
    guard let first = tokens.first,
      first.isCapitalized || first.kind == .number || Self.isCaseless(first.firstScalar)
    else { return nil }
    guard nodes.count + tokens.count < EdgeTable.maximumNodes else { return nil }
    var node: Int32 = 0
    var edge = EdgeTable.Edge(parent: 0, key: 0)
    for token in tokens {
      edge = EdgeTable.Edge(parent: node, key: token.key)
      if let next = edges.find(edge) {
        node = next.child
      } else {
        nodes.append(Node(terminal: -1, ambiguous: -1))
        node = Int32(nodes.count - 1)
        edges.add(edge, child: node)
      }
      edges.allow(edge, cases: Self.casesAllowed(bySurfaceToken: token))
    }
    return (Int(node), edge)
  }

  private static func bit(_ letterCase: Token.LetterCase) -> UInt8 { 1 << letterCase.rawValue }

  /// A letter of a script without case: a name may start with it.
  @inline(__always)
  private static func isCaseless(_ value: UInt32) -> Bool {
    value >= 0x0590 && Script.of(value)?.isCaseless == true
  }

  /// True when every letter of `surface` is of a script written without spaces.
  static func isUnspaced(_ surface: String) -> Bool {
    var letters = 0
    for scalar in surface.unicodeScalars {
      guard Scalars.isLetter(scalar.value) else { return false }
      guard Script.of(scalar.value)?.isUnspaced == true else { return false }
      letters += 1
    }
    return letters > 0
  }

  private static func casesAllowed(bySurfaceToken token: Token) -> UInt8 {
    switch token.letterCase {
    case .upper: return bit(.upper)
    case .capitalized: return bit(.capitalized) | bit(.upper)
    case .lower, .other: return 0xFF
    }
  }

  /// Every match in `range` of `bytes`, in order, none overlapping.
  func matches(
    in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, keepingUndecided: Bool = false
  ) -> [RawMatch] {
    var resolver = SharedNameResolver(matcher: self)
    scan(bytes, range: range) { resolver.add($0) }
    return resolver.finish(keepingUndecided: keepingUndecided)
  }

  /// What the scan finds at one place: a name of one entity, or a lone name that several
  /// people share (`sharedIndex` into the candidates), resolved against the rest of the text
  /// by `SharedNameResolver`.
  struct ScanItem: Sendable, Hashable {
    var byteRange: Range<Int>
    /// The entity, or -1 for a shared name.
    var entityID: Int
    var sharedIndex: Int32
  }

  /// The candidates of a shared name.
  func candidates(ofShared index: Int32) -> [Int] { ambiguous[Int(index)] }

  /// Calls `body` with each shared name (`ScanItem.sharedIndex`) that entity `entityID` is a
  /// candidate of; none for an entity that shares no name.
  @inline(__always)
  func forEachSharedName(of entityID: Int, _ body: (Int32) -> Void) {
    guard entityID >= 0 && entityID < sharedNamesOfEntity.count else { return }
    for index in sharedNamesOfEntity[entityID] { body(index) }
  }

  /// Reports every name in `range` of `bytes`, in order, none overlapping, before shared
  /// names are resolved. The scan keeps no state across a paragraph break
  /// (`isParagraphStart`): a paragraph's items do not depend on the text around it.
  ///
  /// Names start with a capital or a digit, so the scan skips every other word without
  /// tokenizing it; only where a name may start are tokens read and the trie walked.
  @inline(__always)
  func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ report: (ScanItem) -> Void
  ) {
    let end = min(range.upperBound, bytes.count)
    var offset = max(range.lowerBound, 0)
    while offset < end {
      let byte = bytes[offset]
      // ASCII fast path: skip spaces, marks and lower-case words without decoding.
      if byte < 0x80 {
        if (byte >= 0x61 && byte <= 0x7A) {
          offset = skipWord(bytes, from: offset + 1, end: end)
          continue
        }
        if !((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)) {
          offset += 1
          continue
        }
      } else {
        let (value, width) = Scalars.decode(bytes, at: offset)
        if !Scalars.isLetter(value) {
          offset += width
          continue
        }
        if !Scalars.isUppercase(value) {
          if value >= 0x0590, let script = Script.of(value), script.isCaseless {
            if script.isUnspaced {
              offset = scanUnspacedRun(bytes, from: offset, end: end, report)
              continue
            }
            // A script without case but with spaces (Arabic, Hebrew): walk the trie.
          } else {
            offset = skipWord(bytes, from: offset + width, end: end)
            continue
          }
        }
      }
      // A name may start here: walk the trie token by token.
      guard let (first, afterFirst) = Tokenizer.nextToken(bytes, from: offset, end: end) else {
        break
      }
      var node: Int32 = 0
      var cursor = offset
      var token = first
      var next = afterFirst
      var bestNode = -1
      var bestEnd = -1
      var bestNext = afterFirst
      var steps = 0
      while true {
        guard let found = edges.find(EdgeTable.Edge(parent: node, key: token.key)) else { break }
        guard found.allows(Self.bit(token.letterCase)) else { break }
        if steps > 0 && token.newlineBefore && isBlankLineBefore(bytes, token) { break }
        node = found.child
        if found.isEnd {
          bestNode = Int(node)
          bestEnd = token.byteRange.upperBound
          bestNext = next
        }
        if token.isPossessive { break }
        steps += 1
        cursor = next
        guard let (following, afterFollowing) = Tokenizer.nextToken(bytes, from: cursor, end: end)
        else { break }
        token = following
        next = afterFollowing
      }
      guard bestNode >= 0 else {
        // No name here: go on after this word.
        offset = first.kind == .punctuation ? afterFirst : max(afterFirst, offset + 1)
        continue
      }
      let byteRange = first.byteRange.lowerBound..<bestEnd
      let best = nodes[bestNode]
      // A place's name that is also a surname is read as a shared name, falling back to the
      // place (`add(placeSurname:personID:)`).
      let isPlaceSurname = best.ambiguous >= 0 && fallbackOfShared[Int(best.ambiguous)] >= 0
      if best.terminal >= 0 && !isPlaceSurname {
        report(ScanItem(byteRange: byteRange, entityID: Int(best.terminal), sharedIndex: -1))
      } else if let person = personByTitle(
        bytes, before: byteRange.lowerBound, limit: max(range.lowerBound, 0),
        shared: best.ambiguous)
      {
        report(ScanItem(byteRange: byteRange, entityID: person, sharedIndex: -1))
      } else {
        report(ScanItem(byteRange: byteRange, entityID: -1, sharedIndex: best.ambiguous))
      }
      offset = bestNext
    }
  }

  /// Each title of `roles` as its words' keys, for `addTitles`.
  static func titleKeys(_ roles: [String]) -> [[UInt64]] {
    roles.map { role in
      NameKey.tokens(role).filter { $0 != "-" }.map { NameKey.hash(Array($0.utf8)) }
    }.filter { !$0.isEmpty }
  }

  /// Gives entity `entityID` its titles (`titleKeys`) under each name it shares from the
  /// `first`-th on, and moves `first` past them: under those before, it has them already, and
  /// adding a title again would change nothing (each node on its path is held by it or by
  /// several people), so each shared name is given them once.
  mutating func addTitles(_ keyed: [[UInt64]], of entityID: Int, from first: inout Int) {
    guard !keyed.isEmpty, entityID >= 0, entityID < sharedNamesOfEntity.count else { return }
    let shared = sharedNamesOfEntity[entityID]
    guard first < shared.count else { return }
    for index in shared[first...] {
      for role in keyed { titles.add(role, of: entityID, shared: index) }
    }
    first = shared.count
  }

  /// The one of the candidates of shared name `shared` whose title stands right before the
  /// name at `start`: the word before it is the title's last word, and more of the title's
  /// words before that count for it ("Prime Minister Sharif", "Army chief Sharif"). Nil when no
  /// title or two people's fit alike.
  private func personByTitle(
    _ bytes: UnsafeBufferPointer<UInt8>, before start: Int, limit: Int, shared: Int32
  ) -> Int? {
    guard !titles.isEmpty else { return nil }
    let before = Self.wordKeys(bytes, before: start, limit: limit, count: 4)
    return titles.person(shared: shared, wordsBefore: before)
  }

  /// The keys of up to `count` words right before `start`, nearest first, on the same line and
  /// in the same clause (a mark other than a hyphen or an apostrophe stops them).
  private static func wordKeys(
    _ bytes: UnsafeBufferPointer<UInt8>, before start: Int, limit: Int, count: Int
  ) -> [UInt64] {
    var keys: [UInt64] = []
    var offset = start
    while keys.count < count && offset > limit {
      while offset > limit && (bytes[offset - 1] == 0x20 || bytes[offset - 1] == 0x2D) {
        offset -= 1
      }
      var wordStart = offset
      while wordStart > limit {
        let byte = bytes[wordStart - 1]
        let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        guard isLetter || byte == 0x2E else { break }
        wordStart -= 1
      }
      guard wordStart < offset else { break }
      var folded: [UInt8] = []
      for index in wordStart..<offset {
        let byte = bytes[index]
        folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      }
      keys.append(NameKey.hash(folded))
      offset = wordStart
    }
    return keys
  }

  /// Reports the unspaced names inside the run of unspaced letters at `start`, longest first
  /// at each place, and returns the offset after the run.
  private func scanUnspacedRun(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, _ report: (ScanItem) -> Void
  ) -> Int {
    var runEnd = start
    while runEnd < end {
      let (value, width) = Scalars.decode(bytes, at: runEnd)
      guard Scalars.isLetter(value), Script.of(value)?.isUnspaced == true else { break }
      runEnd += width
    }
    guard !unspacedNames.isEmpty else { return runEnd }
    var offset = start
    while offset < runEnd {
      if let name = unspacedNames.longest(in: bytes, at: offset, end: runEnd) {
        report(
          ScanItem(
            byteRange: offset..<offset + name.length, entityID: name.entityID, sharedIndex: -1))
        offset += name.length
      } else {
        offset += Scalars.decode(bytes, at: offset).width
      }
    }
    return runEnd
  }

  /// True when a paragraph starts at `offset` as the scan sees paragraphs: a blank line
  /// (a line of spaces, tabs and carriage returns only) ends right before it, and the text
  /// after it, past spaces and line breaks, does not start with other white space (a
  /// no-break space would hide the blank line from the trie walk). No name runs across such
  /// a start, and the scan reaches it with nothing carried over.
  static func isParagraphStart(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset >= 2, offset <= bytes.count, bytes[offset - 1] == 0x0A else { return false }
    var before = offset - 2
    while before >= 0, bytes[before] == 0x20 || bytes[before] == 0x09 || bytes[before] == 0x0D {
      before -= 1
    }
    guard before >= 0, bytes[before] == 0x0A else { return false }
    var after = offset
    while after < bytes.count,
      bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0D || bytes[after] == 0x0A
    {
      after += 1
    }
    guard after < bytes.count else { return true }
    return !Scalars.isWhitespace(Scalars.decode(bytes, at: after).value)
  }

  /// The offset after the rest of a word that starts with a lower-case letter: its letters,
  /// digits and inner apostrophes, hyphens and dots (so "iPhone", "e-mail" and "don’t" are
  /// passed whole, and no capital inside a word starts a name).
  @inline(__always)
  private func skipWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var offset = start
    while offset < end {
      let byte = bytes[offset]
      if byte < 0x80 {
        let isWordByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
        guard isWordByte else { return offset }
        offset += 1
      } else {
        let (value, width) = Scalars.decode(bytes, at: offset)
        guard Scalars.isLetter(value) || Scalars.isApostrophe(value) else { return offset }
        offset += width
      }
    }
    return offset
  }

  /// True when two line breaks separate `token` from the text before it: a name does not run
  /// across paragraphs.
  private func isBlankLineBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    var offset = token.byteRange.lowerBound - 1
    var breaks = 0
    while offset >= 0 {
      let byte = bytes[offset]
      if byte == 0x0A { breaks += 1 } else if byte != 0x20 && byte != 0x09 && byte != 0x0D { break }
      if breaks >= 2 { return true }
      offset -= 1
    }
    return false
  }

  var nodeCount: Int { nodes.count }
}

/// Resolves the lone names that several people share, in text order: to the one of them last
/// named in full earlier in the text, else to the next one named after it, else no match.
///
/// Work per name is independent of how many people share it: the resolver keeps, per shared
/// name, the last naming of any of its candidates (forwards) or the next one (backwards), each
/// naming updating only the shared names its entity is a candidate of.
struct SharedNameResolver {
  let matcher: NameMatcher
  private var found: [NameMatcher.RawMatch] = []
  /// Per shared name (`ScanItem.sharedIndex`), the index in `found` of the last full naming of
  /// any of its candidates.
  private var lastNamingOfShared = KeyTable()
  // Lone shared names with no full name before them ("Fernández vows …" in a headline),
  // resolved after the scan to the next full name instead.
  private var pending: [(position: Int, byteRange: Range<Int>, sharedIndex: Int32)] = []

  init(matcher: NameMatcher) {
    self.matcher = matcher
  }

  mutating func reserveCapacity(_ count: Int) { found.reserveCapacity(count) }

  @inline(__always)
  mutating func add(_ item: NameMatcher.ScanItem) {
    if item.entityID >= 0 {
      let position = Int32(truncatingIfNeeded: found.count)
      found.append(NameMatcher.RawMatch(byteRange: item.byteRange, entityID: item.entityID))
      matcher.forEachSharedName(of: item.entityID) { shared in
        lastNamingOfShared[UInt64(UInt32(bitPattern: shared))] = position
      }
      return
    }
    if let position = lastNamingOfShared[UInt64(UInt32(bitPattern: item.sharedIndex))] {
      found.append(
        NameMatcher.RawMatch(byteRange: item.byteRange, entityID: found[Int(position)].entityID))
    } else {
      pending.append((found.count, item.byteRange, item.sharedIndex))
    }
  }

  /// Every match, in order; the resolver is spent. With `keepingUndecided`, a shared name
  /// that nothing decides is kept as undecided (`RawMatch.undecided`): a writer's draft asks
  /// about it, though it counts as no one's mention in the corpus.
  mutating func finish(keepingUndecided: Bool = false) -> [NameMatcher.RawMatch] {
    guard !pending.isEmpty else { return found }
    // Each waiting name takes the first match at or after it of one of its candidates: found
    // by one backward walk that keeps, per shared name, the index of its candidates' next
    // match.
    var nextMatchOfShared = KeyTable()
    var cursor = found.count
    var resolved: [(position: Int, match: NameMatcher.RawMatch)] = []
    for waiting in pending.reversed() {
      while cursor > waiting.position {
        cursor -= 1
        let position = Int32(truncatingIfNeeded: cursor)
        matcher.forEachSharedName(of: found[cursor].entityID) { shared in
          nextMatchOfShared[UInt64(UInt32(bitPattern: shared))] = position
        }
      }
      if let first = nextMatchOfShared[UInt64(UInt32(bitPattern: waiting.sharedIndex))] {
        resolved.append(
          (
            waiting.position,
            NameMatcher.RawMatch(
              byteRange: waiting.byteRange, entityID: found[Int(first)].entityID)
          ))
      } else if case let place = matcher.fallback(ofShared: waiting.sharedIndex), place >= 0 {
        resolved.append(
          (waiting.position, NameMatcher.RawMatch(byteRange: waiting.byteRange, entityID: place)))
      } else if keepingUndecided,
        let candidate = matcher.candidates(ofShared: waiting.sharedIndex).first
      {
        resolved.append(
          (
            waiting.position,
            NameMatcher.RawMatch(
              byteRange: waiting.byteRange, entityID: candidate, undecided: waiting.sharedIndex)
          ))
      }
    }
    resolved.reverse()
    guard !resolved.isEmpty else { return found }
    // Merged in one pass: each resolved name goes before the match that followed it.
    var merged: [NameMatcher.RawMatch] = []
    merged.reserveCapacity(found.count + resolved.count)
    var copied = 0
    for item in resolved {
      while copied < item.position {
        merged.append(found[copied])
        copied += 1
      }
      merged.append(item.match)
    }
    merged.append(contentsOf: found[copied...])
    return merged
  }
}

/// The trie's edges: (parent node, token key) → child node, with open addressing. A slot is 16
/// bytes: the token key, then parent (28 bits), child (28 bits), the letter cases that may reach
/// the child (4 bits) and whether a name ends there (1 bit). Child 0 (the root, never a child)
/// marks an empty slot.
private struct EdgeTable: Sendable {
  /// An edge to look up: from `parent` by the token with key `key`.
  struct Edge {
    let parent: Int32
    let key: UInt64
  }

  /// What a slot says of an edge's child.
  struct Found {
    fileprivate let packed: UInt64
    var child: Int32 { Int32(truncatingIfNeeded: (packed >> 28) & EdgeTable.nodeMask) }
    var isEnd: Bool { packed & EdgeTable.endBit != 0 }
    /// True when a token whose case bit is `caseBit` may reach the child.
    @inline(__always)
    func allows(_ caseBit: UInt8) -> Bool { (packed >> 56) & UInt64(caseBit) & 0xF != 0 }
  }

  /// Nodes are numbered in 28 bits.
  static let maximumNodes = 1 << 28
  fileprivate static let nodeMask: UInt64 = (1 << 28) - 1
  fileprivate static let endBit: UInt64 = 1 << 60

  private struct Slot {
    var key: UInt64
    var packed: UInt64
  }

  private var slots = [Slot](repeating: Slot(key: 0, packed: 0), count: 16)
  private var mask = 15
  private var shift: UInt64 = 60
  private var count = 0

  @inline(__always)
  private func start(_ edge: Edge) -> Int {
    let mixed = edge.key ^ (UInt64(UInt32(bitPattern: edge.parent)) &* 0xD6E8_FEB8_6659_FD93)
    return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  private static func child(_ packed: UInt64) -> UInt64 { (packed >> 28) & nodeMask }

  /// The slot of `edge`, or of the empty slot where it would go.
  @inline(__always)
  private func index(_ edge: Edge) -> Int {
    slots.withUnsafeBufferPointer { slots in
      let parent = UInt64(UInt32(bitPattern: edge.parent))
      var index = start(edge)
      while true {
        let slot = slots[index]
        if Self.child(slot.packed) == 0 { return index }
        if slot.key == edge.key && slot.packed & Self.nodeMask == parent { return index }
        index = (index + 1) & mask
      }
    }
  }

  @inline(__always)
  func find(_ edge: Edge) -> Found? {
    slots.withUnsafeBufferPointer { slots in
      let parent = UInt64(UInt32(bitPattern: edge.parent))
      var index = start(edge)
      while true {
        let slot = slots[index]
        if Self.child(slot.packed) == 0 { return nil }
        if slot.key == edge.key && slot.packed & Self.nodeMask == parent {
          return Found(packed: slot.packed)
        }
        index = (index + 1) & mask
      }
    }
  }

  mutating func add(_ edge: Edge, child: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let packed =
      UInt64(UInt32(bitPattern: edge.parent)) & Self.nodeMask
      | (UInt64(UInt32(bitPattern: child)) & Self.nodeMask) << 28
    slots[index(edge)] = Slot(key: edge.key, packed: packed)
    count += 1
  }

  /// Lets tokens with the case bits `cases` reach the child of `edge`.
  mutating func allow(_ edge: Edge, cases: UInt8) {
    let at = index(edge)
    guard Self.child(slots[at].packed) != 0 else { return }
    slots[at].packed |= (UInt64(cases) & 0xF) << 56
  }

  /// Notes that a name ends at the child of `edge`.
  mutating func markEnd(_ edge: Edge) {
    let at = index(edge)
    guard Self.child(slots[at].packed) != 0 else { return }
    slots[at].packed |= Self.endBit
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, packed: 0), count: old.count * 2)
    mask = slots.count - 1
    shift = UInt64(64 - slots.count.trailingZeroBitCount)
    for slot in old where Self.child(slot.packed) != 0 {
      var at = start(
        Edge(parent: Int32(truncatingIfNeeded: slot.packed & Self.nodeMask), key: slot.key))
      while Self.child(slots[at].packed) != 0 { at = (at + 1) & mask }
      slots[at] = slot
    }
  }
}
