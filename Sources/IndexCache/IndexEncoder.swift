import Corpus
import Knowledge

/// What the cache records of each listed file, in the corpus's file order: the next document
/// (whose parts come from the knowledge base's corpus), or a skip with its reason.
public enum FileRecord: Sendable, Hashable {
  /// `textIsFileBytes`: the document's text is the file's bytes unchanged (no decoding needed).
  case document(textIsFileBytes: Bool)
  /// The next `count` documents, taken out of a page or a dump (their texts are taken out of
  /// the file again on a restore).
  case extracted(count: Int)
  case skipped(reason: String)

  /// How many documents the file gave.
  var documentCount: Int {
    switch self {
    case .document: 1
    case .extracted(let count): count
    case .skipped: 0
    }
  }
}

/// Writes an index's payload: each file's outcome and segmentation, then every entity, then the
/// strings they share, then a table of where each part starts.
///
/// ```
/// file chunks    4,096 files each: per file a tag (0 document, text = file bytes;
///                1 document, text decoded; 2 skipped + reason; 3 documents taken out of a
///                page or a dump + their count), then for each document its title, outlet,
///                date, calendar day, blocks and sentences (offsets as deltas) and its text's
///                line index (line lengths)
/// entity chunks  2,048 entities each: every public field of `Entity` (mentions as deltas
///                within a document), and the entity's shared surname
/// strings        count, each length, then the bytes
/// trailer        file count, chunk starts; entity count, chunk starts; strings start
/// last 8 bytes   the trailer's start
/// ```
///
/// Strings are numbers into the table; optional values are 0 for none, else the value plus
/// one. Chunks let the reader decode on every core.
enum IndexEncoder {
  static let filesPerChunk = 4096
  static let entitiesPerChunk = 2048

  /// Encodes `knowledge` and `files` into `sink`. Nil when the records do not describe the
  /// knowledge base's corpus (then nothing must be written).
  static func encode(knowledge: KnowledgeBase, files: [FileRecord], into sink: PayloadSink)
    -> Void?
  {
    let documents = knowledge.corpus.documents
    let documentRecords = files.reduce(0) { $0 + $1.documentCount }
    guard documentRecords == documents.count else { return nil }
    var strings = StringTable()
    var writer = ByteWriter(capacity: 1 << 20)
    var fileChunkStarts: [Int] = []
    var documentIndex = 0
    for (index, file) in files.enumerated() {
      if index % filesPerChunk == 0 {
        sink.take(&writer)
        fileChunkStarts.append(sink.size)
      }
      switch file {
      case .skipped(let reason):
        writer.append(2)
        writer.appendString(reason, &strings)
      case .document(let textIsFileBytes):
        writer.append(textIsFileBytes ? 0 : 1)
        encode(documents[documentIndex].parts, &writer, &strings)
        documentIndex += 1
      case .extracted(let count):
        writer.append(3)
        writer.appendCount(count)
        for _ in 0..<count {
          encode(documents[documentIndex].parts, &writer, &strings)
          documentIndex += 1
        }
      }
      if writer.count >= 1 << 20 { sink.take(&writer) }
    }
    sink.take(&writer)
    var entityChunkStarts: [Int] = []
    let sharedSurnames = knowledge.sharedSurnames
    for entity in knowledge.entities {
      if entity.id % entitiesPerChunk == 0 {
        sink.take(&writer)
        entityChunkStarts.append(sink.size)
      }
      encode(entity, surname: sharedSurnames[entity.id], &writer, &strings)
      if writer.count >= 1 << 20 { sink.take(&writer) }
    }
    sink.take(&writer)
    let stringsStart = sink.size
    strings.write(to: &writer)
    sink.take(&writer)
    let trailerStart = sink.size
    writer.appendCount(files.count)
    writer.appendCount(fileChunkStarts.count)
    for start in fileChunkStarts { writer.appendCount(start) }
    writer.appendCount(knowledge.entities.count)
    writer.appendCount(entityChunkStarts.count)
    for start in entityChunkStarts { writer.appendCount(start) }
    writer.appendCount(stringsStart)
    writer.appendUInt64(UInt64(trailerStart))
    sink.take(&writer)
    return ()
  }

  // MARK: - Documents

