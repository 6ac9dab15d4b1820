/// Encodes `Encodable` values into a `JSONValue` tree, ready for `JSONWriter`.
///
/// Optional properties that are `nil` are left out (Swift's synthesised `encodeIfPresent`),
/// which is what LSP expects of optional fields.
public struct JSONValueEncoder {
  public init() {}

  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    if let direct = value as? JSONValue { return direct }
    if let representable = value as? JSONValueRepresentable { return representable.jsonValue }
    let root = Box()
    try value.encode(to: ValueEncoder(box: root, codingPath: []))
    return root.value
  }
}

/// A node under construction. Containers hold their children as boxes so that nested
/// containers can keep writing after they are handed out.
private final class Box {
  enum Content {
    case value(JSONValue)
    case array([Box])
    case object([(String, Box)])
  }

  var content: Content = .value(.null)

  var value: JSONValue {
    switch content {
    case .value(let value): return value
    case .array(let boxes): return .array(boxes.map(\.value))
    case .object(let members):
      var object: [String: JSONValue] = [:]
      object.reserveCapacity(members.count)
      for (key, box) in members { object[key] = box.value }
      return .object(object)
    }
  }

  func child(forKey key: String) -> Box {
    let box = Box()
    if case .object(var members) = content {
      // Drop the stored copy first, so the append below finds its buffer unshared and does
      // not copy it (which made encoding an n-member container take n² time).
      content = .value(.null)
      members.append((key, box))
      content = .object(members)
    } else {
      content = .object([(key, box)])
    }
    return box
  }

  func appendChild() -> Box {
    let box = Box()
    if case .array(var boxes) = content {
      content = .value(.null)  // As in `child(forKey:)`: keeps the append in place.
      boxes.append(box)
      content = .array(boxes)
    } else {
      content = .array([box])
    }
    return box
  }
}

private struct ValueEncoder: Encoder {
  let box: Box
  let codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = box.content {} else { box.content = .object([]) }
    return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    if case .array = box.content {} else { box.content = .array([]) }
    return UnkeyedContainer(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> SingleValueEncodingContainer {
    SingleContainer(box: box, codingPath: codingPath)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: Box
  let codingPath: [CodingKey]

  func encoder(for key: Key) -> ValueEncoder {
    ValueEncoder(box: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }

  mutating func encodeNil(forKey key: Key) throws {
    box.child(forKey: key.stringValue).content = .value(.null)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try SingleContainer.store(value, in: encoder(for: key))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  )
    -> KeyedEncodingContainer<NestedKey>
  {
    encoder(for: key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    encoder(for: key).unkeyedContainer()
  }

  mutating func superEncoder() -> Encoder {
    ValueEncoder(box: box.child(forKey: "super"), codingPath: codingPath)
  }
  mutating func superEncoder(forKey key: Key) -> Encoder { encoder(for: key) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let box: Box
  let codingPath: [CodingKey]
  var count: Int {
    if case .array(let boxes) = box.content { return boxes.count }
    return 0
  }

  func nextEncoder() -> ValueEncoder {
    let index = count
    return ValueEncoder(box: box.appendChild(), codingPath: codingPath + [IndexKey(index)])
  }

  mutating func encodeNil() throws { box.appendChild().content = .value(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try SingleContainer.store(value, in: nextEncoder())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    nextEncoder().container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    nextEncoder().unkeyedContainer()
  }

  mutating func superEncoder() -> Encoder { nextEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let box: Box
  let codingPath: [CodingKey]

  /// Stores primitives and `JSONValue` directly; everything else encodes itself.
  static func store<T: Encodable>(_ value: T, in encoder: ValueEncoder) throws {
    if let primitive = primitive(value) {
      encoder.box.content = .value(primitive)
    } else {
      try value.encode(to: encoder)
    }
  }

  static func primitive<T: Encodable>(_ value: T) -> JSONValue? {
    switch value {
    case let json as JSONValue: return json
    case let representable as JSONValueRepresentable: return representable.jsonValue
    case let string as String: return .string(string)
    case let flag as Bool: return .bool(flag)
    case let number as Int: return .int(number)
    case let number as Double: return .double(number)
    case let number as Int32: return .int(Int(number))
    case let number as UInt32: return .int(Int(number))
    case let number as Int64: return .int(Int(number))
    case let number as UInt: return .int(Int(clamping: number))
    default: return nil
    }
  }

  mutating func encodeNil() throws { box.content = .value(.null) }
  mutating func encode(_ value: Bool) throws { box.content = .value(.bool(value)) }
  mutating func encode(_ value: String) throws { box.content = .value(.string(value)) }
  mutating func encode(_ value: Double) throws { box.content = .value(.double(value)) }
  mutating func encode(_ value: Float) throws { box.content = .value(.double(Double(value))) }
  mutating func encode(_ value: Int) throws { box.content = .value(.int(value)) }
  mutating func encode(_ value: Int8) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: Int16) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: Int32) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: Int64) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: UInt) throws { box.content = .value(.int(Int(clamping: value))) }
  mutating func encode(_ value: UInt8) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: UInt16) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: UInt32) throws { box.content = .value(.int(Int(value))) }
  mutating func encode(_ value: UInt64) throws { box.content = .value(.int(Int(clamping: value))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try Self.store(value, in: ValueEncoder(box: box, codingPath: codingPath))
  }
}
