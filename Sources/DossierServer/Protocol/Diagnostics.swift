enum DiagnosticSeverity: Int, Codable, Sendable {
  case error = 1
  case warning = 2
  case information = 3
  case hint = 4
}

struct DiagnosticRelatedInformation: Codable, Sendable, Hashable {
  var location: Location
  var message: String
}

struct Diagnostic: Codable, Sendable, Hashable {
  var range: LSPRange
  var severity: DiagnosticSeverity
  /// What was found: `misquotation`, `name-spelling` or `mixed-names`.
  var code: String
  var source = "dossier"
  var message: String
  var relatedInformation: [DiagnosticRelatedInformation]?

  init(
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
struct PublishDiagnosticsParams: Encodable, Sendable {
  var uri: DocumentURI
  var version: Int?
  var diagnostics: [Diagnostic]
}
