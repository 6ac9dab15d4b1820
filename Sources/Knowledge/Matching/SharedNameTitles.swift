/// The titles of the people who share a name, to tell which of them a title before the shared
/// name means ("Army chief Sharif"): per shared name, a trie over each title's words from its
/// last word back, each node knowing the one person whose title runs through it (or that
/// several do).
///
/// The person a title means is the one whose title matches the most words right before the
/// name, and nobody when two people's titles match as many: that is the deepest node the words
/// before the name reach, and its person. A lookup reads one node per word before the name,
/// however many people share the name or its title's last word.
struct SharedNameTitles: Sendable {
  private struct Step: Hashable {
    /// The node the step leaves: a node's index, or `-1 - shared` for a shared name's root.
    let from: Int64
    let word: UInt64
  }

  private var steps: [Step: Int32] = [:]
  /// Per node: the one person whose title runs through it, or -1 when several do.
  private var holders: [Int32] = []

  var isEmpty: Bool { holders.isEmpty }

  /// Adds the title `words` (word keys, in reading order) of `person` under shared name
  /// `shared`.
  mutating func add(_ words: [UInt64], of person: Int, shared: Int32) {
    var from = -1 - Int64(shared)
    for word in words.reversed() {
      let step = Step(from: from, word: word)
      let node: Int32
      if let known = steps[step] {
        node = known
        if holders[Int(node)] != Int32(person) { holders[Int(node)] = -1 }
      } else {
        node = Int32(holders.count)
        steps[step] = node
        holders.append(Int32(person))
      }
      from = Int64(node)
    }
  }

  /// The person among the candidates of `shared` whose title the words before the name
  /// (`wordsBefore`, nearest first) match furthest, or nil when none matches or two match as
  /// far.
  func person(shared: Int32, wordsBefore: [UInt64]) -> Int? {
    var from = -1 - Int64(shared)
    var holder: Int32 = -1
    for word in wordsBefore {
      guard let node = steps[Step(from: from, word: word)] else { break }
      holder = holders[Int(node)]
      from = Int64(node)
    }
    return holder >= 0 ? Int(holder) : nil
  }
}
