import JSONRPC

/// Indented JSON with sorted keys, for diffs and for people.
public enum PrettyJSON {
  public static func format(_ value: JSONValue, indent: String = "") -> String {
    let inner = indent + "  "
    switch value {
    case .array(let elements) where !elements.isEmpty:
      let compact = value.description
      if compact.count + indent.count <= 80 { return compact }
      return "[\n" + elements.map { inner + format($0, indent: inner) }.joined(separator: ",\n")
        + "\n" + indent + "]"
    case .object(let members) where !members.isEmpty:
      let compact = value.description
      if compact.count + indent.count <= 80 { return compact }
      let lines = members.keys.sorted().map { key in
        inner + JSONValue.string(key).description + ": " + format(members[key]!, indent: inner)
      }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
    default:
      return value.description
    }
  }
}

/// A line diff (longest common subsequence) of two texts: `-` expected, `+` actual.
public enum LineDiff {
  public static func diff(expected: String, actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    // Past this size the table would be large; show both sides whole instead.
    guard left.count * right.count <= 4_000_000 else {
      return left.map { "- " + $0 }.joined(separator: "\n") + "\n"
        + right.map { "+ " + $0 }.joined(separator: "\n")
    }
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in stride(from: left.count - 1, through: 0, by: -1) {
      for j in stride(from: right.count - 1, through: 0, by: -1) {
        table[i][j] =
          left[i] == right[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var lines: [String] = []
    var i = 0
    var j = 0
    while i < left.count || j < right.count {
      if i < left.count, j < right.count, left[i] == right[j] {
        lines.append("  " + left[i])
        i += 1
        j += 1
      } else if j < right.count, i == left.count || table[i][j + 1] >= table[i + 1][j] {
        lines.append("+ " + right[j])
        j += 1
      } else {
        lines.append("- " + left[i])
        i += 1
      }
    }
    return lines.joined(separator: "\n")
  }
}
