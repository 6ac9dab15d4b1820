@testable import Corpus
@testable import Knowledge

extension FuzzTarget {
  /// Entity extraction on arbitrary text: the knowledge base builds from any corpus; every
  /// mention, definition, quotation and relation points inside the corpus; the matcher's finds
  /// in any text are ordered, disjoint, on character boundaries and name real entities; and
  /// lookup of any name returns entities that exist. The input is cut into up to three articles
  /// at 0xFF bytes (never part of UTF-8), so that names can meet across documents.
  static let entities = FuzzTarget(
    name: "entities",
    summary: "entity extraction and matching: every range in bounds, finds ordered and disjoint"
  ) { bytes in
    var violations = Violations()
    let parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
    let documents = parts.enumerated().map { index, part in
      DocumentParser.parse(
        id: index, relativePath: "\(index).txt", path: "/fuzz/\(index).txt",
        bytes: Array(String(decoding: part, as: UTF8.self).utf8))
    }
    let corpus = Corpus(root: "/fuzz", documents: documents, skipped: [])
    let knowledge = KnowledgeBase.build(corpus: corpus, log: { _ in })
    func inDocument(_ documentID: Int, _ range: Range<Int>) -> Bool {
      documents.indices.contains(documentID)
        && range.lowerBound >= 0 && range.upperBound <= documents[documentID].text.bytes.count
    }
    for entity in knowledge.entities {
      violations.expect(
        knowledge.entity(id: entity.id)?.key == entity.key, "entity \(entity.id) is not at its id")
      violations.expect(!entity.name.isEmpty, "entity \(entity.id) has an empty name")
      for mention in entity.mentions {
        violations.expect(
          inDocument(mention.documentID, mention.byteRange),
          "\(entity.name): mention \(mention.byteRange) outside document \(mention.documentID)")
      }
      for reference in [entity.definition].compactMap({ $0 })
        + entity.quotations.map(\.source) + entity.aliases.compactMap(\.source)
      {
        violations.expect(
          inDocument(reference.documentID, reference.byteRange),
          "\(entity.name): sentence \(reference.byteRange) outside document \(reference.documentID)"
        )
      }
      for relation in entity.related {
        violations.expect(
          knowledge.entity(id: relation.entityID) != nil,
          "\(entity.name): related to entity \(relation.entityID), which does not exist")
      }
      for hit in knowledge.lookup(entity.name, limit: 5) {
        violations.expect(
          knowledge.entity(id: hit.entityID) != nil, "lookup found entity \(hit.entityID)")
      }
    }
    for document in documents {
      checkMatches(
        knowledge.matches(in: document.text.bytes), in: document.text.bytes, knowledge, &violations)
      checkMatches(
        knowledge.mentions(inDocument: document.id), in: document.text.bytes, knowledge, &violations
      )
    }
    // The same matcher over raw input, as a client may send any text.
    let raw = Array(String(decoding: bytes, as: UTF8.self).utf8)
    checkMatches(knowledge.matches(in: raw), in: raw, knowledge, &violations)
    return violations.list
  }

  private static func checkMatches(
    _ matches: [TextMatch], in bytes: [UInt8], _ knowledge: KnowledgeBase,
    _ violations: inout Violations
  ) {
    var previousEnd = 0
    for match in matches {
      let range = match.byteRange
      guard range.lowerBound >= previousEnd, range.upperBound <= bytes.count, !range.isEmpty
      else {
        violations.add("match \(range) is empty, overlaps the one before or leaves the text")
        return
      }
      previousEnd = range.upperBound
      violations.expect(
        bytes[range.lowerBound] & 0xC0 != 0x80
          && (range.upperBound == bytes.count || bytes[range.upperBound] & 0xC0 != 0x80),
        "match \(range) cuts a character")
      violations.expect(
        knowledge.entity(id: match.entityID) != nil, "match names entity \(match.entityID)")
    }
  }
}
