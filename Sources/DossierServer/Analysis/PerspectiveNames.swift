import Knowledge

/// The side a name belongs to, when the corpus says who uses it ("Southern Kurils": Russia),
/// and the names the other sides use for the same thing.
struct Perspective {
  /// The perspective name the mention is, or the one a variant of it follows.
  let side: Alias
  /// The names other sides use, one per side, in the entity's order.
  let others: [Alias]

  /// "Japan: Northern Territories", one side each, joined.
  var othersDescription: String {
    others.map { ($0.usedBy.isEmpty ? "" : $0.usedBy.joined(separator: ", ") + ": ") + $0.name }
      .joined(separator: " · ")
  }
}

extension Entity {
  /// The side of the name `surface`, when the entity has names from two sides or more: the
  /// perspective name it equals (ignoring case and apostrophe style), else the one a variant
  /// shares a distinctive word with ("Southern Kuril Islands" follows "Southern Kurils").
  func perspective(ofSurface surface: String) -> Perspective? {
    let sides = perspectiveNames
    guard sides.count >= 2 else { return nil }
    let folded = DraftText.fold(surface)
    let side =
      sides.first(where: { DraftText.fold($0.name) == folded })
      ?? Self.sideSharingWords(with: folded, among: sides)
    guard let side else { return nil }
    let sideUsers = Set(side.usedBy)
    var others: [Alias] = []
    var seenUsers = Set<String>()
    for other in sides where other.name != side.name && sideUsers.isDisjoint(with: other.usedBy) {
      // One name per other side: the first stated.
      let key = other.usedBy.sorted().joined(separator: "|")
      if seenUsers.insert(key).inserted { others.append(other) }
    }
    guard !others.isEmpty else { return nil }
    return Perspective(side: side, others: others)
  }

  /// The one perspective name that shares the most distinctive words with `folded` (words
  /// match when one is the other plus an ending: "kuril" and "kurils", "south" and
  /// "southern"); nil when none does or two tie.
  static func sideSharingWords(with folded: String, among sides: [Alias]) -> Alias? {
    let words = nameWords(folded)
    let sideWords = sides.map { nameWords(DraftText.fold($0.name)) }
    // A word every side's name has ("islands") says nothing about the side.
    let shared = sideWords.dropFirst().reduce(Set(sideWords.first ?? [])) {
      $0.intersection($1)
    }
    var best: (index: Int, score: Int)?
    var tie = false
    for (index, candidate) in sideWords.enumerated() {
      let score = candidate.filter { word in
        !shared.contains(word) && words.contains { sameStem($0, word) }
      }.count
      guard score > 0 else { continue }
      if let current = best, current.score == score {
        tie = true
      } else if best == nil || score > best!.score {
        best = (index, score)
        tie = false
      }
    }
    guard let best, !tie else { return nil }
    return sides[best.index]
  }

  static func nameWords(_ folded: String) -> [String] {
    folded.split(whereSeparator: { !$0.isLetter }).map(String.init)
  }

  /// "kuril" and "kurils", "south" and "southern": one word starts with the other, and the
  /// shorter has at least four letters.
  static func sameStem(_ left: String, _ right: String) -> Bool {
    if left == right { return true }
    let (short, long) = left.count < right.count ? (left, right) : (right, left)
    return short.count >= 4 && long.hasPrefix(short)
  }
}

extension AnalyzedDocument {
  /// True when a mention of `entityID` under another side's name than `side` lies within
  /// `distance` bytes of `byteRange`, in the same sentence: the text already names both sides
  /// there.
  func namesOtherSide(
    of entity: Entity, side: Alias, near byteRange: Range<Int>, distance: Int = 160
  ) -> Bool {
    let sentence = DraftText.sentence(containing: byteRange.lowerBound, in: text.bytes)
    let window =
      max(
        sentence.lowerBound, byteRange.lowerBound - distance)..<min(
        max(sentence.upperBound, byteRange.upperBound), byteRange.upperBound + distance)
    for other in matches(overlapping: window) where other.entityID == entity.id {
      guard other.byteRange != byteRange,
        let perspective = entity.perspective(ofSurface: other.surface)
      else { continue }
      if Set(perspective.side.usedBy).isDisjoint(with: side.usedBy) { return true }
    }
    return false
  }
}
