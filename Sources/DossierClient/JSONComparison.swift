import JSONRPC

/// Structural comparison of JSON for transcripts: key order never matters, `1` equals `1.0`,
/// and the string `"${ANY}"` in the expected value matches any value.
public enum JSONComparison {
  public static let anyPlaceholder = "${ANY}"

  /// True when `actual` matches `expected`. With `subset`, objects in `actual` may have keys
  /// that `expected` does not mention (arrays must still have the same length).
  public static func matches(expected: JSONValue, actual: JSONValue, subset: Bool) -> Bool {
    if case .string(let placeholder) = expected, placeholder == anyPlaceholder { return true }
    switch (expected, actual) {
    case (.object(let wanted), .object(let got)):
      if !subset && wanted.count != got.count { return false }
      for (key, value) in wanted {
        guard let other = got[key], matches(expected: value, actual: other, subset: subset) else {
          return false
        }
      }
      return true
    case (.array(let wanted), .array(let got)):
      guard wanted.count == got.count else { return false }
      return zip(wanted, got).allSatisfy { matches(expected: $0, actual: $1, subset: subset) }
    case (.int(let left), .double(let right)), (.double(let right), .int(let left)):
      return Double(left) == right
    default:
      return expected == actual
    }
  }

  /// Replaces every occurrence of each key in every string of `value`.
  public static func substitute(_ replacements: [(String, String)], in value: JSONValue)
    -> JSONValue
  {
    switch value {
    case .string(var string):
      for (key, replacement) in replacements where string.contains(key) {
        string = string.replacingAll(key, with: replacement)
      }
      return .string(string)
    case .array(let elements): return .array(elements.map { substitute(replacements, in: $0) })
    case .object(let members):
      return .object(members.mapValues { substitute(replacements, in: $0) })
    default: return value
    }
  }
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation needed).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}

extension Substring {
  func range(of target: String) -> Range<Index>? {
    let needle = Array(target.utf8)
    let haystack = self.utf8
    guard needle.count <= haystack.count else { return nil }
    var index = haystack.startIndex
    while let candidate = haystack[index...].firstIndex(of: needle[0]) {
      if let end = haystack.index(candidate, offsetBy: needle.count, limitedBy: haystack.endIndex),
        haystack[candidate..<end].elementsEqual(needle)
      {
        return candidate..<end
      }
      index = haystack.index(after: candidate)
    }
    return nil
  }
}
