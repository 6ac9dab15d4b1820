/// Every distinct string of an index, written once: the index refers to them by number.
///
/// Names, dates, outlets and reasons recur thousands of times across entities and documents;
/// a number is a byte or two where the text would be tens.
struct StringTable {
  private var ids: [String: Int] = [:]
  private(set) var strings: [String] = []

  /// The number of `string`, adding it when new.
  mutating func id(_ string: String) -> Int {
    if let id = ids[string] { return id }
    let id = strings.count
    ids[string] = id
    strings.append(string)
    return id
  }

  /// Writes the table: the count, each string's byte length, then all the bytes.
  func write(to writer: inout ByteWriter) {
    writer.appendCount(strings.count)
    for string in strings { writer.appendCount(string.utf8.count) }
    for string in strings { writer.append(contentsOf: string.utf8) }
  }

  /// Reads a table written by `write(to:)`.
  static func read(_ reader: inout ByteReader) throws(CacheProblem) -> [String] {
    let count = try reader.count()
    var lengths: [Int] = []
    lengths.reserveCapacity(min(count, 1 << 24))
    for _ in 0..<count { lengths.append(try reader.count()) }
    var strings: [String] = []
    strings.reserveCapacity(lengths.count)
    for length in lengths {
      let bytes = try reader.bytes(length)
      guard let string = String(validating: bytes, as: UTF8.self) else {
        throw .malformed("a string is not UTF-8")
      }
      strings.append(string)
    }
    return strings
  }
}

extension ByteWriter {
  /// A string by its number in `table`.
  mutating func appendString(_ string: String, _ table: inout StringTable) {
    appendCount(table.id(string))
  }

  /// An optional string: 0 for none, else its number plus one.
  mutating func appendOptionalString(_ string: String?, _ table: inout StringTable) {
    appendCount(string.map { table.id($0) + 1 } ?? 0)
  }

  /// A list of strings: the count, then each number.
  mutating func appendStrings(_ strings: [String], _ table: inout StringTable) {
    appendCount(strings.count)
    for string in strings { appendCount(table.id(string)) }
  }
}

extension ByteReader {
  mutating func string(_ strings: [String]) throws(CacheProblem) -> String {
    let id = try count()
    guard id < strings.count else { throw .malformed("a string number is out of range") }
    return strings[id]
  }

  mutating func optionalString(_ strings: [String]) throws(CacheProblem) -> String? {
    let id = try count()
    guard id > 0 else { return nil }
    guard id <= strings.count else { throw .malformed("a string number is out of range") }
    return strings[id - 1]
  }

  mutating func strings(_ strings: [String]) throws(CacheProblem) -> [String] {
    let count = try count()
    var list: [String] = []
    list.reserveCapacity(min(count, 1 << 16))
    for _ in 0..<count { list.append(try string(strings)) }
    return list
  }
}
