/// Compact JSON serialisation straight into bytes (no pretty-printing on the wire).
public enum JSONWriter {
  public static func encode(_ value: JSONValue, sortedKeys: Bool = false) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(value, into: &output, sortedKeys: sortedKeys)
    return output
  }

  public static func write(_ value: JSONValue, into output: inout [UInt8], sortedKeys: Bool = false)
  {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .int(let number): writeInt(number, into: &output)
    case .double(let number): writeDouble(number, into: &output)
    case .string(let string): writeString(string, into: &output)
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        write(element, into: &output, sortedKeys: sortedKeys)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      var first = true
      func member(_ key: String, _ value: JSONValue) {
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        writeString(key, into: &output)
        output.append(UInt8(ascii: ":"))
        write(value, into: &output, sortedKeys: sortedKeys)
      }
      if sortedKeys {
        for key in members.keys.sorted() { member(key, members[key]!) }
      } else {
        for (key, value) in members { member(key, value) }
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  public static func writeDouble(_ number: Double, into output: inout [UInt8]) {
    // JSON has no NaN or infinity; null is the least surprising stand-in.
    guard number.isFinite else {
      output.append(contentsOf: "null".utf8)
      return
    }
    if number.rounded() == number, abs(number) < 1e15 {
      output.append(contentsOf: String(Int(number)).utf8)
    } else {
      output.append(contentsOf: number.description.utf8)
    }
  }

  /// Decimal digits straight into the output, without a `String` per number (a references
  /// answer writes four numbers per location).
  @inlinable
  public static func writeInt(_ number: Int, into output: inout [UInt8]) {
    if number >= 0 && number < 10 {
      output.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: number))
      return
    }
    if number < 0 { output.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // Room for the 20 digits of UInt64.max.
    withUnsafeMutableBytes(of: &digits) { raw in
      let buffer = raw.bindMemory(to: UInt8.self)
      var position = buffer.count
      repeat {
        position -= 1
        buffer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
    }
  }

  /// Bytes that are JSON already (punctuation, keys with their quotes), copied as they are.
  @inlinable
  public static func writeRaw(_ literal: StaticString, into output: inout [UInt8]) {
    output.append(
      contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// A JSON string literal, escaped; also the way to write an object's key.
  public static func writeString(_ string: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let utf8 = string.utf8
    // Most strings (keys, URIs, names) need no escape: copy them whole.
    let copied =
      utf8.withContiguousStorageIfAvailable { buffer -> Bool in
        for byte in buffer
        where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          return false
        }
        output.append(contentsOf: buffer)
        return true
      } ?? false
    if copied {
      output.append(UInt8(ascii: "\""))
      return
    }
    let hex = hexDigits
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x00..<0x20:
        output.append(contentsOf: "\\u00".utf8)
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0x0F)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
