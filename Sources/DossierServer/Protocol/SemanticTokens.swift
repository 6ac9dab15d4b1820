import JSONRPC

/// The token types and modifiers a server uses, by index: `data` refers to them by position.
struct SemanticTokensLegend: Codable, Sendable, Hashable {
  var tokenTypes: [String]
  var tokenModifiers: [String]

  init(tokenTypes: [String], tokenModifiers: [String]) {
    self.tokenTypes = tokenTypes
    self.tokenModifiers = tokenModifiers
  }
}

/// Tokens as LSP packs them: five integers per token (line delta, start delta, length, type,
/// modifier bits), each position relative to the token before.
struct SemanticTokens: Codable, Sendable, Hashable {
  var data: [Int]

  init(data: [Int]) { self.data = data }
}

struct SemanticTokensParams: Codable, Sendable, Hashable {
  var textDocument: TextDocumentIdentifier

  init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}

struct SemanticTokensRangeParams: Codable, Sendable, Hashable {
  var textDocument: TextDocumentIdentifier
  var range: LSPRange

  init(textDocument: TextDocumentIdentifier, range: LSPRange) {
    self.textDocument = textDocument
    self.range = range
  }
}

struct SemanticTokensFullRequest: LSPRequest {
  static let method = "textDocument/semanticTokens/full"
  typealias Params = SemanticTokensParams
  typealias Response = SemanticTokens
}

struct SemanticTokensRangeRequest: LSPRequest {
  static let method = "textDocument/semanticTokens/range"
  typealias Params = SemanticTokensRangeParams
  typealias Response = SemanticTokens
}

extension SemanticTokens: JSONValueRepresentable {
  /// Built directly: a long report has tens of thousands of integers here.
  var jsonValue: JSONValue { ["data": .array(data.map { .int($0) })] }
}
