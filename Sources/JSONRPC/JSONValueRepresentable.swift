/// A value that knows its JSON form. `JSONValueEncoder` takes it as is instead of walking
/// `Codable`'s containers field by field, which matters for large results (tens of thousands
/// of locations): the generic path costs a dynamic cast and a boxed node per field.
public protocol JSONValueRepresentable {
  var jsonValue: JSONValue { get }
}

extension Array: JSONValueRepresentable where Element: JSONValueRepresentable {
  // A closure, not `map(\.jsonValue)`: a key path here is projected slowly, element by element.
  public var jsonValue: JSONValue { .array(map { $0.jsonValue }) }
}

extension Optional: JSONValueRepresentable where Wrapped: JSONValueRepresentable {
  public var jsonValue: JSONValue { self?.jsonValue ?? .null }
}
