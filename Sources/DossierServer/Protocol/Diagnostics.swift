public enum DiagnosticSeverity: Int, Codable, Sendable {
  case error = 1
  case warning = 2
  case information = 3
  case hint = 4
}

public struct DiagnosticRelatedInformation: Codable, Sendable, Hashable {
  public var location: Location
  public var message: String
}

public struct Diagnostic: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var severity: DiagnosticSeverity
  /// What was found: `misquotation`, `name-spelling` or `mixed-names`.
  public var code: String
  public var source = "dossier"
  public var message: String
  public var relatedInformation: [DiagnosticRelatedInformation]?

  public init(
    range: LSPRange, severity: DiagnosticSeverity, code: String, message: String,
    relatedInformation: [DiagnosticRelatedInformation]? = nil
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.message = message
    self.relatedInformation = relatedInformation
  }
}

/// `textDocument/publishDiagnostics`: every diagnostic of one document version (an empty list
/// clears them).
public struct PublishDiagnosticsParams: Encodable, Sendable {
  public var uri: DocumentURI
  public var version: Int?
  public var diagnostics: [Diagnostic]
}
