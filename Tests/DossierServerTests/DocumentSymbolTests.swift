import Corpus
import Knowledge
import Testing

@testable import DossierServer

@Suite struct DocumentSymbolTests {
  /// A report: Lavrov under two names, the islands under both sides' names, Japan; CRLF line
  /// ends, an emoji and curly quotes.
  let report = NamedText(
    "# 🎌 ⟪Lavrov⟫₀ on the ⟪Northern Territories⟫₁\r\n"
      + "“⟪Japan⟫₂’s claim,” said ⟪Sergei Lavrov⟫₀ — of the ⟪Southern Kurils⟫₁.")

  let entities = [
    makeEntity(
      0, "Sergei Lavrov", aliases: [Alias(name: "Lavrov")], roles: ["Foreign Minister"],
      nationality: "Russian"),
    makeEntity(
      1, "Southern Kurils", .place, usedBy: ["Russia"],
      aliases: [Alias(name: "Northern Territories", usedBy: ["Japan"])]),
    makeEntity(2, "Japan", .place),
  ]

  var groups: [(kind: EntityKind, members: [DocumentSymbolFeature.EntityMentions])] {
    DocumentSymbolFeature.group(report.matches) { entities[$0] }
  }

  @Test func theOutlineGroupsEntitiesByKindInFirstMentionOrder() {
    let outline = DocumentSymbolFeature.outline(groups, in: report.draft(), .utf16)
    #expect(outline.map(\.name) == ["People", "Places"])
    #expect(
      outline.map { $0.children?.map(\.name) ?? [] } == [
        ["Sergei Lavrov"], ["Southern Kurils", "Japan"],
      ])
    #expect(outline.map(\.kind) == [.variable, .namespace])
  }

  @Test func anEntitySelectsItsFirstMentionAndSpansToItsLast() throws {
    let outline = DocumentSymbolFeature.outline(groups, in: report.draft(), .utf16)
    let lavrov = try #require(outline.first?.children?.first)
    // "# 🎌 " is 5 UTF-16 units; on line 1, "“Japan’s claim,” said " is 22.
    #expect(span(lavrov.selectionRange) == "0:5-0:11")
    #expect(span(lavrov.range) == "0:5-1:35")
    #expect(lavrov.children?.map(\.name) == ["Lavrov", "Sergei Lavrov"])
    #expect(lavrov.children?.map { span($0.range) } == ["0:5-0:11", "1:22-1:35"])
    #expect(lavrov.detail == "Russian Foreign Minister")
  }

  @Test func aGroupSpansItsEntitiesAndSelectsTheFirstOfThem() throws {
    let outline = DocumentSymbolFeature.outline(groups, in: report.draft(), .utf16)
    let places = try #require(outline.last)
    // "# 🎌 Lavrov on the " is 19 units; on line 1 " — of the " puts the islands at 45–60.
    #expect(span(places.selectionRange) == "0:19-0:39")
    #expect(span(places.range) == "0:19-1:60")
    let islands = try #require(places.children?.first)
    #expect(islands.children?.map(\.name) == ["Northern Territories", "Southern Kurils"])
    #expect(islands.detail == "⇔ Northern Territories (Japan)")
  }

  @Test func everyRangeHoldsItsSelectionAndItsChildren() {
    func holds(_ outer: LSPRange, _ inner: LSPRange) -> Bool {
      (outer.start.line, outer.start.character) <= (inner.start.line, inner.start.character)
        && (inner.end.line, inner.end.character) <= (outer.end.line, outer.end.character)
    }
    func check(_ symbol: DocumentSymbol) {
      #expect(holds(symbol.range, symbol.selectionRange), "\(symbol.name)")
      for child in symbol.children ?? [] {
        #expect(holds(symbol.range, child.range), "\(child.name) in \(symbol.name)")
        check(child)
      }
    }
    for encoding in PositionEncoding.allCases {
      DocumentSymbolFeature.outline(groups, in: report.draft(), encoding).forEach(check)
    }
  }

  @Test func clientsWithoutAnOutlineGetOneSymbolPerEntityAtItsFirstMention() {
    let flat = DocumentSymbolFeature.flatList(groups, in: report.draft(), .utf8)
    #expect(flat.map(\.name) == ["Sergei Lavrov", "Southern Kurils", "Japan"])
    #expect(flat.map(\.containerName) == ["People", "Places", "Places"])
    // UTF-8: "# 🎌 " is 7 bytes; on line 1 “ is three, so "Japan" starts at 3.
    #expect(flat.map { span($0.location.range) } == ["0:7-0:13", "0:21-0:41", "1:3-1:8"])
    #expect(flat.allSatisfy { $0.location.uri.string == "untitled:report.md" })
  }

  @Test func aDocumentWithoutNamesHasNoSymbols() {
    let empty = NamedText("Nothing — 🎌 — here.")
    let groups = DocumentSymbolFeature.group(empty.matches) { entities[$0] }
    #expect(DocumentSymbolFeature.outline(groups, in: empty.draft(), .utf16).isEmpty)
    #expect(DocumentSymbolFeature.flatList(groups, in: empty.draft(), .utf16).isEmpty)
  }
}

@Suite struct LongDocumentSymbolTests {
  @Test func anEntityMentionedOverAHundredTimesListsTheFirstHundredAndSaysHowMany() throws {
    // "Japan" 150 times, one per line, and Lavrov once at the end.
    let named = NamedText(String(repeating: "⟪Japan⟫₀ 🎌\r\n", count: 150) + "⟪Lavrov⟫₁")
    let entities = [makeEntity(0, "Japan", .place), makeEntity(1, "Sergei Lavrov")]
    let groups = DocumentSymbolFeature.group(named.matches) { entities[$0] }
    let outline = DocumentSymbolFeature.outline(groups, in: named.draft(), .utf16)
    let japan = try #require(outline.last?.children?.first)
    #expect(japan.name == "Japan")
    #expect(japan.children?.count == 100)
    #expect(japan.children.map { span($0[99].range) } == "99:0-99:5")
    #expect(japan.detail == "first 100 of 150 mentions")
    // The range still runs to the last mention, on line 149.
    #expect(span(japan.range) == "0:0-149:5")
    #expect(outline.first?.children?.first?.detail == nil)
  }
}
