import Base
import Corpus
import Knowledge

/// Every field of every entity as text, one line per field, so two builds can be compared byte
/// for byte. Mentions are written in full: they are what the matcher and grouping produce.
enum EntityDump {
  static func write(_ knowledge: KnowledgeBase, to path: String) {
    var text = ""
    func ref(_ ref: SentenceRef?) -> String {
      guard let ref else { return "-" }
      return "\(ref.documentID):\(ref.byteRange.lowerBound)-\(ref.byteRange.upperBound)"
    }
    for entity in knowledge.entities {
      text += "entity \(entity.id) \(entity.key) | \(entity.name) | \(entity.kind.rawValue)\n"
      text += "  usedBy \(entity.usedBy) source \(ref(entity.nameSource))\n"
      for alias in entity.aliases {
        text += "  alias \(alias.name) | \(alias.usedBy) | \(ref(alias.source))\n"
      }
      text += "  roles \(entity.roles) nationality \(entity.nationality ?? "-")\n"
      text +=
        "  definition \(ref(entity.definition)) glossary \(entity.glossaryDefinition ?? "-")\n"
      for relation in entity.related {
        text += "  related \(relation.entityID) \(relation.kind.rawValue) \(ref(relation.source))\n"
      }
      for quotation in entity.quotations {
        text += "  quotation \(ref(quotation.source)) \(quotation.byteRange) \(quotation.text)\n"
      }
      text += "  outlets \(entity.outlets)\n  dates \(entity.dates)\n"
      text +=
        "  seen \(entity.firstSeen.map { "\($0)" } ?? "-") \(entity.lastSeen.map { "\($0)" } ?? "-")"
      text += " body \(entity.bodyMentionCount) documents \(entity.documentCount)\n"
      text += "  mentions"
      for mention in entity.mentions {
        text +=
          " \(mention.documentID):\(mention.byteRange.lowerBound)-\(mention.byteRange.upperBound)"
        if mention.isBoilerplate { text += "b" }
      }
      text += "\n"
    }
    for id in 0..<knowledge.corpus.documents.count {
      text += "document \(id)"
      for match in knowledge.mentions(inDocument: id) {
        text += " \(match.entityID)@\(match.byteRange.lowerBound)"
      }
      text += "\n"
    }
    guard let file = fopen(path, "w") else {
      print("knowledge-bench: cannot write \(path)")
      return
    }
    _ = text.utf8.withContiguousStorageIfAvailable { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
  }
}
