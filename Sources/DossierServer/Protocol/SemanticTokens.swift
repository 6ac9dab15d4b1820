import JSONRPC

/// The token types and modifiers a server uses, by index: `data` refers to them by position.
public struct SemanticTokensLegend: Codable, Sendable, Hashable {
  public var tokenTypes: [String]
  public var tokenModifiers: [String]

  public init(tokenTypes: [String], tokenModifiers: [String]) {
    self.tokenTypes = tokenTypes
    self.tokenModifiers = tokenModifiers
  }
}

/// Tokens as LSP packs them: five integers per token (line delta, start delta, length, type,
/// modifier bits), each position relative to the token before.
public struct SemanticTokens: Codable, Sendable, Hashable {
  public var data: [Int]

  public init(data: [Int]) { self.data = data }
}

public struct SemanticTokensParams: Codable, Sendable, Hashable {
  public var textDocument: TextDocumentIdentifier

  public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}

public struct SemanticTokensRangeParams: Codable, Sendable, Hashable {
  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange

  public init(textDocument: TextDocumentIdentifier, range: LSPRange) {
    self.textDocument = textDocument
    self.range = range
  }
}

public struct SemanticTokensFullRequest: LSPRequest {
  public static let method = "textDocument/semanticTokens/full"
  public typealias Params = SemanticTokensParams
  public typealias Response = SemanticTokens
}

public struct SemanticTokensRangeRequest: LSPRequest {
  public static let method = "textDocument/semanticTokens/range"
  public typealias Params = SemanticTokensRangeParams
  public typealias Response = SemanticTokens
}

extension SemanticTokens: JSONValueRepresentable {
  /// Built directly: a long report has tens of thousands of integers here.
  public var jsonValue: JSONValue { ["data": .array(data.map { .int($0) })] }
}
