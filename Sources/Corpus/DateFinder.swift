/// Recognises calendar dates as English news pages write them, with an optional time:
/// "2019.05.10 / 17:37", "2021-11-26T09:30:00Z", "26/11/2021", "Fri Nov 26 , 2021",
/// "March 20, 2017", "Nov. 26, 2021 at 5:30 p.m.", "20 March 2017", "Friday, 26th of November 2021".
///
/// Only full dates (day, month and year) count; "in August 1945" or "on March 20" do not.
enum DateFinder {
  /// The first full date (with its time, when one follows) in `range`.
  static func firstDate(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard digitCount(range, bytes) >= 5 else { return nil }
    var offset = range.lowerBound
    while offset < range.upperBound {
      let byte = bytes[offset]
      let startsToken =
        (TextBytes.isDigit(byte) || canStartName(byte))
        && (offset == range.lowerBound || !TextBytes.isASCIIAlphanumeric(bytes[offset - 1]))
      if startsToken, let end = dateEnd(from: offset, limit: range.upperBound, bytes) {
        return offset..<end
      }
      offset += 1
    }
    return nil
  }

  /// The date of a line that states only a date: an optional label ("Published:", "Updated
  /// on"), the date and time, and at most three short words after it (a time zone, "GMT").
  static func dateOfDateLine(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Range<
    Int
  >? {
    guard range.count <= 80, digitCount(range, bytes) >= 5 else { return nil }
    var start = range.lowerBound
    for label in labelBytes where TextBytes.matchesIgnoringCase(label, at: start, in: bytes) {
      let end = start + label.count
      if end < range.upperBound, TextBytes.isASCIILetter(bytes[end]) { continue }
      start = end
      while start < range.upperBound,
        bytes[start] == UInt8(ascii: ":") || TextBytes.whitespaceLength(at: start, in: bytes) > 0
      {
        start += max(1, TextBytes.whitespaceLength(at: start, in: bytes))
      }
      break
    }
    guard start < range.upperBound else { return nil }
    // A time may come first: "Published 3:10 PM GMT+2, June 22, 2023".
    var end = dateEnd(from: start, limit: range.upperBound, bytes)
    if end == nil, let time = clockTimeEnd(from: start, limit: range.upperBound, bytes) {
      var reader = Reader(offset: time, limit: range.upperBound, bytes: bytes)
      reader.skipSpaces()
      reader.skip(UInt8(ascii: ","))
      reader.skipSpaces()
      if reader.offset < range.upperBound {
        end = dateEnd(from: reader.offset, limit: range.upperBound, bytes)
      }
    }
    guard let end else { return nil }
    // After the date: a time zone or "by admin" (three words at most), or a separator and a
    // site or author name ("April 2, 2023 | Southern Cone Review").
    var wordsAfter = 0
    var inWord = false
    for offset in end..<range.upperBound {
      let isSpace = TextBytes.whitespaceLength(at: offset, in: bytes) > 0
      if !isSpace && !inWord { wordsAfter += 1 }
      inWord = !isSpace
    }
    let tail = TextBytes.trimmed(end..<range.upperBound, in: bytes)
    let startsWithSeparator =
      tail.first.map { bytes[$0] == UInt8(ascii: "|") || bytes[$0] == UInt8(ascii: "-") }
      ?? false || !tail.isEmpty && LineFeatures.dashLength(at: tail.lowerBound, bytes) > 0
    return wordsAfter <= 3 || startsWithSeparator && wordsAfter <= 7 ? start..<end : nil
  }

  /// The end of a clock time at `start` ("3:10 PM GMT+2", "18.33 BST", "09:14"), or nil.
  static func clockTimeEnd(from start: Int, limit: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int?
  {
    var reader = Reader(offset: start, limit: limit, bytes: bytes)
    guard let (hour, hourDigits) = reader.readNumber(), hourDigits <= 2, hour <= 24,
      let separator = reader.peek(),
      separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".")
    else { return nil }
    reader.offset += 1
    guard let (minute, minuteDigits) = reader.readNumber(), minuteDigits == 2, minute < 60 else {
      return nil
    }
    var end = reader.offset
    reader.skipSpaces()
    if reader.readName(in: meridiems) != nil {
      end = reader.offset
      reader.skipSpaces()
    }
    if reader.readTimeZone() { end = reader.offset }
    return end
  }

  private static let labelBytes: [[UInt8]] = PageCues.dateLabels.map { Array($0.utf8) }

  /// The first letters of month and weekday names (j f m a s o n d t w), either case.
  private static func canStartName(_ byte: UInt8) -> Bool {
    switch TextBytes.lowercased(byte) {
    case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"),
      UInt8(ascii: "s"), UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "d"), UInt8(ascii: "t"),
      UInt8(ascii: "w"):
      return true
    default:
      return false
    }
  }

