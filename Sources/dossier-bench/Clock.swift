import Base

/// `value` with `decimals` digits after the point (no Foundation `String(format:)`).
func format(_ value: Double, _ decimals: Int) -> String {
  guard value.isFinite else { return "—" }
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let rounded = (abs(value) * scale).rounded()
  let whole = Int(rounded / scale)
  let fraction = Int(rounded) - whole * Int(scale)
  let sign = value < 0 && rounded > 0 ? "-" : ""
  guard decimals > 0 else { return sign + String(whole) }
  var digits = String(fraction)
  while digits.count < decimals { digits = "0" + digits }
  return sign + String(whole) + "." + digits
}
