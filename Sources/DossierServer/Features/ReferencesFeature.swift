import Corpus
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

  /// An open document's text and names, when they differ from what the index holds.
  struct OpenText {
    let uri: DocumentURI
    let text: SourceText
    let matches: [TextMatch]
    /// The corpus file this text replaces, when it is one.
    let corpusDocumentID: Int?
  }

  static func references(_ params: ReferenceParams, _ context: RequestContext) throws
    -> [Location]?
  {
    let document = try context.document(params.textDocument.uri)
    let offset = document.text.byteOffset(of: params.position, context.encoding)
    guard let match = document.match(at: offset) else { return nil }
    let options = Options(
      includeDeclaration: params.context.includeDeclaration,
      includeBoilerplate: context.settings.raw["references"]?["includeBoilerplate"]?.boolValue
        ?? false)
    return locations(
      of: context.entity(match.entityID), corpus: context.index.corpus,
      openTexts: openTexts(context), context.encoding, options)
  }

  /// The open documents whose names the index does not already hold: every document that is
  /// not a corpus file, and corpus files the user has edited.
  static func openTexts(_ context: RequestContext) -> [OpenText] {
    let corpus = context.index.corpus
    return context.documents.values.compactMap { open in
      let corpusID = open.uri.fileSystemPath.flatMap {
        context.analysis.corpusDocumentID(forPath: $0, index: context.index)
      }
      if let corpusID, open.text.bytes == corpus.documents[corpusID].text.bytes { return nil }
      return OpenText(
        uri: open.uri, text: open.text,
        matches: context.analysis.matches(for: open, index: context.index),
        corpusDocumentID: corpusID)
    }
  }

  /// The locations of `entity`'s mentions. Positions are converted document by document with
  /// that document's line index; nothing is re-read or re-matched but edited open texts.
  static func locations(
    of entity: Entity, corpus: Corpus, openTexts: [OpenText], _ encoding: PositionEncoding,
    _ options: Options
  ) -> [Location] {
    var locations: [Location] = []
    func add(_ byteRanges: [Range<Int>], in text: SourceText, uri: DocumentURI) {
      for range in text.lspRanges(ofBytes: byteRanges, encoding) {
        locations.append(Location(uri: uri, range: range))
      }
    }
    func add(_ matches: [TextMatch], of open: OpenText) {
      add(
        matches.filter { $0.entityID == entity.id }.map(\.byteRange), in: open.text, uri: open.uri)
    }
    let drafts = openTexts.filter { $0.corpusDocumentID == nil }.sorted {
      $0.uri.string < $1.uri.string
    }
    for draft in drafts { add(draft.matches, of: draft) }

    var edited: [Int: OpenText] = [:]
    for open in openTexts {
      if let id = open.corpusDocumentID { edited[id] = open }
    }
    // Edited corpus files take the place of their indexed text, in corpus order.
    var pendingEdits = edited.keys.sorted()[...]
    let declaration = options.includeDeclaration ? nil : entity.declaration
    var index = 0
    let mentions = entity.mentions
    while index < mentions.count || !pendingEdits.isEmpty {
      let documentID = min(
        index < mentions.count ? mentions[index].documentID : Int.max,
        pendingEdits.first ?? Int.max)
      var end = index
      while end < mentions.count, mentions[end].documentID == documentID { end += 1 }
      if pendingEdits.first == documentID, let open = edited[documentID] {
        pendingEdits.removeFirst()
        add(open.matches, of: open)
      } else if documentID >= 0, documentID < corpus.documents.count {
        let document = corpus.documents[documentID]
        let kept = mentions[index..<end].filter {
          (options.includeBoilerplate || !$0.isBoilerplate) && $0 != declaration
        }
        if !kept.isEmpty {
          add(kept.map(\.byteRange), in: document.text, uri: DocumentURI(filePath: document.path))
        }
      }
      index = end
    }
    return locations
  }
}
