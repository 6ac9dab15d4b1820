import Knowledge

/// Both sides' names for one thing in one document ("Southern Kurils" and "Northern
/// Territories") without the document saying they are the same: a reader may take them for
/// two places.
///
/// The document says so when, somewhere, a name of one side and a name of the other stand in
/// one sentence with a cue between them: "X (Y)", "X, or Y", "X, known as Y", "called X in A
/// and Y in B", "what A calls Y".
enum MixedNamesCheck {
  /// Cues that one name is another, folded ("known" also covers "known in Japan as").
  static let cues = [
    "(", "/", "⇔", "=", " or ", "call", "known", "referred to", "refers to", "name", "dubbed",
    "aka", "a.k.a", "i.e.", "also",
  ]
  /// How far before the first name a cue may stand ("called the Northern Territories in
  /// Japan and the Southern Kurils in Russia").
  static let cueLookBehindBytes = 60

  struct Use {
    let byteRange: Range<Int>
    let side: Alias
    /// Names of one side share it ("" for the side not named).
    var sideKey: String { side.usedBy.sorted().joined(separator: "|") }
  }

  static func findings(
    in document: AnalyzedDocument, entities: [Entity], sided: SidedEntities? = nil
  ) -> [Finding] {
    let sided = sided ?? SidedEntities(entities: entities)
    var uses: [Int: [Use]] = [:]
    var order: [Int] = []
    // The same name of the same entity has the same side wherever it stands.
    var perspectives: [String: Perspective?] = [:]
    for match in document.matches where sided.ids.contains(match.entityID) {
      let key = "\(match.entityID)\u{0}\(match.surface)"
      let known = perspectives[key]
      guard let entity = entities.element(at: match.entityID),
        let perspective = known ?? entity.perspective(ofSurface: match.surface)
      else {
        perspectives[key] = .some(nil)
        continue
      }
      perspectives[key] = perspective
      if uses[entity.id] == nil { order.append(entity.id) }
      uses[entity.id, default: []].append(Use(byteRange: match.byteRange, side: perspective.side))
    }
    var findings: [Finding] = []
    for entityID in order {
      guard let list = uses[entityID], let first = list.first,
        Set(list.map(\.sideKey)).count >= 2, !saysTheyAreTheSame(list, document)
      else { continue }
      // Where the document first switches to each other side's name.
      var flaggedSides: Set<String> = [first.sideKey]
      for use in list where flaggedSides.insert(use.sideKey).inserted {
        findings.append(
          Finding(
            byteRange: use.byteRange,
            kind: .mixedNames(
              entityID: entityID, side: use.side, otherName: first.side,
              otherRange: first.byteRange)))
      }
    }
    return findings.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
  }

  /// True when two neighbouring uses of different sides share a sentence with a cue between
  /// them (or just before the first).
  static func saysTheyAreTheSame(_ uses: [Use], _ document: AnalyzedDocument) -> Bool {
    let bytes = document.text.bytes
    for (left, right) in zip(uses, uses.dropFirst()) where left.sideKey != right.sideKey {
      let sentence = DraftText.sentence(containing: left.byteRange.lowerBound, in: bytes)
      guard right.byteRange.lowerBound < sentence.upperBound else { continue }
      let lookBehind = max(sentence.lowerBound, left.byteRange.lowerBound - cueLookBehindBytes)
      let before = document.text[lookBehind..<left.byteRange.lowerBound]
      let between = document.text[left.byteRange.upperBound..<right.byteRange.lowerBound]
      let text = DraftText.fold(before + " … " + between)
      if cues.contains(where: { text.contains($0) }) { return true }
    }
    return false
  }
}
