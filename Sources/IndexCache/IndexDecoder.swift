import Base
import Corpus
import Knowledge

/// Reads a payload written by `IndexEncoder`, its chunks on every core.
///
/// Every number is checked against what it may be (a string number against the table, a count
/// against what is left, a day against the calendar), so a payload that passed its checksum
/// but does not read as an index is reported as malformed, never trusted or trapped on.
struct IndexDecoder: Sendable {
  /// The cache file; the payload starts at `payloadStart`.
  private let file: [UInt8]
  private let payloadStart: Int
  let fileCount: Int
  let entityCount: Int
  private let fileChunks: [Range<Int>]
  private let entityChunks: [Range<Int>]
  private let strings: [String]

  /// Reads the payload of `file` from `payloadStart` to the end.
  init(file: [UInt8], payloadStart: Int) throws(CacheProblem) {
    self.file = file
    self.payloadStart = min(max(payloadStart, 0), file.count)
    guard file.count - self.payloadStart >= 8 else {
      throw .malformed("the payload has no trailer")
    }
    let trailer = try Self.withPayload(file, self.payloadStart) { bytes throws(CacheProblem) in
      var end = ByteReader(bytes, offset: bytes.count - 8)
      let trailerStart = try end.uint64()
      guard trailerStart <= UInt64(bytes.count - 8) else {
        throw .malformed("the trailer is outside the payload")
      }
      var reader = ByteReader(
        UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)]), offset: Int(trailerStart))
      let limit = bytes.count
      let fileCount = try reader.count()
      let fileStarts = try Self.starts(&reader, limit: limit)
      let entityCount = try reader.count()
      let entityStarts = try Self.starts(&reader, limit: limit)
      let stringsStart = try reader.count(atMost: Int(trailerStart))
      return (fileCount, fileStarts, entityCount, entityStarts, stringsStart, Int(trailerStart))
    }
    let (fileCount, fileStarts, entityCount, entityStarts, stringsStart, trailerStart) = trailer
    // Every file takes two bytes at least, every entity seventeen: counts beyond that are
    // damage, and must not size any allocation.
    guard fileCount * 2 <= trailerStart, entityCount * 17 <= trailerStart else {
      throw .malformed("the trailer's counts do not fit the payload")
    }
    guard
      fileStarts.count == (fileCount + IndexEncoder.filesPerChunk - 1) / IndexEncoder.filesPerChunk,
      entityStarts.count
        == (entityCount + IndexEncoder.entitiesPerChunk - 1) / IndexEncoder.entitiesPerChunk
    else { throw .malformed("the trailer's chunk counts do not fit its item counts") }
    let boundaries = fileStarts + entityStarts + [stringsStart]
    guard zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      throw .malformed("the payload's parts are out of order")
    }
    self.fileCount = fileCount
    self.entityCount = entityCount
    fileChunks = Self.ranges(fileStarts, end: entityStarts.first ?? stringsStart)
    entityChunks = Self.ranges(entityStarts, end: stringsStart)
    strings = try Self.withPayload(file, self.payloadStart) { bytes throws(CacheProblem) in
      var reader = ByteReader(
        UnsafeRawBufferPointer(rebasing: bytes[..<trailerStart]), offset: stringsStart)
      return try StringTable.read(&reader)
    }
  }

  private static func starts(_ reader: inout ByteReader, limit: Int) throws(CacheProblem) -> [Int] {
    let count = try reader.count(atMost: limit)
    var starts: [Int] = []
    for _ in 0..<count { starts.append(try reader.count(atMost: limit)) }
    return starts
  }

  private static func ranges(_ starts: [Int], end: Int) -> [Range<Int>] {
    starts.indices.map { index in
      starts[index]..<(index + 1 < starts.count ? starts[index + 1] : end)
    }
  }

  // MARK: - Files

  /// Each listed file's outcome, in file order.
  func files() throws(CacheProblem) -> [StoredFileOutcome] {
    try decodeInPlace(
      count: fileCount, chunks: fileChunks, perChunk: IndexEncoder.filesPerChunk
    ) { reader, _ throws(CacheProblem) in try file(&reader) }
  }

  private func file(_ reader: inout ByteReader) throws(CacheProblem) -> StoredFileOutcome {
    let tag = try reader.byte()
    switch tag {
    case 0, 1: return .document(try parts(&reader), textIsFileBytes: tag == 0)
    case 2: return .skipped(reason: try reader.string(strings))
    case 3:
      // Each document takes a dozen bytes at least: a count beyond that is damage, and must
      // not size an allocation.
      let count = try reader.count(atMost: reader.remainingByteCount / 8)
      var documents: [DocumentParts] = []
      documents.reserveCapacity(count)
      for _ in 0..<count { documents.append(try parts(&reader)) }
      return .extracted(documents)
    default: throw .malformed("a file's tag is \(tag)")
    }
  }

  private func parts(_ reader: inout ByteReader) throws(CacheProblem) -> DocumentParts {
    let title = try reader.optionalString(strings)
    let outlet = try reader.optionalString(strings)
    let date = try reader.optionalString(strings)
    let calendarDate = try day(&reader)
    // Straight into the compact lists a document keeps: no array of blocks or sentences is
    // made first.
    let blockCount = try reader.count()
    var blocks = TextBlockList()
    blocks.reserveCapacity(min(blockCount, 1 << 16))
    var previousEnd = 0
    for _ in 0..<blockCount {
      let range = try self.range(&reader, after: previousEnd)
      let kind: BlockKind
      switch try reader.count() {
      case 0: kind = .title
      case 1: kind = .body
      case let code:
        guard code - 2 < strings.count else { throw .malformed("a block's kind is unknown") }
        kind = .boilerplate(reason: strings[code - 2])
      }
      blocks.append(range, kind: kind)
      previousEnd = range.upperBound
    }
    let sentenceCount = try reader.count()
    var sentences = SentenceList()
    sentences.reserveCapacity(min(sentenceCount, 1 << 16))
    previousEnd = 0
    var previousBlock = 0
    for _ in 0..<sentenceCount {
      let range = try self.range(&reader, after: previousEnd)
      let block = previousBlock + (try reader.signed())
      sentences.append(range, blockIndex: block)
      previousEnd = range.upperBound
      previousBlock = block
    }
    return DocumentParts(
      title: title, outlet: outlet, date: date, calendarDate: calendarDate,
      blocks: blocks, sentences: sentences,
      lineIndex: try lineIndex(&reader))
  }

  private func lineIndex(_ reader: inout ByteReader) throws(CacheProblem) -> LineIndex? {
    let count = try reader.count()
    guard count > 0 else { return nil }
    let isASCII = try reader.bool()
    let byteCount = try reader.count()
    guard byteCount < Int(UInt32.max) else { throw .malformed("a text is 4 GiB or more") }
    var starts: [UInt32] = []
    starts.reserveCapacity(min(count, byteCount + 1, 1 << 16))
    starts.append(0)
    var start = 0
    for _ in 1..<count {
      start += try reader.count()
      guard start <= byteCount else { throw .malformed("a line starts past its text") }
      starts.append(UInt32(truncatingIfNeeded: start))
    }
    guard let index = LineIndex(lineStarts: starts, byteCount: byteCount, isASCII: isASCII) else {
      throw .malformed("a line index does not fit its text")
    }
    return index
  }

  /// A range written as its start's distance from `previous` and its length.
  @inline(__always)
  private func range(_ reader: inout ByteReader, after previous: Int) throws(CacheProblem)
    -> Range<Int>
  {
    let start = previous + (try reader.signed())
    let length = try reader.count()
    guard start >= 0 else { throw .malformed("a range starts before its text") }
    return start..<(start + length)
  }

  private func day(_ reader: inout ByteReader) throws(CacheProblem) -> CalendarDate? {
    let packed = try reader.count()
    guard packed > 0 else { return nil }
    let value = packed - 1
    guard let date = CalendarDate(year: value >> 9, month: (value >> 5) & 15, day: value & 31)
    else { throw .malformed("a day is not in the calendar") }
    return date
  }

  // MARK: - Entities

  /// Every entity, and the shared surnames.
  func entities() throws(CacheProblem) -> (entities: [Entity], sharedSurnames: [Int: String]) {
    var surnames = [String?](repeating: nil, count: entityCount)
    let entities = try surnames.withUnsafeMutableBufferPointer {
      surnameBuffer throws(CacheProblem) in
      // Safe to share: the entity at `index` is decoded once, by one chunk, which alone writes
      // its surname; `decodeInPlace` returns only after every chunk has finished.
      nonisolated(unsafe) let surnameSlots = surnameBuffer
      return try decodeInPlace(
        count: entityCount, chunks: entityChunks, perChunk: IndexEncoder.entitiesPerChunk
      ) { reader, index throws(CacheProblem) in
        let (entity, surname) = try entity(id: index, &reader)
        surnameSlots[index] = surname
        return entity
      }
    }
    var shared: [Int: String] = [:]
    for (id, surname) in surnames.enumerated() {
      if let surname { shared[id] = surname }
    }
    return (entities, shared)
  }

  private func entity(id: Int, _ reader: inout ByteReader) throws(CacheProblem) -> (
    Entity, String?
  ) {
    let key = try reader.string(strings)
    let name = try reader.string(strings)
    let usedBy = try reader.strings(strings)
    let nameSource = try sentence(&reader)
    let kind = try entityKind(&reader)
    let aliasCount = try reader.count()
    var aliases: [Alias] = []
    aliases.reserveCapacity(min(aliasCount, 1 << 12))
    for _ in 0..<aliasCount {
      aliases.append(
        Alias(
          name: try reader.string(strings), usedBy: try reader.strings(strings),
          source: try sentence(&reader), language: try reader.optionalString(strings)))
    }
    let roles = try reader.strings(strings)
    let nationality = try reader.optionalString(strings)
    let definition = try sentence(&reader)
    let glossaryDefinition = try reader.optionalString(strings)
    let mentions = try self.mentions(&reader)
    let relationCount = try reader.count()
    var related: [Relation] = []
    related.reserveCapacity(min(relationCount, 1 << 12))
    for _ in 0..<relationCount {
      let entityID = try reader.count()
      let kindIndex = try reader.count()
      guard kindIndex < RelationKind.allCases.count else {
        throw .malformed("a relation's kind is unknown")
      }
      related.append(
        Relation(
          entityID: entityID, kind: RelationKind.allCases[kindIndex],
          source: try sentence(&reader)))
    }
    let quotationCount = try reader.count()
    var quotations: [Quotation] = []
    quotations.reserveCapacity(min(quotationCount, 1 << 12))
    for _ in 0..<quotationCount {
      guard let source = try sentence(&reader) else {
        throw .malformed("a quotation has no sentence")
      }
      let start = try reader.count()
      let range = start..<(start + (try reader.count()))
      let text = try reader.string(strings)
      quotations.append(Quotation(text: text, source: source, byteRange: range))
    }
    let outlets = try reader.strings(strings)
    let dates = try reader.strings(strings)
    let firstSeen = try day(&reader)
    let lastSeen = try day(&reader)
    let surname = try reader.optionalString(strings)
    let entity = Entity(
      id: id, key: key, name: name, usedBy: usedBy, nameSource: nameSource, kind: kind,
      aliases: aliases, roles: roles, nationality: nationality, definition: definition,
      glossaryDefinition: glossaryDefinition, mentions: mentions, related: related,
      quotations: quotations, outlets: outlets, dates: dates, firstSeen: firstSeen,
      lastSeen: lastSeen)
    return (entity, surname)
  }

  /// An entity's mentions, written straight into their array: 5.5 million at 100,000
  /// articles, so no append (each checks the array's uniqueness and capacity) per mention.
  private func mentions(_ reader: inout ByteReader) throws(CacheProblem) -> [Mention] {
    let count = try reader.count()
    // Every mention takes three bytes at least: a count beyond that is damage, and must not
    // size an allocation.
    guard count <= reader.remainingByteCount / 3 else {
      throw .malformed("a mention count does not fit the payload")
    }
    var problem: CacheProblem?
    let mentions = [Mention](unsafeUninitializedCapacity: count) { buffer, initialized in
      var document = 0
      var start = 0
      do throws(CacheProblem) {
        while initialized < count {
          let nextDocument = document + (try reader.signed())
          if nextDocument != document { start = 0 }
          start += try reader.signed()
          let lengthAndFlag = try reader.count()
          guard nextDocument >= 0, start >= 0 else {
            throw .malformed("a mention is outside the corpus")
          }
          (buffer.baseAddress! + initialized).initialize(
            to: Mention(
              documentID: nextDocument, byteRange: start..<(start + lengthAndFlag >> 1),
              isBoilerplate: lengthAndFlag & 1 == 1))
          initialized += 1
          document = nextDocument
        }
      } catch {
        problem = error
      }
    }
    if let problem { throw problem }
    return mentions
  }

  private func entityKind(_ reader: inout ByteReader) throws(CacheProblem) -> EntityKind {
    let index = try reader.count()
    guard index < EntityKind.allCases.count else { throw .malformed("an entity's kind is unknown") }
    return EntityKind.allCases[index]
  }

  private func sentence(_ reader: inout ByteReader) throws(CacheProblem) -> SentenceRef? {
    let document = try reader.count()
    guard document > 0 else { return nil }
    let start = try reader.count()
    let length = try reader.count()
    return SentenceRef(documentID: document - 1, byteRange: start..<(start + length))
  }

  // MARK: - Chunks

  /// `count` items, `perChunk` to each of `chunks`, decoded on every core by `decode` (given
  /// the reader and the item's index) straight into their places in the result: no item is
  /// copied (a file's outcome or an entity holds many references, and a copy retains each).
  private func decodeInPlace<T: Sendable>(
    count: Int, chunks: [Range<Int>], perChunk: Int,
    _ decode: @Sendable (inout ByteReader, Int) throws(CacheProblem) -> T
  ) throws(CacheProblem) -> [T] {
    var problem: CacheProblem?
    let items = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      // Safe to share: chunk `index` initializes only its own items' slots, and
      // `Parallel.map` returns only after every chunk has finished.
      nonisolated(unsafe) let slots = buffer
      let outcomes = Parallel.map(chunks.count) { index -> (decoded: Int, CacheProblem?) in
        let first = index * perChunk
        let itemCount = min(perChunk, count - first)
        var decoded = 0
        do throws(CacheProblem) {
          try chunk(chunks[index]) { reader throws(CacheProblem) in
            while decoded < itemCount {
              (slots.baseAddress! + first + decoded).initialize(
                to: try decode(&reader, first + decoded))
              decoded += 1
            }
          }
          return (decoded, nil)
        } catch {
          return (decoded, error)
        }
      }
      problem = outcomes.lazy.compactMap(\.1).first
      guard problem != nil else {
        initialized = count
        return
      }
      // Only whole prefixes of chunks were made: unmake them, and hand back an empty array.
      for (index, outcome) in outcomes.enumerated() {
        (buffer.baseAddress! + index * perChunk).deinitialize(count: outcome.decoded)
      }
      initialized = 0
    }
    if let problem { throw problem }
    return items
  }

  /// Reads one chunk with `body`, which must consume it exactly.
  private func chunk<T>(
    _ range: Range<Int>, _ body: (inout ByteReader) throws(CacheProblem) -> T
  ) throws(CacheProblem) -> T {
    return try withPayload { bytes throws(CacheProblem) in
      guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
        throw .malformed("a chunk is outside the payload")
      }
      var reader = ByteReader(
        UnsafeRawBufferPointer(rebasing: bytes[..<range.upperBound]), offset: range.lowerBound)
      let value = try body(&reader)
      guard reader.isAtEnd else { throw .malformed("a chunk has bytes left over") }
      return value
    }
  }

  /// `body` on the payload's bytes.
  private func withPayload<T>(_ body: (UnsafeRawBufferPointer) throws(CacheProblem) -> T)
    throws(CacheProblem) -> T
  {
    try Self.withPayload(file, payloadStart, body)
  }

  private static func withPayload<T>(
    _ file: [UInt8], _ start: Int, _ body: (UnsafeRawBufferPointer) throws(CacheProblem) -> T
  ) throws(CacheProblem) -> T {
    try file.withBytes { bytes throws(CacheProblem) in
      try body(UnsafeRawBufferPointer(rebasing: bytes[start...]))
    }
  }
}
