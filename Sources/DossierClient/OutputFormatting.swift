import JSONRPC

/// Turns the server's answers into text for a terminal: paths relative to the working
/// directory, 1-based lines and columns counted in characters (as editors show them).
///
/// Every function returns nil when the answer holds no result, so the caller can exit 1.
public struct ResultFormatter {
  public let files: SourceFiles
  /// The position encoding the server chose; columns in answers are in its units.
  public let encoding: String
  /// Where long prose is wrapped.
  public var lineWidth = 88

  public init(files: SourceFiles, encoding: String) {
    self.files = files
    self.encoding = encoding
  }

  // MARK: - dossier/lookup

  /// One block per entity: name and kind; the names each side uses and who uses them; role
  /// and nationality; the defining sentence with file:line:column; how often it is mentioned
  /// and where.
  public func lookup(_ result: JSONValue) -> String? {
    guard let entities = result["entities"]?.arrayValue, !entities.isEmpty else { return nil }
    return entities.map(entity).joined(separator: "\n\n")
  }

  func entity(_ entity: JSONValue) -> String {
    let name = entity["name"]?.stringValue ?? "?"
    var lines: [String] = []
    let kind = entity["kind"]?.stringValue
    lines.append(kind.map { "\(name) (\($0))" } ?? name)

    // Names each side uses, aligned, the entity's own name first; then the names nobody in
    // particular uses, on one line.
    var attributed: [(name: String, users: String)] = []
    var plain: [String] = []
    var seen: Set<String> = [name]
    let ownUsers = Self.names(entity["usedBy"])
    if !ownUsers.isEmpty { attributed.append((name, ownUsers.joined(separator: ", "))) }
    for alias in entity["aliases"]?.arrayValue ?? [] {
      guard let aliasName = alias["name"]?.stringValue ?? alias.stringValue else { continue }
      let users = Self.names(alias["usedBy"])
      if users.isEmpty {
        if seen.insert(aliasName).inserted { plain.append(aliasName) }
      } else if aliasName != name || ownUsers.isEmpty {
        seen.insert(aliasName)
        attributed.append((aliasName, users.joined(separator: ", ")))
      }
    }
    let width = attributed.map(\.name.count).max() ?? 0
    for (aliasName, users) in attributed {
      lines.append("  " + aliasName.padded(to: width) + "  used by " + users)
    }
    if !plain.isEmpty {
      lines += wrap(
        "also: " + plain.joined(separator: ", "), indent: "  ", hangingIndent: "        ")
    }
    let facts = Self.names(entity["roles"]) + Self.names(entity["nationality"])
    if !facts.isEmpty {
      lines += wrap(facts.joined(separator: " · "), indent: "  ", hangingIndent: "  ")
    }

    // The defining sentence as the server quotes it, else as the file has it; the summary
    // (which restates the names) only when there is no sentence.
    let definition = entity["definition"].flatMap(location)
    let sentence =
      entity["definitionText"]?.stringValue.map(Self.collapsingWhitespace)
      ?? definition.flatMap { text(at: $0, wholeLineWhenShort: false) }
    if let sentence, !sentence.isEmpty {
      lines += wrap("“" + sentence + "”", indent: "  ", hangingIndent: "   ")
    } else if let summary = entity["summary"]?.stringValue.map(Self.collapsingWhitespace),
      !summary.isEmpty
    {
      lines += wrap(summary, indent: "  ", hangingIndent: "  ")
    }
    if let definition { lines.append("    — " + definition.display) }
    if let url = entity["definitionURL"]?.stringValue { lines.append("      " + url) }

    var counts: [String] = []
    if let mentions = entity["mentionCount"]?.intValue {
      counts.append(Self.count(mentions, "mention"))
    }
    let documents = entity["documents"]?.intValue ?? entity["documents"]?.arrayValue?.count
    if let documents {
      counts.append((counts.isEmpty ? "" : "in ") + Self.count(documents, "document"))
    }
    let outlets = Self.names(entity["outlets"])
    if !outlets.isEmpty {
      counts.append(
        "· " + outlets.prefix(4).joined(separator: ", ") + (outlets.count > 4 ? ", …" : ""))
    }
    if !counts.isEmpty {
      lines += wrap(counts.joined(separator: " "), indent: "  ", hangingIndent: "    ")
    }
    return lines.joined(separator: "\n")
  }

