import JSONRPC

/// One question a client subcommand asks the server.
public enum ClientQuery: Equatable {
  /// `dossier/lookup {query, limit?}`.
  case lookup(String, limit: Int?)
  case hover(FilePosition)
  case definition(FilePosition)
  case references(FilePosition, includeDeclaration: Bool)
  /// `workspace/symbol {query}`.
  case symbols(String)
  /// Any method, with params as given.
  case call(method: String, params: JSONValue?)
}

/// A place in a file as the user names it: 1-based line and column, the column counted in
/// characters.
public struct FilePosition: Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var column: Int

  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String { "\(path):\(line):\(column)" }

  /// `FILE LINE COL` from three arguments.
  public static func parse(arguments: [String]) throws(QueryParseError) -> FilePosition {
    guard arguments.count == 3 else {
      throw QueryParseError("expected FILE LINE COL, got \(arguments.count) argument(s)")
    }
    return try make(path: arguments[0], line: arguments[1], column: arguments[2])
  }

  /// `FILE LINE COL` from one line of input; the file name may contain spaces.
  public static func parse(line: String) throws(QueryParseError) -> FilePosition {
    var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard fields.count >= 3 else {
      throw QueryParseError("expected FILE LINE COL, got “\(line)”")
    }
    let column = String(fields.removeLast())
    let lineNumber = String(fields.removeLast())
    // Keep the file name's own spacing: it runs from the first field to the end of the last.
    let start = fields.first!.startIndex
    let end = fields.last!.endIndex
    return try make(path: String(line[start..<end]), line: lineNumber, column: column)
  }

  static func make(path: String, line: String, column: String) throws(QueryParseError)
    -> FilePosition
  {
    guard let lineNumber = Int(line), lineNumber >= 1 else {
      throw QueryParseError("LINE must be a number from 1, not “\(line)”")
    }
    guard let columnNumber = Int(column), columnNumber >= 1 else {
      throw QueryParseError("COL must be a number from 1, not “\(column)”")
    }
    return FilePosition(path: path, line: lineNumber, column: columnNumber)
  }
}

/// A query that could not be understood: exit code 2.
public struct QueryParseError: Error, CustomStringConvertible, Equatable {
  public let description: String
  public init(_ description: String) { self.description = description }
}

extension ClientQuery {
  /// `METHOD [PARAMS_JSON]` from one line of input.
  public static func parseCall(line: String) throws(QueryParseError) -> ClientQuery {
    let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
    guard let method = trimmed.split(separator: " ", maxSplits: 1).first else {
      throw QueryParseError("expected METHOD [PARAMS_JSON], got an empty line")
    }
    let rest = trimmed.dropFirst(method.count).drop(while: { $0 == " " || $0 == "\t" })
    // Not `nil`: JSONValue is nil-literal expressible, and `null` params are not "no params".
    let params: JSONValue? = rest.isEmpty ? Optional.none : try parseJSON(String(rest))
    return .call(method: String(method), params: params)
  }

  /// Params for `call`: any JSON value (LSP wants an object or an array).
  public static func parseJSON(_ text: String) throws(QueryParseError) -> JSONValue {
    do {
      return try JSONParser.parse(Array(text.utf8))
    } catch {
      throw QueryParseError("PARAMS_JSON is not JSON: \(error)")
    }
  }

  /// What to say on stderr when the query found nothing.
  public var noResultMessage: String {
    switch self {
    case .lookup(let query, _): return "no entity matches “\(query)”"
    case .hover(let position): return "nothing to show at \(position)"
    case .definition(let position): return "no definition for \(position)"
    case .references(let position, _): return "no references at \(position)"
    case .symbols(let query): return "no symbol matches “\(query)”"
    case .call(let method, _): return "\(method) answered null"
    }
  }
}
