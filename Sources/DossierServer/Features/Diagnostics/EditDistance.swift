/// Edit distance between short words.
enum EditDistance {
  /// Insertions, deletions, substitutions and swaps of neighbours, counted up to `limit`
  /// (anything beyond is `limit + 1`).
  static func optimalStringAlignment(_ left: String, _ right: String, limit: Int) -> Int {
    let a = Array(left.unicodeScalars)
    let b = Array(right.unicodeScalars)
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
    var previousRow = [Int](repeating: 0, count: b.count + 1)
    var row = Array(0...b.count)
    var rowBeforePrevious = row
    for i in 1...a.count {
      rowBeforePrevious = previousRow
      previousRow = row
      row = [Int](repeating: 0, count: b.count + 1)
      row[0] = i
      var rowMinimum = row[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, rowBeforePrevious[j - 2] + 1)
        }
        row[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
    }
    return min(row[b.count], limit + 1)
  }
}
