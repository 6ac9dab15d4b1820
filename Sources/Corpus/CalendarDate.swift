/// A day of the calendar read from a date as written ("2019.05.10 / 17:37", "Fri Nov 26 , 2021",
/// "Friday, June 23rd 2023 - 09:14 UTC", "24 June 2023, 6:05pm"), so dates in the formats of
/// different sites can be compared and shown alike.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1800...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The first date in `text`: numeric (year first, or day and month before a four-digit year:
  /// day first after "." or "-", month first after "/" unless the numbers say otherwise) or
  /// with a month name before or after the day.
  public init?(parsing text: String) {
    let words = Self.words(of: text)
    for index in words.indices {
      if let date = Self.numeric(words[index]) ?? Self.named(words[index...]) {
        self = date
        return
      }
    }
    return nil
  }

  /// "2019-05-10".
  public var description: String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  // MARK: - Reading

  /// Lowercased runs of letters or of digits and date separators.
  static func words(of text: String) -> [String] {
    if let words = asciiWords(of: text) { return words }
    var words: [String] = []
    var current = ""
    var currentIsDigits = false
    for character in text.lowercased() {
      let isDigitLike =
        character.isASCII
        && (character.isNumber || character == "." || character == "/" || character == "-")
      let isLetter = character.isLetter
      if (isDigitLike && currentIsDigits && !current.isEmpty)
        || (isLetter && !currentIsDigits && !current.isEmpty)
      {
        current.append(character)
      } else {
        if !current.isEmpty { words.append(current) }
        current = isDigitLike || isLetter ? String(character) : ""
        currentIsDigits = isDigitLike && !isLetter
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.map { word in
      // "23rd" splits into "23" and "rd"; trailing dots ("Nov.") and separators go.
      var trimmed = Substring(word)
      while let last = trimmed.last, last == "." || last == "-" || last == "/" {
        trimmed.removeLast()
      }
      return String(trimmed)
    }.filter { !$0.isEmpty }
  }

  /// `words(of:)` for an ASCII text (nearly every date), on its bytes: the same runs without
  /// going through `Character`; nil when the text is not ASCII.
  private static func asciiWords(of text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var words: [String] = []
      var start = 0
      var currentIsDigits = false
      /// Appends the run `start..<end`, lowercased, without trailing ". - /".
      func flush(_ end: Int) {
        var last = end
        while last > start,
          bytes[last - 1] == UInt8(ascii: ".") || bytes[last - 1] == UInt8(ascii: "-")
            || bytes[last - 1] == UInt8(ascii: "/")
        {
          last -= 1
        }
        if last > start {
          words.append(
            String(decoding: bytes[start..<last].map(TextBytes.lowercased), as: UTF8.self))
        }
      }
      var index = 0
      var runStart = -1  // -1 while no run is open
      while index < bytes.count {
        let byte = bytes[index]
        let isDigitLike =
          TextBytes.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
          || byte == UInt8(ascii: "-")
        let isLetter = TextBytes.isASCIILetter(byte)
        if runStart >= 0 && (isDigitLike && currentIsDigits || isLetter && !currentIsDigits) {
          index += 1
          continue
        }
        if runStart >= 0 {
          start = runStart
          flush(index)
        }
        runStart = isDigitLike || isLetter ? index : -1
        currentIsDigits = isDigitLike
        index += 1
      }
      if runStart >= 0 {
        start = runStart
        flush(bytes.count)
      }
      return words
    }
  }

  static func numeric(_ word: String) -> CalendarDate? {
    guard let separator = word.first(where: { $0 == "." || $0 == "/" || $0 == "-" }) else {
      return nil
    }
    let parts = word.split(separator: separator).compactMap { Int($0) }
    guard parts.count == 3, word.split(separator: separator).count == 3 else { return nil }
    let digits = word.split(separator: separator).map(\.count)
    if digits[0] == 4 { return CalendarDate(year: parts[0], month: parts[1], day: parts[2]) }
    guard digits[2] == 4 else { return nil }
    let (first, second, year) = (parts[0], parts[1], parts[2])
    if first > 12 { return CalendarDate(year: year, month: second, day: first) }
    if second > 12 { return CalendarDate(year: year, month: first, day: second) }
    return separator == "/"
      ? CalendarDate(year: year, month: first, day: second)
      : CalendarDate(year: year, month: second, day: first)
  }

  /// "june 23 2023", "23 june 2023", "23 of june 2023", with ordinal suffixes as words.
  static func named(_ words: ArraySlice<String>) -> CalendarDate? {
    let tokens = words.prefix(5).filter { !["st", "nd", "rd", "th", "of"].contains($0) }
    guard tokens.count >= 3 else { return nil }
    let first = tokens[tokens.startIndex]
    let second = tokens[tokens.startIndex + 1]
    let third = tokens[tokens.startIndex + 2]
    guard let year = Int(third), third.count == 4 else { return nil }
    if let month = month(first), let day = Int(second) {
      return CalendarDate(year: year, month: month, day: day)
    }
    if let day = Int(first), let month = month(second) {
      return CalendarDate(year: year, month: month, day: day)
    }
    return nil
  }

  static func month(_ word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    return names.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
  }
}
