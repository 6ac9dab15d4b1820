import DossierClient
import JSONRPC
import Testing
import TestSupport

/// Text output from answers written by hand, over files in a temporary folder.
@Suite struct ResultFormatterTests {
  static let sentence =
    "The isles, called the Harbour Isles in Ostland and the Sea Gates in Westmark, lie off the coast."

  /// A folder with `seeds/a.txt` (the sentence on line 3) and `seeds/b.txt` (an emoji first).
  func withFiles(_ body: (ResultFormatter, String) throws -> Void) rethrows {
    let temporary = TemporaryFolder()
    let folder = temporary.path
    defer { temporary.remove() }
    _ = try? ServerProcess(executable: "/bin/mkdir", arguments: [folder + "/seeds"])
      .waitForExit(timeout: 10)
    writeFile(folder + "/seeds/a.txt", "Isles\n\n\(Self.sentence)\n")
    writeFile(folder + "/seeds/b.txt", "🙂 Harbour Isles are far.\r\n")
    var formatter = ResultFormatter(files: SourceFiles(baseFolder: folder), encoding: "utf-16")
    formatter.lineWidth = 200
    try body(formatter, "file://" + folder + "/seeds/")
  }

  static func location(_ uri: String, _ line: Int, _ from: Int, _ to: Int) -> JSONValue {
    [
      "uri": .string(uri),
      "range": [
        "start": ["line": .int(line), "character": .int(from)],
        "end": ["line": .int(line), "character": .int(to)],
      ],
    ]
  }

  @Test func lookupShowsNamesBySideTheSourceSentenceAndCounts() {
    withFiles { formatter, seeds in
      let result: JSONValue = [
        "entities": [
          [
            "id": "e1", "name": "Harbour Isles", "kind": "place", "usedBy": ["Ostland"],
            "aliases": [
              ["name": "Sea Gates", "usedBy": ["Westmark"]],
              ["name": "Harbour Islands"],
            ],
            "summary": "Harbour Isles (Ostland) ⇔ Sea Gates (Westmark) — place",
            "definition": Self.location(seeds + "a.txt", 2, 0, 200),
            "definitionText": .string(Self.sentence),
            "mentionCount": 12, "documents": 3, "outlets": ["Ostland Post", "Westmark Daily"],
          ]
        ]
      ]
      #expect(
        formatter.lookup(result) == """
          Harbour Isles (place)
            Harbour Isles  used by Ostland
            Sea Gates      used by Westmark
            also: Harbour Islands
            “\(Self.sentence)”
              — seeds/a.txt:3:1
            12 mentions in 3 documents · Ostland Post, Westmark Daily
          """)
    }
  }

  @Test func lookupWithoutEntitiesIsNoResult() {
    withFiles { formatter, _ in
      #expect(formatter.lookup(["entities": []]) == nil)
      #expect(formatter.lookup(.null) == nil)
    }
  }

  @Test func withoutTheServersQuoteTheSentenceIsReadFromTheFile() {
    withFiles { formatter, seeds in
      let text = formatter.lookup([
        "entities": [
          [
            "name": "Sea Gates", "summary": "Sea Gates — place",
            "definition": Self.location(seeds + "a.txt", 2, 0, 200), "mentionCount": 1,
            "documents": ["file:///x"],
          ]
        ]
      ])
      #expect(
        text == """
          Sea Gates
            “\(Self.sentence)”
              — seeds/a.txt:3:1
            1 mention in 1 document
          """)
    }
  }

  @Test func aPersonShowsRoleAndNationality() {
    withFiles { formatter, _ in
      let text = formatter.lookup([
        "entities": [
          [
            "name": "Anna Berg", "kind": "person", "roles": ["Foreign Minister"],
            "nationality": "Ostlandic", "aliases": [["name": "Berg"]],
          ]
        ]
      ])
      #expect(
        text == """
          Anna Berg (person)
            also: Berg
            Foreign Minister · Ostlandic
          """)
    }
  }

  /// The server counts the emoji as two UTF-16 units; the user sees one character.
  @Test func locationsShowCharacterColumnsAndTheLineAroundAName() {
    withFiles { formatter, seeds in
      #expect(
        formatter.locations([Self.location(seeds + "b.txt", 0, 3, 16)])
          == "seeds/b.txt:1:3: 🙂 Harbour Isles are far.")
    }
  }

  @Test func aDefinitionShowsItsSentence() {
    withFiles { formatter, seeds in
      #expect(
        formatter.locations(Self.location(seeds + "a.txt", 2, 0, 200))
          == "seeds/a.txt:3:1: \(Self.sentence)")
      #expect(formatter.locations(.null) == nil)
      #expect(formatter.locations([]) == nil)
    }
  }

  @Test func symbolsShowWhereEachIsDefinedAndItsKind() {
    withFiles { formatter, seeds in
      let result: JSONValue = [
        ["name": "Sea Gates", "kind": 3, "location": Self.location(seeds + "a.txt", 2, 55, 64)]
      ]
      #expect(formatter.symbols(result) == "seeds/a.txt:3:56: Sea Gates (namespace)")
    }
  }

  @Test func hoverShowsTheTextOfAnyContentShape() {
    withFiles { formatter, _ in
      #expect(
        formatter.hover(["contents": ["kind": "markdown", "value": "**A** ⇔ **B**\n\n"]])
          == "**A** ⇔ **B**")
      #expect(
        formatter.hover(["contents": ["x", ["language": "text", "value": "y"]]]) == "x\n\ny")
      #expect(formatter.hover(.null) == nil)
      #expect(formatter.hover(["contents": ""]) == nil)
    }
  }

  @Test func longProseIsWrappedWithAHangingIndent() {
    var formatter = ResultFormatter(files: SourceFiles(baseFolder: "/"), encoding: "utf-32")
    formatter.lineWidth = 20
    let result: JSONValue = [
      "entities": [["name": "N", "summary": "aaa bbb ccc ddd eee fff"]]
    ]
    #expect(formatter.lookup(result) == "N\n  aaa bbb ccc ddd\n  eee fff")
  }
}