  // MARK: - textDocument/hover

  /// The hover's text as the server wrote it (plain text or markdown).
  public func hover(_ result: JSONValue) -> String? {
    guard let contents = result["contents"] else { return nil }
    let text: String
    if let parts = contents.arrayValue {
      text = parts.compactMap { $0.stringValue ?? $0["value"]?.stringValue }
        .joined(separator: "\n\n")
    } else {
      text = contents.stringValue ?? contents["value"]?.stringValue ?? ""
    }
    let trimmed = Self.trimmingTrailingWhitespace(text)
    return trimmed.isEmpty ? nil : trimmed
  }

  // MARK: - Locations: definition, references

  /// One `path:line:column: text` line per location (the format editors' quickfix lists read).
  public func locations(_ result: JSONValue) -> String? {
    let items = result.arrayValue ?? (result.isNull ? [] : [result])
    let lines = items.compactMap(location).map { place in
      place.display + ": " + (text(at: place, wholeLineWhenShort: true) ?? "")
    }
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }

  // MARK: - workspace/symbol

  /// One `path:line:column: name (kind)` line per symbol.
  public func symbols(_ result: JSONValue) -> String? {
    let lines = (result.arrayValue ?? []).compactMap { symbol -> String? in
      guard let name = symbol["name"]?.stringValue else { return nil }
      var text = name
      if let kind = symbol["kind"]?.intValue { text += " (\(Self.symbolKindName(kind)))" }
      if let container = symbol["containerName"]?.stringValue, !container.isEmpty {
        text += " — \(container)"
      }
      guard let place = symbol["location"].flatMap(location) else { return text }
      return place.display + ": " + text
    }
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }

  // MARK: - Any result

  /// JSON for people: indented, keys sorted.
  public static func prettyJSON(_ value: JSONValue) -> String { PrettyJSON.format(value) }

  /// JSON for programs: one line, keys sorted (so equal answers print equal bytes).
  public static func compactJSON(_ value: JSONValue) -> String {
    String(decoding: JSONWriter.encode(value, sortedKeys: true), as: UTF8.self)
  }

  // MARK: - Positions

  /// A place in a file as the user reads it.
  public struct Place {
    public var path: String?
    public var uri: String
    /// 0-based line and character (Unicode scalar) column of the start and end.
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var display: String
  }

  /// A `Location`, a `LocationLink` or a `WorkspaceSymbol` location (which may lack a range).
  public func location(_ value: JSONValue) -> Place? {
    guard let uri = (value["uri"] ?? value["targetUri"])?.stringValue else { return nil }
    let range = value["targetSelectionRange"] ?? value["range"] ?? value["targetRange"]
    let path = SourceFiles.path(fromFileURI: uri)
    let shownPath = path.map { files.displayPath($0) } ?? uri
    guard let range, let start = position(range["start"], path: path) else {
      return Place(
        path: path, uri: uri, line: 0, column: 0, endLine: 0, endColumn: 0, display: shownPath)
    }
    let end = position(range["end"], path: path) ?? start
    return Place(
      path: path, uri: uri, line: start.line, column: start.column, endLine: end.line,
      endColumn: end.column, display: "\(shownPath):\(start.line + 1):\(start.column + 1)")
  }

