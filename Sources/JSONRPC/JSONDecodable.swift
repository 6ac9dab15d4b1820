/// A type read straight from a parsed `JSONValue` by hand-written code, without `Codable`.
///
/// `Codable` through `JSONValueDecoder` costs a container, a coding path and a dynamic cast per
/// field; the few params that every request carries (a document and a position) are read this
/// way instead. The errors must be the ones `JSONValueDecoder` gives for the same input, path
/// and wording (`position.line: expected an integer, got a string`): `JSONFields` and the
/// conformances below say them the same way, and tests hold the two decoders to it.
public protocol JSONDecodable {
  /// Reads the value; a failure's path is relative to `json` (the caller prefixes its key).
  init(json: JSONValue) throws(DecodingFailure)
}

/// The members of a JSON object, read field by field with `JSONValueDecoder`'s errors.
public struct JSONFields {
  public let members: [String: JSONValue]

  public init(_ json: JSONValue) throws(DecodingFailure) {
    guard case .object(let members) = json else {
      throw DecodingFailure(path: "", message: "expected an object, got \(json.typeName)")
    }
    self.members = members
  }

  /// A required field: absent is "missing required field"; present, it must read as `T`
  /// (null included, which fails for every type but `JSONValue`).
  public func decode<T: JSONDecodable>(_ type: T.Type, _ key: String) throws(DecodingFailure)
    -> T
  {
    guard let value = members[key] else {
      throw DecodingFailure(path: key, message: "missing required field")
    }
    do {
      return try T(json: value)
    } catch {
      throw error.inside(key: key)
    }
  }

  /// An optional field: absent and null both mean not given, as LSP clients send either.
  public func decodeIfPresent<T: JSONDecodable>(_ type: T.Type, _ key: String)
    throws(DecodingFailure) -> T?
  {
    guard let value = members[key], !value.isNull else { return nil }
    do {
      return try T(json: value)
    } catch {
      throw error.inside(key: key)
    }
  }
}

extension DecodingFailure {
  /// The same failure seen from the object that holds it under `key`: `line: …` becomes
  /// `position.line: …`, `[0].name: …` becomes `folders[0].name: …`.
  public func inside(key: String) -> DecodingFailure {
    let joined: String
    if path.isEmpty {
      joined = key
    } else if path.hasPrefix("[") {
      joined = key + path
    } else {
      joined = key + "." + path
    }
    return DecodingFailure(path: joined, message: message)
  }

  /// The same failure seen from the array that holds it at `index`.
  public func inside(index: Int) -> DecodingFailure {
    let element = "[\(index)]"
    let joined: String
    if path.isEmpty {
      joined = element
    } else if path.hasPrefix("[") {
      joined = element + path
    } else {
      joined = element + "." + path
    }
    return DecodingFailure(path: joined, message: message)
  }
}

// MARK: - Primitives, worded as `JSONValueDecoder` words them

extension String: JSONDecodable {
  public init(json: JSONValue) throws(DecodingFailure) {
    guard case .string(let string) = json else {
      throw DecodingFailure(path: "", message: "expected a string, got \(json.typeName)")
    }
    self = string
  }
}

extension Int: JSONDecodable {
  public init(json: JSONValue) throws(DecodingFailure) {
    // `intValue` as the decoder reads it: integral doubles count, 2^63 and 1.5 do not.
    guard let number = json.intValue else {
      throw DecodingFailure(path: "", message: "expected an integer, got \(json.typeName)")
    }
    self = number
  }
}

extension Bool: JSONDecodable {
  public init(json: JSONValue) throws(DecodingFailure) {
    guard case .bool(let flag) = json else {
      throw DecodingFailure(path: "", message: "expected a boolean, got \(json.typeName)")
    }
    self = flag
  }
}

extension JSONValue: JSONDecodable {
  public init(json: JSONValue) throws(DecodingFailure) { self = json }
}

extension Array: JSONDecodable where Element: JSONDecodable {
  public init(json: JSONValue) throws(DecodingFailure) {
    guard case .array(let elements) = json else {
      throw DecodingFailure(path: "", message: "expected an array, got \(json.typeName)")
    }
    var decoded: [Element] = []
    decoded.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      do {
        decoded.append(try Element(json: element))
      } catch {
        throw error.inside(index: index)
      }
    }
    self = decoded
  }
}
