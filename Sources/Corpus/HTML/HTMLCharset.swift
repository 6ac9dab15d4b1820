/// Decodes a saved page's bytes into the UTF-8 text Dossier keeps, by the encoding the page
/// states, as a browser does: a byte-order mark first, then `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` near the top.
///
/// UTF-8 is read as text files are (invalid sequences become U+FFFD). Windows-1252 and the
/// labels the HTML standard reads as it (ISO-8859-1, Latin-1, ASCII), and ISO-8859-15, are
/// decoded byte for byte, so "café" saved in Latin-1 is "café", not "caf\u{FFFD}". A page that
/// states none of them and is not valid UTF-8 is read as Windows-1252, the browsers' default for
/// Western pages; one labelled Latin-1 whose bytes are valid UTF-8 with characters beyond ASCII
/// is UTF-8 (a label the page kept when it was converted, or never right).
enum HTMLCharset {
  enum Encoding: Equatable {
    case utf8
    case windows1252
    case latin9
    /// A label Dossier does not decode ("shift_jis"): read as UTF-8, with a note.
    case unsupported(String)
  }

  /// How far into the page `<meta>` is looked for (the standard says 1024 bytes; pages put
  /// long comments and scripts first).
  static let prescanLength = 16_384

  /// The page's text, and a note for the log when its bytes had to be read another way than
  /// as stated or repaired.
  static func decode(_ raw: [UInt8]) -> Result<(text: DecodedText, note: String?), FileProblem> {
    let startsWithMark =
      raw.starts(with: [0xEF, 0xBB, 0xBF]) || raw.starts(with: [0xFF, 0xFE])
      || raw.starts(with: [0xFE, 0xFF])
    let statement = startsWithMark ? nil : declaredEncoding(raw)
    let declared = statement?.encoding
    switch declared {
    case .windows1252?, .latin9?:
      if let problem = TextDecoding.binaryProblem(raw[...]) { return .failure(problem) }
      let survey = raw.withUnsafeBufferPointer { TextDecoding.survey($0) }
      if !survey.hasNonWhitespace { return .failure(FileProblem("empty")) }
      if survey.isValidUTF8 && raw.contains(where: { $0 >= 0x80 }) {
        return utf8(raw, note: "labelled \(statement?.label ?? "") but is UTF-8; read as UTF-8")
      }
      let bytes = Windows1252.decode(raw[...], latin9: declared == .latin9)
      return .success((DecodedText(bytes: bytes, replacedSequenceCount: 0), nil))
    case .unsupported(let label)?:
      return utf8(raw, note: "charset \(label) is not one Dossier decodes; read as UTF-8")
    case .utf8?:
      return utf8(raw, note: nil)
    case nil:
      let survey = raw.withUnsafeBufferPointer { TextDecoding.survey($0) }
      if startsWithMark || survey.isValidUTF8 || survey.hasNUL { return utf8(raw, note: nil) }
      if let problem = TextDecoding.binaryProblem(raw[...]) { return .failure(problem) }
      if !survey.hasNonWhitespace { return .failure(FileProblem("empty")) }
      let bytes = Windows1252.decode(raw[...], latin9: false)
      return .success(
        (
          DecodedText(bytes: bytes, replacedSequenceCount: 0),
          "no charset stated and not UTF-8; read as Windows-1252"
        ))
    }
  }

  private static func utf8(_ raw: [UInt8], note: String?) -> Result<
    (text: DecodedText, note: String?), FileProblem
  > {
    TextDecoding.decode(raw).map { ($0, note) }
  }

  /// The encoding the page's first `<meta>` that names one states, with the label it uses.
  static func declaredEncoding(_ raw: [UInt8]) -> (encoding: Encoding, label: String)? {
    raw.withUnsafeBufferPointer { whole in
      let bytes = UnsafeBufferPointer(rebasing: whole[..<min(whole.count, prescanLength)])
      var attributes: [HTMLAttribute] = []
      var offset = 0
      while let open = HTMLTagScanner.find(UInt8(ascii: "<"), from: offset, in: bytes) {
        offset = open + 1
        if open + 4 <= bytes.count, HTMLTagScanner.equals(open..<open + 4, "<!--", in: bytes) {
          offset = HTMLTagScanner.endOfComment(at: open, in: bytes)
          continue
        }
        guard open + 5 < bytes.count,
          HTMLTagScanner.equals(open + 1..<open + 5, "meta", in: bytes),
          HTMLTagScanner.isSpace(bytes[open + 5]) || bytes[open + 5] == UInt8(ascii: "/"),
          let tag = HTMLTagScanner.tag(at: open, in: bytes, attributes: &attributes)
        else { continue }
        offset = tag.end
        if let label = label(in: attributes, bytes) { return (encoding(named: label), label) }
      }
      return nil
    }
  }

  /// The charset a `<meta>` names: its `charset`, or the `charset=` of its `content` when it
  /// is an `http-equiv="Content-Type"`.
  private static func label(in attributes: [HTMLAttribute], _ bytes: UnsafeBufferPointer<UInt8>)
    -> String?
  {
    var isContentType = false
    var content: String?
    for attribute in attributes {
      guard let value = attribute.value else { continue }
      if HTMLTagScanner.equals(attribute.name, "charset", in: bytes) {
        let label = HTMLMetadata.string(value, in: bytes).lowercased()
        return label.isEmpty ? nil : label
      }
      if HTMLTagScanner.equals(attribute.name, "http-equiv", in: bytes) {
        isContentType = HTMLTagScanner.lowercasedName(value, in: bytes) == "content-type"
      } else if HTMLTagScanner.equals(attribute.name, "content", in: bytes) {
        content = HTMLMetadata.string(value, in: bytes).lowercased()
      }
    }
    guard isContentType, let content else { return nil }
    let characters = Array(content.utf8)
    let marker = Array("charset=".utf8)
    guard characters.count >= marker.count,
      let start = (0...(characters.count - marker.count)).first(where: {
        characters[$0..<$0 + marker.count].elementsEqual(marker)
      })
    else { return nil }
    let label = String(decoding: characters[(start + marker.count)...], as: UTF8.self)
      .prefix { $0 != ";" && $0 != " " }.trimmingCharacters(in: "\"'")
    return label.isEmpty ? nil : label
  }

  /// The encoding of a charset label, by the HTML standard's names for it.
  static func encoding(named label: String) -> Encoding {
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
      // A page that says UTF-16 in a `<meta>` is read as UTF-8 (it would have a byte-order
      // mark if it were not ASCII-compatible).
      "utf-16", "utf-16le", "utf-16be":
      .utf8
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
      "iso_8859-1:1987", "iso-ir-100", "l1", "latin1", "csisolatin1", "ibm819", "cp819",
      "us-ascii", "ascii", "ansi_x3.4-1968":
      .windows1252
    case "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin9", "latin-9",
      "csisolatin9":
      .latin9
    default: .unsupported(label)
    }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in characters: String) -> String {
    var text = self
    while let first = text.first, characters.contains(first) { text.removeFirst() }
    while let last = text.last, characters.contains(last) { text.removeLast() }
    return String(text)
  }
}
