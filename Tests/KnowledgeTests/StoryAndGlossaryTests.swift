import Corpus
import Foundation
import Knowledge
import Testing

/// The story against page furniture, outlets and dates, and the user's glossary.
@Suite struct StoryAndGlossaryTests {
  @Test func nameOnlyInBoilerplateIsNotAnEntity() {
    let knowledge = TestCorpus.knowledge(documents: [
      [
        .body("Foreign Minister Rosa Vidal arrived in Lima on Monday."),
        .boilerplate("Read more: Roberto Baggio signs for Juventus Turin"),
      ]
    ])
    #expect(knowledge.entity(named: "Roberto Baggio") == nil)
    #expect(knowledge.entity(named: "Juventus Turin") == nil)
    #expect(knowledge.entity(named: "Rosa Vidal") != nil)
  }

  @Test func boilerplateMentionOfAStoryEntityIsMarked() throws {
    let knowledge = TestCorpus.knowledge(documents: [
      [.body("Officials in Lima met on Monday."), .boilerplate("More news from Lima")]
    ])
    let lima = try #require(knowledge.entity(named: "Lima"))
    #expect(lima.mentions.map(\.isBoilerplate) == [false, true])
    #expect(lima.bodyMentionCount == 1)
  }

  @Test func outletsAndDatesComeFromTheDocumentsOfTheStory() throws {
    let corpus = Corpus(
      root: "/test",
      documents: [
        TestCorpus.document(
          id: 0, [.body("Officials in Lima met.")], outlet: "Lima Post", date: "2020-01-02"),
        TestCorpus.document(id: 1, [.body("Lima was quiet.")], outlet: "Andes Daily", date: nil),
        TestCorpus.document(
          id: 2, [.body("Quito was loud."), .boilerplate("Lima")], outlet: "Quito Times"),
      ], skipped: [])
    let knowledge = KnowledgeBase.build(corpus: corpus, log: { _ in })
    let lima = try #require(knowledge.entity(named: "Lima"))
    #expect(lima.outlets == ["Lima Post", "Andes Daily"])
    #expect(lima.dates == ["2020-01-02"])
  }

  @Test func glossaryAddsAnAliasWithItsSide() throws {
    let glossary = Glossary(entities: [
      .init(name: "Falklands", aliases: [.init(name: "Malvinas", usedBy: ["Argentina"])])
    ])
    let knowledge = TestCorpus.knowledge(
      "Ships left the Falklands on Monday. Nobody in Lima mentioned the Malvinas.",
      glossary: glossary)
    let entity = try #require(knowledge.entity(named: "Falklands"))
    #expect(entity.sides(of: "Malvinas") == ["Argentina"])
    #expect(entity.mentions.count == 2)
  }

  @Test func glossaryOverridesKindAndGivesADefinition() throws {
    let glossary = Glossary(entities: [
      .init(name: "Mercosur", kind: .organization, definition: "A South American trade bloc.")
    ])
    let knowledge = TestCorpus.knowledge(
      "Envoys went to Mercosur talks in Lima.", glossary: glossary)
    let entity = try #require(knowledge.entity(named: "Mercosur"))
    #expect(entity.kind == .organization)
    #expect(entity.glossaryDefinition == "A South American trade bloc.")
  }

  @Test func glossaryEntryTheTextNeverNamesIsFoundWhereverItsNamesOccur() throws {
    let glossary = Glossary(entities: [.init(name: "Oceania Pact", kind: .agreement)])
    let knowledge = TestCorpus.knowledge("Officials met in Lima.", glossary: glossary)
    let entity = try #require(knowledge.entity(named: "Oceania Pact"))
    #expect(entity.kind == .agreement)
    #expect(
      knowledge.matches(in: Array("under the Oceania Pact".utf8)).map(\.entityID) == [entity.id])
  }

  @Test func glossaryFileWithABadKindIsRefusedWithTheFieldNamed() {
    let bytes = Array(#"{"entities": [{"name": "X", "kind": "planet"}]}"#.utf8)
    #expect(throws: GlossaryError.self) { try Glossary.parse(bytes) }
    do {
      _ = try Glossary.parse(bytes)
    } catch {
      #expect(error.description.contains("entities[0].kind"))
    }
  }

  @Test func glossaryFileThatIsNotJSONIsRefused() {
    #expect(throws: GlossaryError.self) { try Glossary.parse(Array("not json".utf8)) }
  }

  @Test func entityKeysAreStableSlugs() throws {
    let knowledge = TestCorpus.knowledge("Foreign Minister Rosa Vidal arrived in São Paulo.")
    #expect(knowledge.entity(key: "person/rosa-vidal")?.name == "Rosa Vidal")
    #expect(knowledge.entity(key: "place/sao-paulo")?.name == "São Paulo")
  }
}

/// The glossary file in a corpus folder, read by `KnowledgeBase.build` itself.
@Suite struct GlossaryFileTests {
  private func folder(_ files: [String: String]) throws -> String {
    let path =
      FileManager.default.temporaryDirectory.path + "/dossier-glossary-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
    return path
  }

  @Test func glossaryFileInTheCorpusFolderIsUsed() throws {
    let root = try folder([
      "a.txt": "Ships left\n\nShips left the Falklands on Monday, officials in Lima said.\n",
      "dossier-glossary.json":
        #"{"entities": [{"name": "Falklands", "aliases": [{"name": "Malvinas", "usedBy": ["Argentina"]}]}]}"#,
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let corpus = try CorpusLoader.load(root: root)
    var lines: [String] = []
    let knowledge = KnowledgeBase.build(corpus: corpus) { lines.append($0) }
    let entity = try #require(knowledge.entity(named: "Falklands"))
    #expect(entity.sides(of: "Malvinas") == ["Argentina"])
    #expect(corpus.documents.count == 1)
  }

  @Test func brokenGlossaryFileIsLoggedAndIgnored() throws {
    let root = try folder([
      "a.txt": "Ships left\n\nShips left the Falklands on Monday, officials in Lima said.\n",
      "dossier-glossary.json": "{ not json",
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let corpus = try CorpusLoader.load(root: root)
    var lines: [String] = []
    let knowledge = KnowledgeBase.build(corpus: corpus) { lines.append($0) }
    #expect(knowledge.entity(named: "Falklands") != nil)
    #expect(lines.contains { $0.contains("glossary not used") })
  }
}
