/// Passes 4 and 5 of the classifier: lines judged by their neighbours, and the page's edges
/// around the story.
extension BoilerplateClassifier {
  // MARK: - 4. Neighbours

  mutating func markByNeighbours() {
    // Between the headline and the story's first paragraph, a deck or a byline often sits
    // between metadata lines: there only a notice's own lines are pulled along.
    let storyStart = lines.indices.first(where: { isStoryParagraph($0) }) ?? lines.count
    for index in lines.indices where roles[index] == .unknown {
      let features = lines[index].features
      let previous = index > 0 ? index - 1 : nil
      let next = index + 1 < lines.count ? index + 1 : nil
      let previousIsFurniture = previous.map { isFurnitureNeighbour($0) } ?? true
      let nextIsFurniture = next.map { isFurnitureNeighbour($0) } ?? true
      let previousInGroup = previous.map { lines[$0].group == lines[index].group } ?? false
      let nextInGroup = next.map { lines[$0].group == lines[index].group } ?? false
      if features.cues.contains(.pitch) && !features.startsWithQuote {
        let beside = [previous, next].compactMap { $0 }.filter {
          lines[$0].group == lines[index].group
        }
        let kinds = beside.compactMap { roles[$0].furniture }
        if let appeal = kinds.first(where: { $0 == .subscription || $0 == .adBlockerNotice }) {
          roles[index] = .furniture(appeal)
          continue
        }
      }
      if features.isHeadlineLike {
        let besideInGroup =
          previousInGroup && previousIsFurniture || nextInGroup && nextIsFurniture
        let beforeStory = titleIndex.map { index > $0 && index < storyStart } ?? false
        if beforeStory {
          let kinds = [previousInGroup ? previous : nil, nextInGroup ? next : nil]
            .compactMap { $0 }.compactMap { roles[$0].furniture }
          if let notice = kinds.first(where: { Self.noticeKinds.contains($0) }) {
            roles[index] = .furniture(notice)
          }
          continue
        }
        if besideInGroup || previousIsFurniture && nextIsFurniture {
          // A notice's line takes the notice's kind; otherwise it heads another story.
          let neighbours = [
            previousInGroup ? previous : nil, nextInGroup ? next : nil,
          ].compactMap { $0 }.compactMap { roles[$0].furniture }
          if let notice = neighbours.first(where: { Self.noticeKinds.contains($0) }) {
            roles[index] = .furniture(notice)
          } else {
            roles[index] = .furniture(isShortListItem[index] ? .navigationList : .teaser)
          }
        }
        continue
      }
      if features.isProse && features.wordCount <= 80 && previousInGroup && nextInGroup
        && previousIsFurniture && nextIsFurniture
      {
        roles[index] = .furniture(.teaser)
      }
    }
  }

  /// Notices whose neighbouring lines are more of the same notice.
  static let noticeKinds: Set<Furniture> = [
    .subscription, .adBlockerNotice, .commentForm, .legal, .advertising, .forumChrome,
    .siteFooter, .readerComment,
  ]

  /// Furniture that pulls its neighbours along; the title and the page header do not.
  func isFurnitureNeighbour(_ index: Int) -> Bool {
    guard let kind = roles[index].furniture else { return false }
    return kind != .beforeHeadline && kind != .repeatedHeadline && kind != .frontMatter
  }

  // MARK: - 5. Edges

  /// Lines after the story's last full paragraph are page footer, unless they are the story's
  /// short closing sentence ("He declined to comment."), which follows the story directly rather
  /// than other furniture. Short bulleted lists at the edges are navigation.
  mutating func markEdges() {
    let storyStart = titleIndex.map { $0 + 1 } ?? 0
    func isStoryProse(_ index: Int, minimumWords: Int) -> Bool {
      index >= storyStart && roles[index] == .unknown && lines[index].features.isProse
        && lines[index].features.wordCount >= minimumWords
    }
    guard
      let lastParagraph = lines.indices.last(where: { isStoryProse($0, minimumWords: 12) })
        ?? lines.indices.last(where: { isStoryProse($0, minimumWords: 0) })
    else { return }
    // The story starts at its first paragraph, or at a line that introduces a list ("…:").
    let firstProse =
      lines.indices.first(where: {
        isStoryProse($0, minimumWords: 0)
          || $0 >= storyStart && roles[$0] == .unknown && lines[$0].features.endsWithColon
            && lines[$0].features.wordCount >= 4
      }) ?? lastParagraph
    for index in lastParagraph + 1..<lines.count where roles[index] == .unknown {
      let features = lines[index].features
      if features.isProse && roles[index - 1] == .unknown { continue }
      if features.isProse && features.wordCount >= 12 { continue }
      roles[index] = .furniture(isShortListItem[index] ? .navigationList : .pageFooter)
    }
    for index in storyStart..<firstProse where roles[index] == .unknown && isShortListItem[index] {
      roles[index] = .furniture(.navigationList)
    }
  }
}