  /// An LSP position with its column converted from the server's units to characters, using
  /// the file's own line (when the file can't be read, the units are taken as characters).
  func position(_ value: JSONValue?, path: String?) -> (line: Int, column: Int)? {
    guard let line = value?["line"]?.intValue, let units = value?["character"]?.intValue,
      line >= 0, units >= 0
    else { return nil }
    guard let path, let text = files.line(line, ofPath: path) else { return (line, units) }
    return (line, SourceFiles.characterIndex(ofUnitOffset: units, in: text, encoding: encoding))
  }

  /// The text a location points at, on one line: a long range (a sentence) by itself, a short
  /// one (a name) with the words around it when `wholeLineWhenShort`.
  func text(at place: Place, wholeLineWhenShort: Bool) -> String? {
    guard let path = place.path, let lines = files.lines(ofPath: path), place.line < lines.count
    else { return nil }
    let lastLine = min(max(place.endLine, place.line), lines.count - 1)
    var pieces: [String] = []
    for index in place.line...lastLine {
      let scalars = Array(lines[index].unicodeScalars)
      let from = index == place.line ? min(place.column, scalars.count) : 0
      let to = index == lastLine ? min(max(place.endColumn, 0), scalars.count) : scalars.count
      if from < to { pieces.append(String(String.UnicodeScalarView(scalars[from..<to]))) }
    }
    let rangeText = Self.collapsingWhitespace(pieces.joined(separator: " "))
    if !wholeLineWhenShort || rangeText.count >= 40 || place.endLine != place.line {
      return Self.truncated(rangeText, to: 240)
    }
    // A name: show it inside its line, cut to about 120 characters around it.
    let scalars = Array(lines[place.line].unicodeScalars)
    let start = min(place.column, scalars.count)
    let end = min(scalars.count, max(place.endColumn, start))
    // Cut at spaces, so no word is shown in part.
    var from = max(0, start - 50)
    while from > 0, from < start, scalars[from - 1] != " " { from += 1 }
    var to = min(scalars.count, end + 70)
    while to < scalars.count, to > end, scalars[to] != " " { to -= 1 }
    guard from < to else { return rangeText }
    var context = Self.collapsingWhitespace(String(String.UnicodeScalarView(scalars[from..<to])))
    if from > 0 { context = "…" + context }
    if to < scalars.count { context += "…" }
    return context
  }

  // MARK: - Text helpers

  /// Wraps prose at `lineWidth`: the first line starts with `indent`, the others with
  /// `hangingIndent`. Words longer than a line are kept whole.
  func wrap(_ text: String, indent: String, hangingIndent: String) -> [String] {
    var lines: [String] = []
    var current = indent
    var currentHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if currentHasWord, current.count + 1 + word.count > lineWidth {
        lines.append(current)
        current = hangingIndent
        currentHasWord = false
      }
      current += (currentHasWord ? " " : "") + word
      currentHasWord = true
    }
    if currentHasWord { lines.append(current) }
    return lines
  }

  /// Strings from a string, an array of strings, or an array of objects with a `name`.
  static func names(_ value: JSONValue?) -> [String] {
    guard let value else { return [] }
    if let text = value.stringValue { return text.isEmpty ? [] : [text] }
    return (value.arrayValue ?? []).compactMap { $0.stringValue ?? $0["name"]?.stringValue }
  }

  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  static func trimmingTrailingWhitespace(_ text: String) -> String {
    var result = Substring(text)
    while let last = result.last, last.isWhitespace { result = result.dropLast() }
    return String(result)
  }

  static func truncated(_ text: String, to length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }

  /// LSP's SymbolKind, by number.
  static func symbolKindName(_ kind: Int) -> String {
    let names = [
      "file", "module", "namespace", "package", "class", "method", "property", "field",
      "constructor", "enum", "interface", "function", "variable", "constant", "string", "number",
      "boolean", "array", "object", "key", "null", "enum member", "struct", "event", "operator",
      "type parameter",
    ]
    return kind >= 1 && kind <= names.count ? names[kind - 1] : "kind \(kind)"
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