  private static func encode(
    _ parts: DocumentParts, _ writer: inout ByteWriter, _ strings: inout StringTable
  ) {
    writer.appendOptionalString(parts.title, &strings)
    writer.appendOptionalString(parts.outlet, &strings)
    writer.appendOptionalString(parts.date, &strings)
    writer.appendCount(parts.calendarDate.map(packed) ?? 0)
    writer.appendCount(parts.blocks.count)
    var previousEnd = 0
    for block in parts.blocks {
      writer.appendSigned(block.byteRange.lowerBound - previousEnd)
      writer.appendCount(block.byteRange.count)
      switch block.kind {
      case .title: writer.appendCount(0)
      case .body: writer.appendCount(1)
      case .boilerplate(let reason): writer.appendCount(2 + strings.id(reason))
      }
      previousEnd = block.byteRange.upperBound
    }
    writer.appendCount(parts.sentences.count)
    previousEnd = 0
    var previousBlock = 0
    for sentence in parts.sentences {
      writer.appendSigned(sentence.byteRange.lowerBound - previousEnd)
      writer.appendCount(sentence.byteRange.count)
      writer.appendSigned(sentence.blockIndex - previousBlock)
      previousEnd = sentence.byteRange.upperBound
      previousBlock = sentence.blockIndex
    }
    // The line index: its size (0 for none), whether the text is ASCII, the byte count, then
    // each line's length (the first line always starts at 0).
    guard let lineIndex = parts.lineIndex else {
      writer.appendCount(0)
      return
    }
    writer.appendCount(lineIndex.lineCount)
    writer.appendBool(lineIndex.isASCII)
    writer.appendCount(lineIndex.byteCount)
    for line in 1..<max(lineIndex.lineCount, 1) {
      writer.appendCount(lineIndex.lineStart(line) - lineIndex.lineStart(line - 1))
    }
  }

  /// A day as one number: 0 is none, else 1 + year·512 + month·32 + day.
  static func packed(_ date: CalendarDate) -> Int {
    1 + ((date.year << 9) | (date.month << 5) | date.day)
  }

  // MARK: - Entities

  private static func encode(
    _ entity: Entity, surname: String?, _ writer: inout ByteWriter,
    _ strings: inout StringTable
  ) {
    writer.appendString(entity.key, &strings)
    writer.appendString(entity.name, &strings)
    writer.appendStrings(entity.usedBy, &strings)
    encode(entity.nameSource, &writer)
    writer.appendCount(EntityKind.allCases.firstIndex(of: entity.kind) ?? 0)
    writer.appendCount(entity.aliases.count)
    for alias in entity.aliases {
      writer.appendString(alias.name, &strings)
      writer.appendStrings(alias.usedBy, &strings)
      encode(alias.source, &writer)
      writer.appendOptionalString(alias.language, &strings)
    }
    writer.appendStrings(entity.roles, &strings)
    writer.appendOptionalString(entity.nationality, &strings)
    encode(entity.definition, &writer)
    writer.appendOptionalString(entity.glossaryDefinition, &strings)
    writer.appendCount(entity.mentions.count)
    var previousDocument = 0
    var previousStart = 0
    for mention in entity.mentions {
      writer.appendSigned(mention.documentID - previousDocument)
      if mention.documentID != previousDocument { previousStart = 0 }
      writer.appendSigned(mention.byteRange.lowerBound - previousStart)
      writer.appendCount(mention.byteRange.count << 1 | (mention.isBoilerplate ? 1 : 0))
      previousDocument = mention.documentID
      previousStart = mention.byteRange.lowerBound
    }
    writer.appendCount(entity.related.count)
    for relation in entity.related {
      writer.appendCount(relation.entityID)
      writer.appendCount(RelationKind.allCases.firstIndex(of: relation.kind) ?? 0)
      encode(relation.source, &writer)
    }
    writer.appendCount(entity.quotations.count)
    for quotation in entity.quotations {
      encode(quotation.source, &writer)
      writer.appendCount(quotation.byteRange.lowerBound)
      writer.appendCount(quotation.byteRange.count)
      // The words themselves, although the corpus has them: entities are read before the
      // corpus's files are, while they are being read.
      writer.appendString(quotation.text, &strings)
    }
    writer.appendStrings(entity.outlets, &strings)
    writer.appendStrings(entity.dates, &strings)
    writer.appendCount(entity.firstSeen.map(packed) ?? 0)
    writer.appendCount(entity.lastSeen.map(packed) ?? 0)
    writer.appendOptionalString(surname, &strings)
  }

  /// A sentence: 0 for none, else its document plus one, its start and its length.
  private static func encode(_ ref: SentenceRef?, _ writer: inout ByteWriter) {
    guard let ref else {
      writer.appendCount(0)
      return
    }
    writer.appendCount(ref.documentID + 1)
    writer.appendCount(ref.byteRange.lowerBound)
    writer.appendCount(ref.byteRange.count)
  }
}
