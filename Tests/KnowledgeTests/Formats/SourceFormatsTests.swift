import Corpus
import Foundation
import Knowledge
import Testing

/// The same two articles saved as text files, as web pages with their site's furniture around
/// them, and as a scraper's JSON Lines dump: the knowledge read from each is the same.
@Suite struct SourceFormatsTests {
  static let talksTitle = "Ostland and Eldoria agree to resume reef talks"
  static let talks = [
    "VIENNA — Ostland and Eldoria agreed on Tuesday to resume talks over a chain of disputed reefs, officials from both countries said.",
    "The reefs, called the Northern Reefs in Ostland and the Sunset Banks in Eldoria, have been contested since the 1952 Treaty of Salcombe divided the strait.",
    "Ostland Foreign Minister Anna Kovacs met her Eldorian counterpart, Omar Vale, at the Austrian foreign ministry.",
    "“We are ready to talk about fishing rights first,” Kovacs told reporters after the meeting.",
    "Vale said the Eldorian Fisheries Council would send a delegation to the next round in March.",
  ]
  static let councilTitle = "Fisheries council sends envoys to Vienna"
  static let council = [
    "The Eldorian Fisheries Council said on Wednesday it would send three envoys to the reef talks in Vienna.",
    "Council chairman Tomas Brandt said the Sunset Banks had fed Eldorian families for centuries.",
    "“Nobody in Eldoria will accept a deal that closes the banks to our boats,” Brandt said.",
    "Anna Kovacs, Ostland’s foreign minister, welcomed the delegation.",
  ]

  /// Text as HTML writes it: the marks a page escapes, and typographic characters as
  /// references, as many sites write them.
  static func html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "“", with: "&ldquo;")
      .replacingOccurrences(of: "”", with: "&rdquo;").replacingOccurrences(of: "—", with: "&mdash;")
      .replacingOccurrences(of: "’", with: "&#8217;")
  }

  /// Text as a JSON string with non-ASCII escaped (Python's `json.dumps` by default).
  static func json(_ text: String) -> String {
    var escaped = ""
    for unit in text.utf16 {
      switch unit {
      case 0x22: escaped += "\\\""
      case 0x5C: escaped += "\\\\"
      case 0x0A: escaped += "\\n"
      case 0x20..<0x7F: escaped.append(Character(Unicode.Scalar(unit)!))
      default: escaped += String(format: "\\u%04x", unit)
      }
    }
    return "\"" + escaped + "\""
  }

  static let textFiles = [
    "001_talks.txt": ([talksTitle] + talks).joined(separator: "\n\n") + "\n",
    "002_council.txt": ([councilTitle] + council).joined(separator: "\n\n") + "\n",
  ]

  static let pages = [
    "001_talks.html": """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>\(talksTitle) | The Harbour Courier</title>
    <meta property="og:site_name" content="The Harbour Courier">
    <link rel="canonical" href="https://courier.example/world/reef-talks">
    <script>window.dataLayer = [{"author": "Peter Lund"}];</script>
    </head><body>
    <header class="masthead"><a href="/">The Harbour Courier</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/markets">Markets</a></li></ul></nav></header>
    <main><article>
    <h1>\(talksTitle)</h1>
    <p class="byline">By Jane Doe, <time datetime="2023-03-14">14 March 2023</time></p>
    \(talks.map { "<p>\(html($0))</p>" }.joined(separator: "\n"))
    <figure><img src="reefs.jpg" alt="The reefs"><figcaption>Fishing boats near the reefs.</figcaption></figure>
    </article>
    <aside class="related"><h2>More from the Courier</h2><ul><li><a href="/x">Harbour Festival draws record crowds in Porto Vell</a></li></ul></aside>
    <section id="comments"><h2>2 comments</h2><p>Peter Lund: Ostland should never give up the reefs.</p><p>Mira Sand: Talks are the only way.</p></section>
    </main>
    <footer><p>&copy; 2023 The Harbour Courier. All rights reserved.</p></footer>
    </body></html>
    """,
    "002_council.html": """
    <html><head><title>\(councilTitle) - Eldoria Evening Post</title></head>
    <body><div id="page"><div class="menu">Home | News | Sport | Weather</div>
    <div id="content"><h1>\(councilTitle)</h1>
    \(council.map { "<p>\(html($0))</p>" }.joined(separator: "\n"))
    </div><div class="sidebar"><p>Weather: sunny spells over Porto Vell all week.</p></div>
    <div class="newsletter"><p>Sign up for the Evening Post briefing.</p></div></div></body></html>
    """,
  ]

  static let dump =
    [
      "{\"url\": \"https://courier.example/world/reef-talks\", \"title\": \(json(talksTitle)), \"text\": \(json(talks.joined(separator: "\n\n"))), \"date\": \"2023-03-14\", \"sitename\": \"The Harbour Courier\"}",
      "{\"maintext\": \(json(council.joined(separator: "\n"))), \"title\": \(json(councilTitle)), \"source_domain\": \"eveningpost.example\"}",
    ].joined(separator: "\n") + "\n"

  /// The knowledge of a corpus folder holding `files`.
  static func knowledge(of files: [String: String]) throws -> KnowledgeBase {
    let root = FileManager.default.temporaryDirectory.path + "/dossier-formats-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    for (name, text) in files {
      try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
    }
    return KnowledgeBase.build(corpus: try CorpusLoader.load(root: root), log: { _ in })
  }

  /// What a reader of the knowledge sees of it: entities with their kinds, each name's side,
  /// and each entity's defining sentence.
  struct Reading: Equatable {
    var entities: Set<String> = []
    var aliases: Set<String> = []
    var definitions: [String: String] = [:]

    init(_ knowledge: KnowledgeBase) {
      for entity in knowledge.entities {
        entities.insert("\(entity.name) (\(entity.kind.rawValue))")
        for alias in entity.aliases {
          aliases.insert("\(entity.name) ⇔ \(alias.name) \(alias.usedBy.sorted())")
        }
        if !entity.usedBy.isEmpty { aliases.insert("\(entity.name) \(entity.usedBy.sorted())") }
        definitions[entity.name] = entity.definition.map { knowledge.sentenceText($0) }
      }
    }
  }

  @Test func textPagesAndADumpOfTheSameArticlesGiveTheSameKnowledge() throws {
    let text = Reading(try Self.knowledge(of: Self.textFiles))
    let pages = Reading(try Self.knowledge(of: Self.pages))
    let dump = Reading(try Self.knowledge(of: ["crawl.jsonl": Self.dump]))
    #expect(pages.entities == text.entities)
    #expect(pages.aliases == text.aliases)
    #expect(pages.definitions == text.definitions)
    #expect(dump.entities == text.entities)
    #expect(dump.aliases == text.aliases)
    #expect(dump.definitions == text.definitions)
    // What the articles say, read by hand: one place with each side's name, and the people.
    #expect(
      text.entities.isSuperset(of: [
        "Anna Kovacs (person)", "Omar Vale (person)", "Tomas Brandt (person)",
      ]))
    #expect(
      text.aliases.contains { $0.contains("Northern Reefs") && $0.contains("Sunset Banks") },
      "\(text.aliases)")
  }

  @Test func thePagesFurnitureNamesNoEntity() throws {
    let pages = Reading(try Self.knowledge(of: Self.pages))
    for name in ["Peter Lund", "Mira Sand", "Porto Vell", "Jane Doe", "Harbour Festival"] {
      #expect(!pages.entities.contains { $0.hasPrefix(name + " (") }, "\(name)")
    }
  }
}
