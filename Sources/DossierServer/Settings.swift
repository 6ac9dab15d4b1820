import JSONRPC

/// What the user chose, from `initializationOptions` (and the command line for the corpus and
/// the log level).
///
/// ```json
/// { "corpus": "~/reports/articles", "logLevel": "debug", "cache": false,
///   "features": { "hover": false, "inlayHint": false } }
/// ```
struct Settings: Sendable {
  /// The corpus folder given in `initializationOptions.corpus`.
  var corpus: String?
  var logLevel: LogLevel?
  /// `initializationOptions.cache`: false keeps this session from reading or writing the
  /// index cache (as `--no-cache` does).
  var cache: Bool?
  /// `initializationOptions.followLinksOutside`: read links in the corpus that lead outside
  /// it. The editor's settings are the user's own; a workspace's `.dossier.json` cannot set it.
  var followLinksOutside: Bool?
  /// `initializationOptions.firstIndexWait`: how long, in seconds, a request that arrives
  /// before the first index is in service waits for it (0: it is answered at once, from the
  /// empty index).
  var firstIndexWait: Double = Settings.defaultFirstIndexWait
  /// A minute: long enough for a cold build of 100,000 articles on a busy 2-core machine (41 s
  /// measured), so that only a build that is truly stuck answers from the empty index. An
  /// editor loses nothing by it: a request it gives up on it cancels, which ends the wait.
  static let defaultFirstIndexWait = 60.0
  /// Features switched off by name (`hover`, `definition`, …): they are neither advertised
  /// nor answered.
  var disabledFeatures: Set<Feature> = []
  /// Names under `features` that name no feature (a typo such as `hovr` would otherwise
  /// switch nothing off without a word), sorted.
  private(set) var unknownFeatures: [String] = []
  /// The raw options, for features that read their own settings.
  var raw: JSONValue = .object([:])

  init() {}

  /// Reads the options a client sent; unknown keys are ignored and wrong types are reported
  /// in `problems`, never fatal.
  init(initializationOptions options: JSONValue?, problems: inout [String]) {
    guard let options, !options.isNull else { return }
    guard case .object(let members) = options else {
      problems.append("initializationOptions must be an object, got \(options.typeName); ignored")
      return
    }
    raw = options
    if let corpus = members["corpus"] {
      if let path = corpus.stringValue {
        self.corpus = path
      } else {
        problems.append("initializationOptions.corpus must be a string, got \(corpus.typeName)")
      }
    }
    if let level = members["logLevel"] {
      if let name = level.stringValue, let parsed = LogLevel(name: name) {
        logLevel = parsed
      } else {
        problems.append(
          "initializationOptions.logLevel must be one of error, warning, info, debug, trace")
      }
    }
    if let cache = members["cache"] {
      if let enabled = cache.boolValue {
        self.cache = enabled
      } else {
        problems.append("initializationOptions.cache must be true or false, got \(cache.typeName)")
      }
    }
    if let wait = members["firstIndexWait"] {
      if let seconds = wait.doubleValue, seconds >= 0, seconds.isFinite {
        firstIndexWait = min(seconds, 3600)
      } else {
        problems.append(
          "initializationOptions.firstIndexWait must be a number of seconds, 0 or more; "
            + "using \(Self.defaultFirstIndexWait)")
      }
    }
    if let follow = members["followLinksOutside"] {
      if let enabled = follow.boolValue {
        followLinksOutside = enabled
      } else {
        problems.append(
          "initializationOptions.followLinksOutside must be true or false, got \(follow.typeName)")
      }
    }
    // Shorthands for the switches: `"inlayHints": false` is `features.inlayHint: false`.
    for (key, feature) in Self.shorthands where members[key]?.boolValue == false {
      disabledFeatures.insert(feature)
    }
    if let features = members["features"] {
      if case .object(let switches) = features {
        for (name, value) in switches {
          guard let feature = Feature(rawValue: name) else {
            unknownFeatures.append(name)
            continue
          }
          if value.boolValue == false { disabledFeatures.insert(feature) }
        }
        unknownFeatures.sort()
        if let problem = unknownFeaturesProblem { problems.append(problem) }
      } else {
        problems.append("initializationOptions.features must be an object of booleans")
      }
    }
  }

  func isEnabled(_ feature: Feature) -> Bool { !disabledFeatures.contains(feature) }

  /// What is wrong with the names under `features`, naming the valid ones; nil when all are
  /// known. Shown to the user, not only logged: the switch they meant is still on.
  var unknownFeaturesProblem: String? {
    guard !unknownFeatures.isEmpty else { return nil }
    let names = unknownFeatures.map { "\"\($0)\"" }.joined(separator: ", ")
    return "initializationOptions.features: unknown feature"
      + (unknownFeatures.count == 1 ? " " : "s ") + names + " ignored; the features are "
      + Feature.names.joined(separator: ", ")
  }

  /// Top-level options that switch a feature off when `false`.
  static let shorthands: [String: Feature] = [
    "inlayHints": .inlayHint, "inlayHint": .inlayHint, "diagnostics": .diagnostics,
    "completion": .completion, "codeActions": .codeAction, "codeAction": .codeAction,
  ]
}
