import Knowledge

extension Entity {
  /// The first mention inside `byteRange` of document `documentID`, found by binary search
  /// (mentions are sorted by document, then offset).
  func firstMention(inDocument documentID: Int, within byteRange: Range<Int>) -> Mention? {
    var low = 0
    var high = mentions.count
    while low < high {
      let middle = (low + high) / 2
      let mention = mentions[middle]
      if (mention.documentID, mention.byteRange.lowerBound) < (documentID, byteRange.lowerBound) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < mentions.count else { return nil }
    let mention = mentions[low]
    return mention.documentID == documentID && mention.byteRange.lowerBound < byteRange.upperBound
      ? mention : nil
  }
}
