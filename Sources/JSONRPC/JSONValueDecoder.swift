/// Decodes `Decodable` types from an already-parsed `JSONValue`, so params are parsed once.
///
/// Errors name the path of the offending field (`textDocument.uri: expected a string, got null`),
/// which is what a client author needs in a -32602 message.
public struct JSONValueDecoder {
  public init() {}

  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(DecodingFailure)
    -> T
  {
    do {
      return try T(from: ValueDecoder(value: value, codingPath: []))
    } catch let failure as DecodingFailure {
      throw failure
    } catch {
      throw DecodingFailure(path: "", message: "\(error)")
    }
  }
}

/// A decoding error that names the field it is about.
public struct DecodingFailure: Error, Sendable, CustomStringConvertible {
  /// Dotted path of the field, `""` for the root (`position.line`, `contentChanges[0].text`).
  public var path: String
  public var message: String

  public var description: String { path.isEmpty ? message : "\(path): \(message)" }

  init(path: [CodingKey], message: String) {
    self.path = Self.render(path)
    self.message = message
  }

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  static func render(_ path: [CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }
}

struct IndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { "\(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}

private struct ValueDecoder: Decoder {
  let value: JSONValue
  let codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func failure(_ expected: String) -> DecodingFailure {
    DecodingFailure(path: codingPath, message: "expected \(expected), got \(value.typeName)")
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value else { throw failure("an object") }
    return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .array(let elements) = value else { throw failure("an array") }
    return UnkeyedContainer(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer {
    SingleContainer(value: value, codingPath: codingPath)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [String: JSONValue]
  let codingPath: [CodingKey]
  var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

  func child(_ key: Key) throws -> ValueDecoder {
    guard let value = members[key.stringValue] else {
      throw DecodingFailure(path: codingPath + [key], message: "missing required field")
    }
    return ValueDecoder(value: value, codingPath: codingPath + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool { members[key.stringValue]?.isNull ?? true }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: child(key))
  }

  // Absent and null both mean "not given" for optional fields, as LSP clients send either.
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = members[key.stringValue], !value.isNull else { return nil }
    return try T(from: ValueDecoder(value: value, codingPath: codingPath + [key]))
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> Decoder {
    ValueDecoder(value: .object(members), codingPath: codingPath)
  }
  func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let elements: [JSONValue]
  let codingPath: [CodingKey]
  var currentIndex = 0
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  init(elements: [JSONValue], codingPath: [CodingKey]) {
    self.elements = elements
    self.codingPath = codingPath
  }

  mutating func next() throws -> ValueDecoder {
    guard !isAtEnd else {
      throw DecodingFailure(path: codingPath, message: "array has too few elements")
    }
    defer { currentIndex += 1 }
    return ValueDecoder(
      value: elements[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)])
  }

  mutating func decodeNil() throws -> Bool {
    if !isAtEnd, elements[currentIndex].isNull {
      currentIndex += 1
      return true
    }
    return false
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> Decoder { try next() }
}

private struct SingleContainer: SingleValueDecodingContainer {
  let value: JSONValue
  let codingPath: [CodingKey]

  func failure(_ expected: String) -> DecodingFailure {
    DecodingFailure(path: codingPath, message: "expected \(expected), got \(value.typeName)")
  }

  func decodeNil() -> Bool { value.isNull }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let flag) = value else { throw failure("a boolean") }
    return flag
  }

  func decode(_ type: String.Type) throws -> String {
    guard case .string(let string) = value else { throw failure("a string") }
    return string
  }

  func decode(_ type: Double.Type) throws -> Double {
    switch value {
    case .int(let number): return Double(number)
    case .double(let number): return number
    default: throw failure("a number")
    }
  }

  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

  func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    guard let number = value.intValue else { throw failure("an integer") }
    guard let exact = T(exactly: number) else {
      throw DecodingFailure(path: codingPath, message: "integer \(number) is out of range")
    }
    return exact
  }

  func decode(_ type: Int.Type) throws -> Int { try integer(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if type == JSONValue.self { return value as! T }
    return try T(from: ValueDecoder(value: value, codingPath: codingPath))
  }
}

extension JSONValue: Codable {
  public init(from decoder: Decoder) throws {
    if let direct = decoder as? ValueDecoder {
      self = direct.value
      return
    }
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Int.self) {
      self = .int(number)
    } else if let number = try? container.decode(Double.self) {
      self = .double(number)
    } else if let string = try? container.decode(String.self) {
      self = .string(string)
    } else if let array = try? container.decode([JSONValue].self) {
      self = .array(array)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let flag): try container.encode(flag)
    case .int(let number): try container.encode(number)
    case .double(let number): try container.encode(number)
    case .string(let string): try container.encode(string)
    case .array(let elements): try container.encode(elements)
    case .object(let members): try container.encode(members)
    }
  }
}
