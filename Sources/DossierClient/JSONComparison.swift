import JSONRPC

/// Structural comparison of JSON for transcripts: key order never matters, `1` equals `1.0`,
/// the string `"${ANY}"` in the expected value matches any value, and a string made of
/// `${CONTAINS:…}` parts (`"${CONTAINS:Southern Kurils}${CONTAINS:Japan}"`) matches a string
/// that contains each part, in that order.
public enum JSONComparison {
  public static let anyPlaceholder = "${ANY}"
  static let containsPrefix = "${CONTAINS:"

  /// True when `actual` matches `expected`. With `subset`, objects in `actual` may have keys
  /// that `expected` does not mention (arrays must still have the same length).
  public static func matches(expected: JSONValue, actual: JSONValue, subset: Bool) -> Bool {
    if case .string(let placeholder) = expected, placeholder == anyPlaceholder { return true }
    if case .string(let pattern) = expected, pattern.hasPrefix(containsPrefix) {
      guard case .string(let text) = actual else { return false }
      return containsInOrder(parts(ofContains: pattern), in: text)
    }
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

  /// The parts of `${CONTAINS:a}${CONTAINS:b}`: ["a", "b"].
  static func parts(ofContains pattern: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(pattern)
    while rest.hasPrefix(containsPrefix) {
      rest = rest.dropFirst(containsPrefix.count)
      guard let end = rest.range(of: "}" + containsPrefix) else {
        parts.append(String(rest.hasSuffix("}") ? rest.dropLast() : rest))
        break
      }
      parts.append(String(rest[..<end.lowerBound]))
      rest = rest[rest.index(after: end.lowerBound)...]
    }
    return parts
  }

  static func containsInOrder(_ parts: [String], in text: String) -> Bool {
    var rest = Substring(text)
    for part in parts {
      guard let found = rest.range(of: part) else { return false }
      rest = rest[found.upperBound...]
    }
    return true
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
