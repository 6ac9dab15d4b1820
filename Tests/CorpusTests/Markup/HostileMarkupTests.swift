import Testing

@testable import Corpus

/// Pages and dumps no site would serve, each read in one pass or skipped with a reason: deep
/// or unclosed nesting, tags and scripts that never end, values that never close.
@Suite struct HostileMarkupTests {
  static let paragraph = "<p>The ministers met in Vienna on Tuesday and agreed to talk again.</p>"

  /// Shapes of page, named for what they hold (the pages themselves are too long to print).
  enum Shape: String, CaseIterable, CustomTestStringConvertible {
    case nestedDivs = "100,000 nested divs"
    case nestedSpansClosed = "100,000 nested spans, closed"
    case endTagsWithNothingOpen = "100,000 end tags with nothing open"
    case unclosedListItems = "100,000 unclosed list items"
    case unclosedParagraphs = "100,000 unclosed paragraphs"
    case listItemsInDivs = "50,000 list items each in a div"
    case nestedCues = "100,000 nested share boxes"
    case nestedArticles = "100,000 nested articles"
    case references = "200,000 references"
    case comments = "100,000 comments"
    case lessThanSigns = "100,000 less-than signs"
    case attributes = "100,000 attributes"

    var testDescription: String { rawValue }

    var html: String {
      let paragraph = HostileMarkupTests.paragraph
      switch self {
      case .nestedDivs: return String(repeating: "<div>", count: 100_000) + paragraph
      case .nestedSpansClosed:
        return String(repeating: "<span>", count: 100_000) + paragraph
          + String(repeating: "</span>", count: 100_000)
      case .endTagsWithNothingOpen:
        return String(repeating: "</section>", count: 100_000) + paragraph
      case .unclosedListItems:
        return "<ul>" + String(repeating: "<li>item ", count: 100_000) + paragraph
      case .unclosedParagraphs: return String(repeating: "<p>word ", count: 100_000)
      case .listItemsInDivs: return String(repeating: "<li><div>", count: 50_000) + paragraph
      case .nestedCues:
        return String(repeating: "<div class=\"share\">", count: 100_000) + paragraph
      case .nestedArticles: return String(repeating: "<article><p>a b c.</p>", count: 100_000)
      case .references: return "<p>" + String(repeating: "&amp;&#8217;&bogus; ", count: 200_000)
      case .comments: return String(repeating: "<!-- x -->", count: 100_000) + paragraph
      case .lessThanSigns: return "<p>" + String(repeating: "a < b ", count: 100_000)
      case .attributes:
        return "<p " + String(repeating: "a=\"1\" ", count: 100_000) + ">text</p>"
      }
    }
  }

  @Test(arguments: Shape.allCases)
  func pathologicalPagesAreReadInOnePass(shape: Shape) throws {
    let document = try #require(htmlPage(shape.html), "skipped")
    #expect(!document.sentences.isEmpty, "no sentences")
    let mapped = document.fileRanges(of: document.sentences.map(\.byteRange))
    #expect(mapped.allSatisfy { $0.upperBound <= document.fileText.bytes.count })
  }

  @Test func whatNeverEndsRunsToThePagesEnd() throws {
    let before = "<p>The ministers met in Vienna.</p>"
    for (label, tail) in [
      ("an unclosed attribute", "<a href=\"x>" + String(repeating: "text ", count: 50_000)),
      ("an unclosed tag", "<div class=x " + String(repeating: "y ", count: 50_000)),
      ("a script that never ends", "<script>" + String(repeating: "var a = '<p>';", count: 50_000)),
      ("a comment that never ends", "<!-- " + String(repeating: "<p>x</p>", count: 50_000)),
      ("a style that never ends", "<style>" + String(repeating: "p{}", count: 50_000)),
    ] {
      let document = try #require(htmlPage(before + tail), "\(label)")
      #expect(document.text.string == "The ministers met in Vienna.", "\(label)")
    }
  }

  @Test func aDeeplyNestedJSONValueIsCheckedWithoutRecursion() {
    let nested = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    let open = String(repeating: "{\"a\":", count: 100_000)
    let dump = [
      #"{"text": "Kept.", "deep": "# + nested + "}",
      #"{"text": "Skipped.", "deep": "# + open,
    ].joined(separator: "\n")
    let read = readArticles(Array(dump.utf8), name: "deep.jsonl")
    #expect(read.documents.map(\.text.string) == ["Kept."])
    #expect(read.notes.count == 1)
  }

  @Test func aLineLongerThanAnArticleCanBeIsSkippedAndTheRestRead() {
    let opening = Array(#"{"text": ""#.utf8)
    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: FileReading.maximumByteCount + 13)
    bytes.replaceSubrange(0..<opening.count, with: opening)
    bytes.replaceSubrange((bytes.count - 2)..<bytes.count, with: Array("\"}".utf8))
    bytes.append(0x0A)
    bytes += Array(#"{"text": "The next article is read."}"#.utf8)
    let read = readArticles(bytes, name: "huge.jsonl")
    #expect(read.documents.map(\.text.string) == ["The next article is read."])
    #expect(
      read.notes == [
        "corpus: huge.jsonl:1: line skipped: \(FileReading.maximumByteCount + 13) bytes, more than an article can be (\(FileReading.maximumByteCount))"
      ])
  }
}
