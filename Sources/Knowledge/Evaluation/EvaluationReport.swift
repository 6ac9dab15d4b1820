/// The scores of one evaluation: a row per category, the targets, and what went wrong.
public struct EvaluationReport: Sendable {
  public struct Row: Sendable {
    public let category: String
    /// How many the gold file has (nil where it does not apply).
    public let gold: Int?
    /// How many Dossier reported.
    public let found: Int
    public let correct: Int?
    public let precision: Double?
    public let recall: Double?
    /// The harmonic mean of precision and recall, for the rows that give it (mentions).
    public let f1: Double?
    /// The target, as printed ("P ≥ 0.90, R = 1.00"), empty when there is none.
    public let target: String
    /// Whether the target is met; nil when there is none.
    public let met: Bool?

    public init(
      category: String, gold: Int?, found: Int, correct: Int?, precision: Double?,
      recall: Double?, f1: Double? = nil, target: String, met: Bool?
    ) {
      self.category = category
      self.gold = gold
      self.found = found
      self.correct = correct
      self.precision = precision
      self.recall = recall
      self.f1 = f1
      self.target = target
      self.met = met
    }
  }

  public let rows: [Row]
  /// One line per error (a wrong entity, a missed alias pair, …), for `--details`.
  public let details: [String]

  public var targetsMet: Bool { rows.allSatisfy { $0.met != false } }

  /// The rows as an aligned text table; an F1 column when some row gives F1.
  public func table() -> String {
    let withF1 = rows.contains { $0.f1 != nil }
    var header = ["Category", "Gold", "Found", "Correct", "Precision", "Recall"]
    if withF1 { header.append("F1") }
    header += ["Target", ""]
    let numbers = 1..<(withF1 ? 7 : 6)
    let lines: [[String]] = rows.map { row in
      var cells = [
        row.category, row.gold.map(String.init) ?? "-", String(row.found),
        row.correct.map(String.init) ?? "-", Self.format(row.precision), Self.format(row.recall),
      ]
      if withF1 { cells.append(Self.format(row.f1)) }
      return cells + [
        row.target.isEmpty ? "-" : row.target, row.met.map { $0 ? "met" : "MISSED" } ?? "",
      ]
    }
    var widths = header.map(\.count)
    for line in lines {
      for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func render(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        // Numbers right-aligned, words left-aligned.
        return numbers.contains(index) ? padding + cell : cell + padding
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    return ([render(header)] + lines.map(render)).joined(separator: "\n") + "\n"
  }

  static func format(_ value: Double?) -> String {
    guard let value else { return "-" }
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
