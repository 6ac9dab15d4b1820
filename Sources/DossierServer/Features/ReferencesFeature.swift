import Corpus
import JSONRPC
import Knowledge

/// References: every mention of the entity under the cursor, in the open documents and across
/// the corpus, ordered by document then position.
///
/// Order: open documents that are not corpus files first (the report being written), by URI;
/// then corpus files in corpus order. An open corpus file whose text the user has edited is
/// matched afresh; an unedited one answers from the index.
///
/// Mentions in page furniture (navigation lists, teasers of other stories) are left out, as
/// they are left out of the entities: `initializationOptions.references.includeBoilerplate =
/// true` lists them too. The declaration is the name in the entity's defining sentence;
/// `context.includeDeclaration = false` leaves it out.
enum ReferencesFeature {
  struct Options {
    var includeDeclaration: Bool
    var includeBoilerplate: Bool
  }

  static func references(_ params: ReferenceParams, _ context: RequestContext) throws
    -> EncodedJSON
  {
    let document = try context.document(params.textDocument.uri)
    let offset = document.text.byteOffset(of: params.position, context.encoding)
    guard let match = document.match(at: offset) else { return .null }
    let options = Options(
      includeDeclaration: params.context.includeDeclaration,
      includeBoilerplate: context.settings.raw["references"]?["includeBoilerplate"]?.boolValue
        ?? false)
    return encodedLocations(
      of: context.entity(match.entityID), corpus: context.index.corpus,
      openTexts: openTexts(context), context.encoding, options,
      uris: context.analysis.corpusURIs(index: context.index))
  }

  /// The answer: what `locations` lists, written as a JSON array straight into bytes.
  static func encodedLocations(
    of entity: Entity, corpus: Corpus, openTexts: [AnalyzedDocument], _ encoding: PositionEncoding,
    _ options: Options, uris: CorpusURIs
  ) -> EncodedJSON {
    var writer = LocationWriter(encoding: encoding)
    forEachDocument(of: entity, corpus: corpus, openTexts: openTexts, options) {
      place, byteRanges, text in
      switch place {
      case .open(let uri): writer.add(byteRanges, in: text, uri: uri.string)
      case .corpus(let id): writer.add(byteRanges, in: text, encodedURI: uris[id])
      }
    }
    return writer.finish()
  }

  /// The open documents whose names the index does not already hold: every document that is
  /// not a corpus file, and corpus files the user has edited.
  static func openTexts(_ context: RequestContext) -> [AnalyzedDocument] {
    let corpus = context.index.corpus
    return context.documents.values.compactMap { open in
      let corpusIDs = open.uri.fileSystemPath.flatMap {
        context.analysis.corpusDocumentIDs(forPath: $0, index: context.index)
      }
      // A corpus file open as it is on disk answers from the index (a page or a dump as the
      // file, which the index's documents came from).
      if let corpusIDs, open.text.bytes == corpus.documents[corpusIDs.lowerBound].fileText.bytes {
        return nil
      }
      return AnalyzedDocument(
        uri: open.uri, text: open.text,
        matches: context.analysis.matches(for: open, index: context.index),
        corpusDocumentID: corpusIDs?.lowerBound, corpusDocumentIDs: corpusIDs)
    }
  }

  /// The locations of `entity`'s mentions. Positions are converted document by document with
  /// that document's line index; nothing is re-read or re-matched but edited open texts.
  static func locations(
    of entity: Entity, corpus: Corpus, openTexts: [AnalyzedDocument], _ encoding: PositionEncoding,
    _ options: Options
  ) -> [Location] {
    var locations: [Location] = []
    forEachDocument(of: entity, corpus: corpus, openTexts: openTexts, options) {
      place, byteRanges, text in
      let uri: DocumentURI
      switch place {
      case .open(let openURI): uri = openURI
      case .corpus(let id): uri = DocumentURI(filePath: corpus.documents[id].path)
      }
      for range in text.lspRanges(ofBytes: byteRanges, encoding) {
        locations.append(Location(uri: uri, range: range))
      }
    }
    return locations
  }

  /// Where a run of mentions is: an open document, or a corpus file as indexed.
  enum Place {
    case open(DocumentURI)
    case corpus(Int)
  }

