import Testing

@testable import Corpus

/// What the HTML reader takes out of a page: the text a browser shows, one line per paragraph
/// or item, each byte mapped back to the page.
@Suite struct HTMLReaderTests {
  @Test func theTextIsWhatABrowserShows() throws {
    let document = try #require(
      htmlPage(
        """
        <html><head><title>Talks resume</title><style>p { color: red }</style>
        <script>document.write("<p>Written by a script</p>")</script></head>
        <body><!-- a comment with <p>a paragraph</p> --><p>First   paragraph
        spans lines.</p><template><p>Inert</p></template><noscript>Enable JavaScript</noscript>
        <svg><title>Icon</title><text>Chart label</text></svg><p>Second <b>bold</b> <i>words</i>.</p>
        </body></html>
        """))
    #expect(
      document.text.string == "Talks resume\n\nFirst paragraph spans lines.\n\nSecond bold words.")
  }

  @Test func paragraphsHeadingsItemsAndBreaksAreLines() throws {
    let document = try #require(
      htmlPage(
        "<h2>Heading</h2><ul><li>One</li><li>Two<li>Three</ul><p>A<br>B</p><div>C</div><div>D</div>"
          + "<p>E<br><br>F</p><table><tr><td>Cell one</td><td>Cell two</td></tr></table>"))
    #expect(
      document.text.string
        == "Heading\n\nOne\nTwo\nThree\n\nA\nB\n\nC\nD\n\nE\n\nF\n\nCell one Cell two")
  }

  @Test func characterReferencesAreDecodedAndMapToTheirWholeReference() throws {
    let document = try #require(
      htmlPage(
        "<p>AT&amp;T, Caf&eacute;, &#8220;quoted&#x201D; &ndash; 5&nbsp;km, &#150; &#0; "
          + "&bogus; and &amp</p>"))
    #expect(
      document.text.string
        == "AT&T, Café, “quoted” – 5\u{A0}km, – \u{FFFD} &bogus; and &")
    #expect(document.fileSnippet(of: "AT&T") == "AT&amp;T")
    #expect(document.fileSnippet(of: "Café") == "Caf&eacute;")
    #expect(document.fileSnippet(of: "“quoted”") == "&#8220;quoted&#x201D;")
    #expect(document.fileSnippet(of: "&bogus;") == "&bogus;")
  }

  @Test func whitespaceCollapsesButAPreKeepsItsLines() throws {
    let document = try #require(
      htmlPage("<p>  a \t\n b  </p><pre>\nline one\n  line two</pre>"))
    #expect(document.text.string == "a b\n\nline one\n  line two")
    // The collapsed space stands for all the whitespace it replaced.
    #expect(document.fileSnippet(of: "a b") == "a \t\n b")
  }

  @Test func hiddenElementsAreLeftOut() throws {
    let document = try #require(
      htmlPage(
        "<p>Shown</p><p hidden>Hidden one</p><div style=\"DISPLAY : none\">Hidden <b>two</b></div>"
          + "<p style=\"color:red\">Also shown</p>"))
    #expect(document.text.string == "Shown\n\nAlso shown")
  }

  @Test func unknownAndMisnestedTagsKeepTheirText() throws {
    let document = try #require(
      htmlPage("<p>One <custom-tag>two</custom-tag> <b>three</p> four</b></span></div>"))
    #expect(document.text.string == "One two three\n\nfour")
  }

  @Test func aLessThanSignThatOpensNoTagIsText() throws {
    let document = try #require(htmlPage("<p>Turnout was < 40% and 3<4 held.</p>"))
    #expect(document.text.string == "Turnout was < 40% and 3<4 held.")
  }

  @Test func metadataGivesTitleOutletDateAndAddress() throws {
    let document = try #require(
      htmlPage(
        """
        <html><head><title>Deal signed in Vienna | The Harbour Courier</title>
        <meta property="og:site_name" content="Harbour Courier Online">
        <meta property="article:published_time" content="2023-03-14T09:30:00Z">
        <link rel="canonical" href="https://news.example/world/deal?id=7&amp;ref=home">
        <meta property="og:url" content="https://news.example/og">
        </head><body><article><h1>Deal signed in Vienna</h1>
        <p>Negotiators from both countries signed the agreement on Tuesday after three days of talks.</p>
        </article></body></html>
        """))
    #expect(document.title == "Deal signed in Vienna")
    #expect(document.outlet == "Harbour Courier Online")
    // An ISO time in metadata is shown as its day.
    #expect(document.date == "2023-03-14")
    #expect(document.calendarDate == CalendarDate(year: 2023, month: 3, day: 14))
    #expect(document.url == "https://news.example/world/deal?id=7&ref=home")
    // The headline is the <h1> in the body, where go to source lands.
    let title = try #require(document.blocks.first { $0.kind == .title })
    #expect(document.fileText[document.fileRange(of: title.byteRange)] == "Deal signed in Vienna")
    #expect(document.fileLine(of: title.byteRange.lowerBound) == 5)
  }

  @Test func withoutAnH1TheTitleIsThePageTitleWithoutItsSiteName() throws {
    let document = try #require(
      htmlPage(
        """
        <title>Deal signed in Vienna | The Harbour Courier</title>
        <p>Negotiators from both countries signed the agreement on Tuesday after three days of talks.</p>
        """))
    #expect(document.title == "Deal signed in Vienna")
    #expect(document.outlet == "The Harbour Courier")
    #expect(document.reason(at: "| The Harbour Courier") == "site name")
  }

  @Test func theDateComesFromATimeElementAndTheAddressFromTheSavedFromNote() throws {
    let document = try #require(
      htmlPage(
        """
        <!-- saved from url=(0031)https://news.example/a/b.html -->
        <html><body><article><h1>Deal signed in Vienna</h1>
        <p>By Ana Ruiz, <time datetime="2023-03-15">yesterday</time></p>
        <p>Negotiators from both countries signed the agreement on Tuesday after three days of talks.</p>
        </article></body></html>
        """))
    #expect(document.date == "2023-03-15")
    #expect(document.url == "https://news.example/a/b.html")
  }

  @Test func aPageWithNoTextIsSkipped() {
    let read = readArticles(
      Array("<html><head><title> </title><script>x()</script></head><body><img src=a></body>".utf8),
      name: "empty.html")
    #expect(read.documents.isEmpty)
    #expect(read.skip == "no text in the page")
  }

  @Test func positionsInThePageCountItsOwnCharacters() throws {
    let html =
      "<p>Größe: café — 🎌 <b>Anna Kovacs</b> spoke.</p>\n<p>Then Anna&nbsp;Kovacs left.</p>"
    let document = try #require(htmlPage(html))
    for encoding in PositionEncoding.allCases {
      let offset = try #require(document.offset(of: "Anna Kovacs"))
      let positions = document.filePositions(of: offset..<offset + 11, encoding: encoding)
      let start = try #require(byteOffset(of: "Anna Kovacs", in: html))
      #expect(positions.start == naivePosition(of: start, in: html, encoding: encoding))
      #expect(positions.end == naivePosition(of: start + 11, in: html, encoding: encoding))
    }
    // The second mention is written with a reference between the words.
    let second = try #require(document.offsets(of: "Anna\u{A0}Kovacs").first)
    let range = document.fileRange(of: second..<second + "Anna\u{A0}Kovacs".utf8.count)
    #expect(document.fileText[range] == "Anna&nbsp;Kovacs")
    #expect(document.fileLine(of: second) == 1)
  }
}
