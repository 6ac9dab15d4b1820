import Testing

@testable import Corpus

/// A page's bytes decoded by the encoding it states, never replaced: what an editor that
/// honours `<meta charset>` shows, so positions count the same characters.
@Suite struct HTMLCharsetTests {
  /// A page in a single-byte encoding: ASCII markup around `body`'s bytes.
  func latinPage(charset: String?, body: [UInt8]) -> [UInt8] {
    let head = charset.map { "<meta charset=\"\($0)\">" } ?? ""
    return Array("<html><head>\(head)</head><body>\n<p>".utf8) + body + Array("</p></body>".utf8)
  }

  /// "Caf\xE9 \x93Fran\xE7ois\x94 \x80 5": é, “, ç, ”, € in Windows-1252.
  let windowsBytes: [UInt8] =
    Array("Caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93] + Array("Fran".utf8) + [0xE7]
    + Array("ois".utf8) + [0x94] + Array(" ".utf8) + [0x80] + Array(" 5".utf8)

  @Test(arguments: ["windows-1252", "ISO-8859-1", "latin1", "us-ascii"])
  func windows1252AndItsLabelsAreDecoded(charset: String) throws {
    let document = try #require(htmlPage(bytes: latinPage(charset: charset, body: windowsBytes)))
    #expect(document.text.string == "Café “François” € 5")
  }

  @Test func positionsCountTheFilesCharacters() throws {
    let bytes = latinPage(charset: "windows-1252", body: windowsBytes)
    let document = try #require(htmlPage(bytes: bytes))
    let offset = try #require(document.offset(of: "François"))
    let range = document.fileRange(of: offset..<offset + "François".utf8.count)
    // One byte a character: the UTF-16 column is the byte's column in the file on disk.
    let fileColumn =
      try #require(bytes.firstIndex(of: 0x93)) + 1 - (try #require(bytes.firstIndex(of: 0x0A)) + 1)
    let position = document.fileText.position(ofByteOffset: range.lowerBound, encoding: .utf16)
    #expect(position == LineColumn(line: 1, column: fileColumn))
    #expect(document.fileText[range] == "François")
  }

  @Test func latin9HasTheEuroWhereLatin1HasTheCurrencySign() throws {
    let document = try #require(
      htmlPage(bytes: latinPage(charset: "iso-8859-15", body: [0xA4] + Array(" 5".utf8))))
    #expect(document.text.string == "€ 5")
  }

  @Test func aContentTypeMetaStatesTheCharsetToo() throws {
    let bytes =
      Array(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Caf".utf8)
      + [0xE9] + Array("</p>".utf8)
    #expect(try #require(htmlPage(bytes: bytes)).text.string == "Café")
  }

  @Test func aPageThatStatesNothingAndIsNotUTF8IsWindows1252() {
    let read = readArticles(latinPage(charset: nil, body: windowsBytes), name: "old.html")
    #expect(read.documents.first?.text.string == "Café “François” € 5")
    #expect(
      read.notes == ["corpus: old.html: no charset stated and not UTF-8; read as Windows-1252"])
  }

  @Test func aLatin1LabelOnUTF8BytesIsUTF8() {
    let read = readArticles(
      latinPage(charset: "iso-8859-1", body: Array("Café “François”".utf8)),
      name: "mislabelled.html")
    #expect(read.documents.first?.text.string == "Café “François”")
    #expect(
      read.notes == ["corpus: mislabelled.html: labelled iso-8859-1 but is UTF-8; read as UTF-8"])
  }

  @Test func utf8WithAByteOrderMarkAndAnUnknownCharset() {
    let marked = readArticles([0xEF, 0xBB, 0xBF] + Array("<p>Café</p>".utf8), name: "bom.html")
    #expect(marked.documents.first?.text.string == "Café")
    #expect(marked.documents.first?.fileText.string == "<p>Café</p>")
    let unknown = readArticles(
      Array("<meta charset=shift_jis><p>Talks</p>".utf8), name: "sjis.html")
    #expect(unknown.documents.first?.text.string == "Talks")
    #expect(
      unknown.notes == [
        "corpus: sjis.html: charset shift_jis is not one Dossier decodes; read as UTF-8"
      ])
  }

  @Test func binaryBytesNamedHTMLAreSkipped() {
    let read = readArticles([0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02, 0xFF, 0x00], name: "image.html")
    #expect(read.documents.isEmpty)
    #expect(read.skip == "binary (contains NUL bytes)")
  }
}