  /// Calls `body` with the mentions of `entity` in each document that has some, in answer
  /// order (see the type), as byte ranges of the text positions are given in: an open
  /// document's, or a corpus document's file (sorted, but for a record whose title comes after
  /// its text in the line).
  static func forEachDocument(
    of entity: Entity, corpus: Corpus, openTexts: [AnalyzedDocument], _ options: Options,
    _ body: (Place, [Range<Int>], SourceText) -> Void
  ) {
    func add(_ matches: [TextMatch], of open: AnalyzedDocument) {
      let ranges = matches.filter { $0.entityID == entity.id }.map(\.byteRange)
      if !ranges.isEmpty { body(.open(open.uri), ranges, open.text) }
    }
    let drafts = openTexts.filter { $0.corpusDocumentID == nil }.sorted {
      $0.uri.string < $1.uri.string
    }
    for draft in drafts { add(draft.matches, of: draft) }

    var edited: [Int: AnalyzedDocument] = [:]
    /// The documents of a JSON Lines file past its first, which its open text stands for too.
    var replaced = Set<Int>()
    for open in openTexts {
      guard let id = open.corpusDocumentID else { continue }
      edited[id] = open
      for other in open.corpusDocumentIDs where other != id {
        replaced.insert(other)
      }
    }
    // Edited corpus files take the place of their indexed text, in corpus order.
    var pendingEdits = edited.keys.sorted()[...]
    let declaration = options.includeDeclaration ? nil : entity.declaration
    var index = 0
    let mentions = entity.mentions
    var ranges: [Range<Int>] = []
    while index < mentions.count || !pendingEdits.isEmpty {
      let documentID = min(
        index < mentions.count ? mentions[index].documentID : Int.max,
        pendingEdits.first ?? Int.max)
      var end = index
      while end < mentions.count, mentions[end].documentID == documentID { end += 1 }
      if pendingEdits.first == documentID, let open = edited[documentID] {
        pendingEdits.removeFirst()
        add(open.matches, of: open)
      } else if documentID >= 0, documentID < corpus.documents.count,
        !replaced.contains(documentID)
      {
        ranges.removeAll(keepingCapacity: true)
        for mention in mentions[index..<end]
        where (options.includeBoilerplate || !mention.isBoilerplate) && mention != declaration {
          ranges.append(mention.byteRange)
        }
        if !ranges.isEmpty {
          // In the file: a page's or a dump's mentions where their bytes are in it.
          let document = corpus.documents[documentID]
          body(.corpus(documentID), document.fileRanges(of: ranges), document.fileText)
        }
      }
      index = end
    }
  }
}

/// Writes a list of locations straight into JSON bytes, a document at a time: the document's
/// URI is written once as a JSON string and copied into each of its locations, its positions
/// are converted in one pass over its lines, and each location's range is formatted in a
/// small buffer on the stack and appended in one copy.
struct LocationWriter {
  let encoding: PositionEncoding
  private var output: [UInt8] = [UInt8(ascii: "[")]
  private var offsets: [Int] = []
  /// `,{"uri":"…","range":` for the current document.
  private var head: [UInt8] = []
  private var isFirst = true

  init(encoding: PositionEncoding) {
    self.encoding = encoding
  }

  /// Adds the locations of sorted `byteRanges` of `text`, whose URI is `uri`.
  mutating func add(_ byteRanges: [Range<Int>], in text: SourceText, uri: String) {
    var encoded: [UInt8] = []
    JSONWriter.writeString(uri, into: &encoded)
    add(byteRanges, in: text, encodedURI: encoded[...])
  }

  /// Adds the locations of sorted `byteRanges` of `text`, whose URI is already a JSON string.
  mutating func add(
    _ byteRanges: [Range<Int>], in text: SourceText, encodedURI: ArraySlice<UInt8>
  ) {
    offsets.removeAll(keepingCapacity: true)
    for range in byteRanges {
      offsets.append(range.lowerBound)
      offsets.append(range.upperBound)
    }
    let positions = text.bytes.withUnsafeBufferPointer { buffer in
      text.lineIndex.positions(ofByteOffsets: offsets, encoding: encoding, in: buffer)
    }
    head.removeAll(keepingCapacity: true)
    JSONWriter.writeRaw(#",{"uri":"#, into: &head)
    head.append(contentsOf: encodedURI)
    JSONWriter.writeRaw(#","range":"#, into: &head)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RangeBytes.capacity) { scratch in
      guard let base = scratch.baseAddress else { return }
      var index = 0
      while index + 1 < positions.count {
        if isFirst {
          output.append(contentsOf: head[1...])
          isFirst = false
        } else {
          output.append(contentsOf: head)
        }
        let count = RangeBytes.write(
          start: positions[index], end: positions[index + 1], closing: true, into: base)
        output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        index += 2
      }
    }
  }

  /// The JSON array.
  mutating func finish() -> EncodedJSON {
    output.append(UInt8(ascii: "]"))
    return EncodedJSON(uncheckedBytes: output)
  }
}

/// An `LSPRange`'s JSON written through a pointer, for answers with tens of thousands of
/// them: `{"start":{"line":1,"character":2},"end":{"line":1,"character":7}}`, byte for byte
/// what `LSPRange.writeJSON` writes.
enum RangeBytes {
  /// Enough for four 20-digit numbers, the punctuation and a closing brace.
  static let capacity = 160

  /// Writes the range (and one more `}` when `closing`) at `pointer`; returns the byte count.
  static func write(
    start: LineColumn, end: LineColumn, closing: Bool, into pointer: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var count = 0
    func raw(_ literal: StaticString) {
      (pointer + count).update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
      count += literal.utf8CodeUnitCount
    }
    func number(_ value: Int) {
      count += writeDecimal(value, into: pointer + count)
    }
    raw(#"{"start":{"line":"#)
    number(start.line)
    raw(#","character":"#)
    number(start.column)
    raw(#"},"end":{"line":"#)
    number(end.line)
    raw(#","character":"#)
    number(end.column)
    if closing { raw("}}}") } else { raw("}}") }
    return count
  }

  /// `value` in decimal at `pointer` (at most 20 bytes); returns the byte count.
  static func writeDecimal(_ value: Int, into pointer: UnsafeMutablePointer<UInt8>) -> Int {
    var prefix = 0
    if value < 0 {
      pointer[0] = UInt8(ascii: "-")
      prefix = 1
    }
    var magnitude = value.magnitude
    var digits = 1
    var limit: UInt = 10
    while digits < 20, magnitude >= limit {
      digits += 1
      limit = limit &* 10
    }
    var position = prefix + digits
    repeat {
      position -= 1
      pointer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    return prefix + digits
  }
}
