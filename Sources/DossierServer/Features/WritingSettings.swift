import JSONRPC

/// The writing aids' own options in `initializationOptions`, beside the feature switches that
/// `Settings` reads:
///
/// ```json
/// { "diagnostics": { "misquotations": true, "spelling": true, "mixedNames": true,
///                    "delayMilliseconds": 200 } }
/// ```
///
/// `"diagnostics": false` (or `features.diagnostics: false`) turns every check off.
struct WritingSettings: Sendable {
  struct Checks: Sendable, Equatable {
    var misquotations = true
    var spelling = true
    var mixedNames = true

    static let all = Checks()
  }

  var checks = Checks()
  /// How long after the last change diagnostics are computed.
  var delayMilliseconds = 200

  static let maximumDelayMilliseconds = 10_000

  init() {}

  /// Reads `settings.raw`; wrong types are reported in `problems` and the default kept.
  init(_ settings: Settings, problems: inout [String]) {
    guard case .object(let options) = settings.raw["diagnostics"] ?? .null else { return }
    func flag(_ key: String, _ value: inout Bool) {
      guard let raw = options[key] else { return }
      if let bool = raw.boolValue {
        value = bool
      } else {
        problems.append("initializationOptions.diagnostics.\(key) must be true or false")
      }
    }
    flag("misquotations", &checks.misquotations)
    flag("spelling", &checks.spelling)
    flag("mixedNames", &checks.mixedNames)
    if let raw = options["delayMilliseconds"] {
      if let milliseconds = raw.intValue, milliseconds >= 0 {
        delayMilliseconds = min(milliseconds, Self.maximumDelayMilliseconds)
      } else {
        problems.append(
          "initializationOptions.diagnostics.delayMilliseconds must be a number of milliseconds")
      }
    }
  }
}
