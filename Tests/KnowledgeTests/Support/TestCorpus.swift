import Corpus
import Foundation
import Knowledge

/// Builds small corpora in memory, paragraph by paragraph, with each paragraph's role stated,
/// so the knowledge rules are tested on sentences written for the test.
enum TestCorpus {
  enum Paragraph {
    case title(String)
    case body(String)
    case boilerplate(String)
  }

  /// One document; sentences end at ". ", "! " or "? " (not after a single capital, as in
  /// "U.S." or "W.", nor after "Mr." and its kin).
  static func document(
    id: Int, _ paragraphs: [Paragraph], outlet: String? = nil, date: String? = nil
  )
    -> CorpusDocument
  {
    var bytes: [UInt8] = []
    var blocks: [TextBlock] = []
    var sentences: [Sentence] = []
    for paragraph in paragraphs {
      if !bytes.isEmpty { bytes += Array("\n\n".utf8) }
      let (text, kind): (String, BlockKind)
      switch paragraph {
      case .title(let value): (text, kind) = (value, .title)
      case .body(let value): (text, kind) = (value, .body)
      case .boilerplate(let value): (text, kind) = (value, .boilerplate(reason: "test"))
      }
      let start = bytes.count
      bytes += Array(text.utf8)
      blocks.append(TextBlock(byteRange: start..<bytes.count, kind: kind))
      for range in sentenceRanges(Array(text.utf8)) {
        sentences.append(
          Sentence(
            byteRange: (start + range.lowerBound)..<(start + range.upperBound),
            blockIndex: blocks.count - 1))
      }
    }
    return CorpusDocument(
      id: id, relativePath: "doc\(id).txt", path: "/test/doc\(id).txt",
      text: SourceText(bytes: bytes), title: nil, outlet: outlet, date: date, blocks: blocks,
      sentences: sentences)
  }

  private static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "St", "Jan", "No"]

  private static func sentenceRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let isEnd = byte == 0x2E || byte == 0x21 || byte == 0x3F
      if isEnd && index + 1 < bytes.count && bytes[index + 1] == 0x20 {
        var wordStart = index
        while wordStart > start && bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
        let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
        let lastLetter = word.split(separator: ".").last.map(String.init) ?? word
        let isInitial = lastLetter.count == 1 && lastLetter.uppercased() == lastLetter
        if !(byte == 0x2E && (abbreviations.contains(word) || isInitial)) {
          ranges.append(start..<index + 1)
          start = index + 2
          index += 2
          continue
        }
      }
      index += 1
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
    return ranges
  }

  /// A corpus of documents, each a list of paragraphs.
  static func corpus(_ documents: [[Paragraph]]) -> Corpus {
    Corpus(
      root: "/test",
      documents: documents.enumerated().map { document(id: $0.offset, $0.element) }, skipped: [])
  }

  /// Knowledge of documents whose paragraphs are all story.
  static func knowledge(_ texts: String..., glossary: Glossary? = nil) -> KnowledgeBase {
    knowledge(
      documents: texts.map { text in text.components(separatedBy: "\n\n").map { .body($0) } },
      glossary: glossary)
  }

  static func knowledge(documents: [[Paragraph]], glossary: Glossary? = nil) -> KnowledgeBase {
    KnowledgeBase.build(corpus: corpus(documents), glossary: glossary, log: { _ in })
  }
}

extension KnowledgeBase {
  /// The entity that has `name` as its name or an alias, spelled exactly.
  func entity(named name: String) -> Entity? {
    entities.first { $0.allNames.contains(name) }
  }

  /// Names of the entities matched in `text`, in order, as "surface→canonical".
  func matchedNames(in text: String) -> [String] {
    matches(in: Array(text.utf8)).map { "\($0.surface)→\(entities[$0.entityID].name)" }
  }
}

extension Entity {
  /// Who uses `name`, as stated (the canonical name or an alias).
  func sides(of name: String) -> [String]? {
    if name == self.name { return usedBy }
    return aliases.first { $0.name == name }?.usedBy
  }
}

extension KnowledgeBase {
  /// The kinds of the entities that the mentions of `surface` in document `document` mean,
  /// in the order they are written.
  func kindsOfMentions(of surface: String, inDocument document: Int = 0) -> [EntityKind] {
    mentions(inDocument: document).filter { $0.surface == surface }.map {
      entities[$0.entityID].kind
    }
  }
}
