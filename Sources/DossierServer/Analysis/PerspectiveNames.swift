import Knowledge

/// The side a name belongs to, when the corpus says who uses it ("Southern Kurils": Russia),
/// and the names the other sides use for the same thing.
struct Perspective {
  /// The perspective name the mention is, or the one a variant of it follows.
  let side: Alias
  /// The names other sides use, one per side, in the entity's order.
  let others: [Alias]

  /// "Japan: Northern Territories", one side each, joined; a side not named shows the name
  /// alone.
  var othersDescription: String {
    others.map { ($0.usedBy.isEmpty ? "" : $0.usedBy.joined(separator: ", ") + ": ") + $0.name }
      .joined(separator: " · ")
  }
}

extension Alias {
  /// True when this name and `other` are different sides' names: their users differ, and a
  /// name with no stated user stands for the side that is not named.
  func isOtherSide(of other: Alias) -> Bool {
    if usedBy.isEmpty || other.usedBy.isEmpty { return usedBy.isEmpty != other.usedBy.isEmpty }
    return Set(usedBy).isDisjoint(with: other.usedBy)
  }
}

extension Entity {
  /// The names of each side: the perspective names, and, when only one name has a stated
  /// side ("Puerto Argentino", what Argentina calls it), the canonical name as the other
  /// side's ("Stanley"). People have no sides' names.
  var sidesNames: [Alias] {
    var sides = perspectiveNames
    if sides.count == 1, kind != .person, DraftText.fold(sides[0].name) != DraftText.fold(name) {
      sides.append(Alias(name: name, usedBy: [], source: definition))
    }
    return sides
  }

  /// The side of the name `surface`, when the entity has names from two sides or more: the
  /// side's name it equals (ignoring case and apostrophe style), else the one a variant
  /// shares a distinctive word with ("Southern Kuril Islands" follows "Southern Kurils").
  func perspective(ofSurface surface: String) -> Perspective? {
    let sides = sidesNames
    guard sides.count >= 2 else { return nil }
    let folded = DraftText.fold(surface)
    let side =
      sides.first(where: { DraftText.fold($0.name) == folded })
      ?? Self.sideSharingWords(with: folded, among: sides)
    guard let side else { return nil }
    var others: [Alias] = []
    for other in sides where other.isOtherSide(of: side) {
      // One name per other side: the first stated.
      if !others.contains(where: { !$0.isOtherSide(of: other) }) { others.append(other) }
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

/// The entities that have names from two sides or more, found once per index: most have
/// none, and a check that looks at every name in a long report skips those at once.
final class SidedEntities: Sendable {
  let ids: Set<Int>

  init(entities: [Entity]) {
    ids = Set(entities.lazy.filter { $0.sidesNames.count >= 2 }.map(\.id))
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
      if perspective.side.isOtherSide(of: side) { return true }
    }
    return false
  }
}

extension Array {
  /// The element at `index`, nil when out of bounds.
  func element(at index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}
