/// Quotations in a writer's text: the words between “ and ”, or between a pair of straight
/// double quotes, within one paragraph.
public enum QuotedSpans {
  /// Byte ranges of the quoted words (without the marks), in order.
  public static func find(in bytes: [UInt8]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var curlyOpen: Int?
    var straightOpen: Int?
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        // A blank line ends the paragraph: an unclosed quotation there is dropped.
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x0D || bytes[next] == 0x20 || bytes[next] == 0x09
        { next += 1 }
        if next < bytes.count, bytes[next] == 0x0A {
          curlyOpen = nil
          straightOpen = nil
        }
        index += 1
        continue
      }
      if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
        if bytes[index + 2] == 0x9C {  // “
          curlyOpen = index + 3
        } else if bytes[index + 2] == 0x9D, let open = curlyOpen {  // ”
          if index > open { spans.append(open..<index) }
          curlyOpen = nil
        }
        index += 3
        continue
      }
      if byte == UInt8(ascii: "\"") {
        if let open = straightOpen {
          if index > open { spans.append(open..<index) }
          straightOpen = nil
        } else {
          straightOpen = index + 1
        }
      }
      index += 1
    }
    return spans.sorted { $0.lowerBound < $1.lowerBound }
  }
}
