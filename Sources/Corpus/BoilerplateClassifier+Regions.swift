/// Passes 2 and 3 of the classifier: furniture found by its position on the page (above the
/// headline, in a forum's header, beside a label or a date line) and by the lists it belongs to
/// (other stories after "See also", reader comments, runs of headlines).
extension BoilerplateClassifier {
  // MARK: - 2. Position

  mutating func markPosition() {
    guard let titleIndex else { return }
    for index in 0..<titleIndex where roles[index] == .unknown {
      roles[index] = .furniture(.beforeHeadline)
    }
    // A forum page: what lies between the topic title and the first post is forum furniture.
    if let firstPost = lines.indices.first(where: {
      $0 > titleIndex
        && (roles[$0] == .furniture(.forumPostID) || roles[$0] == .furniture(.forumPostHeader))
    }) {
      for index in titleIndex + 1..<firstPost where roles[index] == .unknown {
        roles[index] = .furniture(.forumHeader)
      }
    }
    // The headline repeated further down (a page title and its H1).
    let title = titleHeadline ?? lines[titleIndex].range
    for index in titleIndex + 1..<lines.count where roles[index] == .unknown {
      let range = lines[index].range
      if range.count == title.count
        && bytes[range].elementsEqual(bytes[title])
      {
        roles[index] = .furniture(.repeatedHeadline)
      }
    }
  }

  /// The value under a label line ("Author" then "Axar.az").
  mutating func markMetadataValues() {
    for index in lines.indices.dropLast() where roles[index] == .furniture(.metadataLabel) {
      let next = index + 1
      let features = lines[next].features
      if roles[next] == .unknown || roles[next] == .furniture(.label),
        features.wordCount <= 8 && !features.isProse
      {
        roles[next] = .furniture(.metadata)
      }
    }
  }

  /// "Helena Smith in Athens" right above or below the date line: a byline without "By".
  mutating func markBylinesBesideDates() {
    for index in lines.indices where roles[index] == .furniture(.dateLine) {
      for neighbour in [index - 1, index + 1]
      where neighbour >= 0 && neighbour < lines.count && roles[neighbour] == .unknown
        && lines[neighbour].group == lines[index].group
      {
        let features = lines[neighbour].features
        if features.wordCount >= 2 && features.wordCount <= 7 && !features.endsWithTerminal
          && features.capitalizedWordCount >= 2
          && features.capitalizedWordCount + 2 >= features.wordCount
        {
          roles[neighbour] = .furniture(.byline)
        }
      }
    }
  }

  // MARK: - 3. Lists of other stories

  mutating func markRelatedLists() {
    var index = 0
    var storyStarted = false
    while index < lines.count {
      guard roles[index] == .furniture(.relatedHeading) else {
        if isStoryParagraph(index) { storyStarted = true }
        index += 1
        continue
      }
      // Above the story, such a heading lists topics or sections ("Related topics: Kosovo,
      // Serbia"), and the article's byline or date ends the list.
      let listKind: Furniture = storyStarted ? .teaser : .navigationList
      var next = index + 1
      var sawHeadline = false
      var pendingBlurb: Int?
      scan: while next < lines.count {
        let features = lines[next].features
        switch roles[next] {
        case .title, .body:
          break scan
        case .furniture(.commentsHeading):
          break scan
        case .furniture(let kind):
          let isMetadata = kind == .dateLine || kind == .byline || kind == .metadata
          if isMetadata && !storyStarted { break scan }
          if isMetadata || kind == .label { roles[next] = .furniture(listKind) }
          next += 1
          continue
        case .unknown:
          break
        }
        if features.isProse {
          if features.endsWithElision || features.endsWithEllipsis {
            roles[next] = .furniture(listKind)
            sawHeadline = false
            pendingBlurb = nil
          } else if sawHeadline && storyStarted {
            roles[next] = .furniture(listKind)
            pendingBlurb = next
            sawHeadline = false
          } else {
            // Running text with no headline before it: the story goes on.
            if let blurb = pendingBlurb, blurb == previousLine(before: next) {
              roles[blurb] = .unknown
            }
            break scan
          }
        } else {
          roles[next] = .furniture(listKind)
          sawHeadline = true
          pendingBlurb = nil
        }
        next += 1
      }
      index = max(index + 1, next)
    }
  }

  func previousLine(before index: Int) -> Int? { index > 0 ? index - 1 : nil }

  /// A paragraph of the story not yet judged: prose of twelve words or more.
  func isStoryParagraph(_ index: Int) -> Bool {
    roles[index] == .unknown && lines[index].features.isProse
      && lines[index].features.wordCount >= 12
  }

  /// After a comments heading that follows the story ("12 comments"), the rest of the page is
  /// readers' comments, up to a list of other stories.
  mutating func markCommentSections() {
    var storyStarted = false
    for index in lines.indices {
      let features = lines[index].features
      if roles[index] == .unknown && features.isProse && features.wordCount >= 12 {
        storyStarted = true
      }
      guard storyStarted, roles[index] == .furniture(.commentsHeading) else { continue }
      for next in index + 1..<lines.count {
        switch roles[next] {
        case .furniture(.relatedHeading), .title: return
        case .unknown, .body: roles[next] = .furniture(.readerComment)
        case .furniture(let kind):
          if [.label, .dateLine, .metadata, .byline, .controls, .teaser, .truncatedPreview]
            .contains(kind)
          {
            roles[next] = .furniture(.readerComment)
          }
        }
      }
      return
    }
  }

  /// Three or more headline-like lines in a row (blank lines aside) list other stories.
  /// Between the headline and the story's first paragraph, headline-like lines are the story's
  /// own deck and byline, so runs are counted only after the story has started.
  mutating func markHeadlineRuns() {
    var run: [Int] = []
    var storyStarted = titleIndex == nil
    func close() {
      if run.count >= 3 && storyStarted {
        for index in run { roles[index] = .furniture(.teaserHeadlines) }
      }
      run = []
    }
    for index in lines.indices {
      switch roles[index] {
      case .unknown:
        if lines[index].features.isHeadlineLike && !isShortListItem[index] {
          run.append(index)
        } else {
          close()
          if isStoryParagraph(index) { storyStarted = true }
        }
      case .furniture:
        continue
      case .title, .body:
        close()
      }
    }
    close()
  }
}
