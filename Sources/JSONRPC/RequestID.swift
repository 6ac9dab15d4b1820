/// A request's id: an integer or a string, echoed back with the same type.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
  case int(Int)
  case string(String)

  /// The id from a message's `id` member, or nil when it is not a valid id
  /// (LSP allows `integer | string`; null, fractions, arrays and objects are refused).
  public init?(json: JSONValue) {
    switch json {
    case .int(let number): self = .int(number)
    case .string(let string): self = .string(string)
    default: return nil
    }
  }

  public var json: JSONValue {
    switch self {
    case .int(let number): return .int(number)
    case .string(let string): return .string(string)
    }
  }

  public var description: String {
    switch self {
    case .int(let number): return String(number)
    case .string(let string): return "\"\(string)\""
    }
  }
}
