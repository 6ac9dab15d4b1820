/// Position markers in test text, as sourcekit-lsp writes them: `"Thi1️⃣s is"` is the text
/// `"This is"` with marker `1️⃣` at byte offset 3. Emoji markers, because news text has `$`.
public struct MarkedText: Sendable {
  public let text: String
  /// Byte offset (UTF-8) of each marker in `text`.
  public let offsets: [String: Int]

  public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  public init(_ marked: String) {
    var text = ""
    var offsets: [String: Int] = [:]
    var rest = Substring(marked)
    outer: while !rest.isEmpty {
      for marker in Self.markers where rest.hasPrefix(marker) {
        offsets[marker] = text.utf8.count
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      text.append(rest.removeFirst())
    }
    self.text = text
    self.offsets = offsets
  }

  /// The byte offset of `marker`; -1 when the text has none, which no expectation matches.
  public subscript(marker: String) -> Int { offsets[marker] ?? -1 }
}