  /// A full date needs a year and a day: at least five digits.
  private static func digitCount(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for offset in range where TextBytes.isDigit(bytes[offset]) { count += 1 }
    return count
  }

  // MARK: - Patterns

  /// The end of a date (and time) that starts at `start`, or nil.
  static func dateEnd(from start: Int, limit: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var reader = Reader(offset: start, limit: limit, bytes: bytes)
    if TextBytes.isDigit(bytes[start]) {
      if let end = numericDate(&reader)
        ?? dayMonthYear(Reader(offset: start, limit: limit, bytes: bytes))
      {
        return timeEnd(after: end, limit: limit, bytes)
      }
      return nil
    }
    // An optional weekday, then month-first or day-first.
    if reader.readName(in: weekdays) != nil {
      reader.skip(UInt8(ascii: "."))
      reader.skipSpaces()
      reader.skip(UInt8(ascii: ","))
      reader.skipSpaces()
    }
    let afterWeekday = reader
    if let end = monthDayYear(afterWeekday) ?? dayMonthYear(afterWeekday) {
      return timeEnd(after: end, limit: limit, bytes)
    }
    return nil
  }

  /// 2019.05.10, 2019-05-10, 10.05.2019, 05/10/2019.
  private static func numericDate(_ reader: inout Reader) -> Int? {
    guard let (first, firstDigits) = reader.readNumber() else { return nil }
    guard let separator = reader.peek(),
      separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".")
        || separator == UInt8(ascii: "/")
    else { return nil }
    reader.offset += 1
    guard let (second, secondDigits) = reader.readNumber(), secondDigits <= 2,
      reader.peek() == separator
    else { return nil }
    reader.offset += 1
    guard let (third, thirdDigits) = reader.readNumber() else { return nil }
    if firstDigits == 4, thirdDigits <= 2 {
      guard isYear(first), (1...12).contains(second), (1...31).contains(third) else { return nil }
    } else if firstDigits <= 2, thirdDigits == 4 {
      guard isYear(third), (1...31).contains(first), (1...31).contains(second),
        first <= 12 || second <= 12
      else { return nil }
    } else {
      return nil
    }
    return reader.offset
  }

  /// Nov 26, 2021 · Nov. 26 , 2021 · November 26th 2021.
  private static func monthDayYear(_ start: Reader) -> Int? {
    var reader = start
    guard reader.readName(in: months) != nil else { return nil }
    reader.skip(UInt8(ascii: "."))
    reader.skipSpaces()
    guard let (day, dayDigits) = reader.readNumber(), dayDigits <= 2, (1...31).contains(day)
    else { return nil }
    reader.skipOrdinalSuffix()
    reader.skipSpaces()
    reader.skip(UInt8(ascii: ","))
    reader.skipSpaces()
    guard let (year, yearDigits) = reader.readNumber(), yearDigits == 4, isYear(year) else {
      return nil
    }
    return reader.offset
  }

  /// 26 Nov 2021 · 26th of November, 2021.
  private static func dayMonthYear(_ start: Reader) -> Int? {
    var reader = start
    guard let (day, dayDigits) = reader.readNumber(), dayDigits <= 2, (1...31).contains(day)
    else { return nil }
    reader.skipOrdinalSuffix()
    reader.skipSpaces()
    if reader.readName(in: of) != nil { reader.skipSpaces() }
    guard reader.readName(in: months) != nil else { return nil }
    reader.skip(UInt8(ascii: "."))
    reader.skipSpaces()
    reader.skip(UInt8(ascii: ","))
    reader.skipSpaces()
    guard let (year, yearDigits) = reader.readNumber(), yearDigits == 4, isYear(year) else {
      return nil
    }
    return reader.offset
  }

  /// The end of a time after a date ("/ 17:37", "T09:30:00Z", ", 5:30 p.m. JST"), or `end`.
  private static func timeEnd(after end: Int, limit: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    var reader = Reader(offset: end, limit: limit, bytes: bytes)
    if reader.peek() == UInt8(ascii: "T") {
      reader.offset += 1
    } else {
      reader.skipSpaces()
      for separator in "/|,-@".utf8 { reader.skip(separator) }
      reader.skipSpaces()
      if reader.readName(in: at) != nil { reader.skipSpaces() }
    }
    guard let (hour, hourDigits) = reader.readNumber(), hourDigits <= 2, hour <= 24,
      reader.peek() == UInt8(ascii: ":") || reader.peek() == UInt8(ascii: ".")
    else { return end }
    reader.offset += 1
    guard let (minute, minuteDigits) = reader.readNumber(), minuteDigits == 2, minute < 60 else {
      return end
    }
    if reader.peek() == UInt8(ascii: ":") {
      let beforeSeconds = reader.offset
      reader.offset += 1
      if reader.readNumber() == nil { reader.offset = beforeSeconds }
    }
    var timeEnd = reader.offset
    if reader.peek() == UInt8(ascii: "Z") {
      return reader.offset + 1
    }
    if let sign = reader.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      var zone = reader
      zone.offset += 1
      if zone.readNumber() != nil {
        if zone.peek() == UInt8(ascii: ":") {
          zone.offset += 1
          _ = zone.readNumber()
        }
        return zone.offset
      }
    }
    reader.skipSpaces()
    if reader.readName(in: meridiems) != nil {
      timeEnd = reader.offset
      reader.skipSpaces()
    }
    if reader.readTimeZone() { timeEnd = reader.offset }
    return timeEnd
  }

  private static func isYear(_ value: Int) -> Bool { (1800...2200).contains(value) }

  private static let months: [[UInt8]] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "oct", "nov", "dec",
  ].map { Array($0.utf8) }
  private static let weekdays: [[UInt8]] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues",
    "tue", "wed", "thurs", "thu", "fri", "sat", "sun",
  ].map { Array($0.utf8) }
  private static let of: [[UInt8]] = [Array("of".utf8)]
  private static let at: [[UInt8]] = [Array("at".utf8)]
  private static let ordinalSuffixes: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
  private static let meridiems: [[UInt8]] = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].map {
    Array($0.utf8)
  }

  /// A cursor over the bytes of a line, for the small date grammar above.
  private struct Reader {
    var offset: Int
    let limit: Int
    let bytes: UnsafeBufferPointer<UInt8>

    func peek() -> UInt8? { offset < limit ? bytes[offset] : nil }

    mutating func skipSpaces() {
      while offset < limit {
        let width = TextBytes.whitespaceLength(at: offset, in: bytes)
        if width == 0 { return }
        offset += width
      }
    }

    /// Steps over `byte` when it is next.
    mutating func skip(_ byte: UInt8) {
      if offset < limit, bytes[offset] == byte { offset += 1 }
    }

    /// A number of at most four digits not followed by another digit.
    mutating func readNumber() -> (Int, Int)? {
      var value = 0
      var end = offset
      while end < limit, TextBytes.isDigit(bytes[end]) {
        value = value * 10 + Int(bytes[end] - 0x30)
        end += 1
        if end - offset > 4 { return nil }
      }
      guard end > offset else { return nil }
      defer { offset = end }
      return (value, end - offset)
    }

    /// One of `names` (lowercase) spelled here in any case, as a whole word.
    mutating func readName(in names: [[UInt8]]) -> [UInt8]? {
      for nameBytes in names {
        let end = offset + nameBytes.count
        guard end <= limit, TextBytes.matchesIgnoringCase(nameBytes, at: offset, in: bytes) else {
          continue
        }
        if end < limit, TextBytes.isASCIILetter(bytes[end]) { continue }
        offset = end
        return nameBytes
      }
      return nil
    }

    mutating func skipOrdinalSuffix() {
      _ = readName(in: DateFinder.ordinalSuffixes)
    }

    /// "GMT", "UTC", "JST", "EST" …: two to four capitals ending the line or followed by space.
    mutating func readTimeZone() -> Bool {
      var end = offset
      while end < limit, TextBytes.isASCIIUpper(bytes[end]), end - offset < 5 { end += 1 }
      guard (2...4).contains(end - offset), end == limit || !TextBytes.isASCIILetter(bytes[end])
      else { return false }
      // An offset after the zone's name: "GMT+2", "UTC-05:00".
      if end + 1 < limit, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-"),
        TextBytes.isDigit(bytes[end + 1])
      {
        end += 1
        while end < limit, TextBytes.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: ":") {
          end += 1
        }
      }
      offset = end
      return true
    }
  }
}
