/// Walks a subcommand's arguments; `--name=value` and `--name value` are both accepted.
public struct ArgumentParser {
  private var remaining: ArraySlice<String>
  private var pendingValue: String?

  public init(_ arguments: [String]) {
    remaining = arguments[...]
  }

  /// The next option or positional argument.
  public mutating func next() -> String? {
    guard let argument = remaining.popFirst() else { return nil }
    if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
      pendingValue = String(argument[argument.index(after: equals)...])
      return String(argument[..<equals])
    }
    return argument
  }

  /// The value of the option just read.
  public mutating func value(for option: String) throws -> String {
    if let pendingValue {
      self.pendingValue = nil
      return pendingValue
    }
    guard let value = remaining.popFirst() else { throw UsageError("\(option) needs a value") }
    return value
  }
}

/// A command line that cannot be run: the message says what is wrong, for the usage text.
public struct UsageError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
