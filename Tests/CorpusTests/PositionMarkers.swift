/// Position markers in test text, as sourcekit-lsp does: `"Thi1️⃣s is"` is the text
/// `"This is"` with marker `1️⃣` at byte offset 3. Emoji markers, because news text has `$`.
struct MarkedText {
  let text: String
  /// Byte offset (UTF-8) of each marker in `text`.
  let offsets: [String: Int]

  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  init(_ marked: String) {
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

  subscript(marker: String) -> Int { offsets[marker]! }
}
