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
  }

  private var tokenIDs = KeyTable()
  /// Edges of the trie, keyed by parent node (high 32 bits) and token id (low 32 bits).
  private var transitions = KeyTable()
  /// Per node: the entity a surface ending here names, or -1.
  private var terminal: [Int32] = [-1]
  /// Per node: index into `ambiguous` when the surface ending here may name several people.
  private var ambiguousIndex: [Int32] = [-1]
  private var ambiguous: [[Int]] = []
  /// Per node: which letter cases the text token reaching this node may have.
  private var allowedCases: [UInt8] = [0xFF]

  init() {}

  /// Adds a surface form of entity `entityID`. The first entity to claim a surface keeps it.
  mutating func add(surface: String, entityID: Int) {
    guard let node = insert(surface), terminal[node] < 0 else { return }
    terminal[node] = Int32(entityID)
  }

  /// Adds a lone name that may mean any of `entityIDs`.
  mutating func add(ambiguousSurface surface: String, entityIDs: [Int]) {
    guard let node = insert(surface), terminal[node] < 0 else { return }
    if ambiguousIndex[node] >= 0 {
      let index = Int(ambiguousIndex[node])
      for id in entityIDs where !ambiguous[index].contains(id) { ambiguous[index].append(id) }
    } else {
      ambiguousIndex[node] = Int32(ambiguous.count)
      ambiguous.append(entityIDs)
    }
  }

  private mutating func insert(_ surface: String) -> Int? {
    let utf8 = Array(surface.utf8)
    let tokens = utf8.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<$0.count) }
    guard let first = tokens.first, first.isCapitalized || first.kind == .number else { return nil }
    var node = 0
    for token in tokens {
      let tokenID: Int32
      if let existing = tokenIDs[token.key] {
        tokenID = existing
      } else {
        tokenID = Int32(tokenIDs.count)
        tokenIDs[token.key] = tokenID
      }
      let edge = UInt64(node) << 32 | UInt64(UInt32(tokenID))
      if let next = transitions[edge] {
        node = Int(next)
      } else {
        terminal.append(-1)
        ambiguousIndex.append(-1)
        allowedCases.append(0)
        let next = terminal.count - 1
        transitions[edge] = Int32(next)
        node = next
      }
      allowedCases[node] |= Self.casesAllowed(bySurfaceToken: token)
    }
    return node
  }

  private static func bit(_ letterCase: Token.LetterCase) -> UInt8 { 1 << letterCase.rawValue }

  private static func casesAllowed(bySurfaceToken token: Token) -> UInt8 {
    switch token.letterCase {
    case .upper: return bit(.upper)
    case .capitalized: return bit(.capitalized) | bit(.upper)
    case .lower, .other: return 0xFF
    }
  }

  /// Every match in `range` of `bytes`, in order, none overlapping.
  func matches(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [RawMatch] {
    var resolver = SharedNameResolver(matcher: self)
    scan(bytes, range: range) { resolver.add($0) }
    return resolver.finish()
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
          offset = skipWord(bytes, from: offset + width, end: end)
          continue
        }
      }
      // A name may start here: walk the trie token by token.
      guard let (first, afterFirst) = Tokenizer.nextToken(bytes, from: offset, end: end) else {
        break
      }
      var node = 0
      var cursor = offset
      var token = first
      var next = afterFirst
      var bestNode = -1
      var bestEnd = -1
      var bestNext = afterFirst
      var steps = 0
      while true {
        guard let tokenID = tokenIDs[token.key],
          let child = transitions[UInt64(node) << 32 | UInt64(UInt32(tokenID))]
        else { break }
        let childNode = Int(child)
        guard allowedCases[childNode] & Self.bit(token.letterCase) != 0 else { break }
        if steps > 0 && token.newlineBefore && isBlankLineBefore(bytes, token) { break }
        node = childNode
        if terminal[node] >= 0 || ambiguousIndex[node] >= 0 {
          bestNode = node
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
      if terminal[bestNode] >= 0 {
        report(ScanItem(byteRange: byteRange, entityID: Int(terminal[bestNode]), sharedIndex: -1))
      } else {
        report(ScanItem(byteRange: byteRange, entityID: -1, sharedIndex: ambiguousIndex[bestNode]))
      }
      offset = bestNext
    }
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

  var nodeCount: Int { terminal.count }
}

/// Resolves the lone names that several people share, in text order: to the one of them last
/// named in full earlier in the text, else to the next one named after it, else no match.
struct SharedNameResolver {
  let matcher: NameMatcher
  private var found: [NameMatcher.RawMatch] = []
  private var lastSeen: [Int: Int] = [:]
  // Lone shared names with no full name before them ("Fernández vows …" in a headline),
  // resolved after the scan to the next full name instead.
  private var pending: [(position: Int, byteRange: Range<Int>, candidates: [Int])] = []

  init(matcher: NameMatcher) {
    self.matcher = matcher
  }

  mutating func reserveCapacity(_ count: Int) { found.reserveCapacity(count) }

  @inline(__always)
  mutating func add(_ item: NameMatcher.ScanItem) {
    if item.entityID >= 0 {
      found.append(NameMatcher.RawMatch(byteRange: item.byteRange, entityID: item.entityID))
      lastSeen[item.entityID] = item.byteRange.lowerBound
      return
    }
    let candidates = matcher.candidates(ofShared: item.sharedIndex)
    let latest = candidates.compactMap { id in lastSeen[id].map { (id, $0) } }
      .max { $0.1 < $1.1 }
    if let (entityID, _) = latest {
      found.append(NameMatcher.RawMatch(byteRange: item.byteRange, entityID: entityID))
    } else {
      pending.append((found.count, item.byteRange, candidates))
    }
  }

  /// Every match, in order; the resolver is spent.
  mutating func finish() -> [NameMatcher.RawMatch] {
    guard !pending.isEmpty else { return found }
    var resolved: [(position: Int, match: NameMatcher.RawMatch)] = []
    for waiting in pending {
      let next = found[waiting.position...].first { waiting.candidates.contains($0.entityID) }
      if let next {
        resolved.append(
          (
            waiting.position,
            NameMatcher.RawMatch(byteRange: waiting.byteRange, entityID: next.entityID)
          ))
      }
    }
    for (offset, item) in resolved.enumerated() {
      found.insert(item.match, at: item.position + offset)
    }
    return found
  }
}
