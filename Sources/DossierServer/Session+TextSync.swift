import Corpus
import JSONRPC

/// Open documents follow the client's edits: full or incremental changes, applied in order.
extension Session {
  func didOpen(_ params: DidOpenTextDocumentParams) {
    let item = params.textDocument
    if documents[item.uri] != nil {
      logger.warning("\(item.uri) was opened again without being closed; using the new text")
    }
    documents[item.uri] = OpenDocument(
      uri: item.uri, languageId: item.languageId, version: item.version,
      text: SourceText(item.text))
    documentDidChange(item.uri)
  }

  func didChange(_ params: DidChangeTextDocumentParams) {
    let uri = params.textDocument.uri
    guard let document = documents[uri] else {
      logger.warning("change to \(uri), which is not open; ignored")
      return
    }
    // Versions only increase; an older or repeated one is a replayed change that would corrupt
    // the text if applied again.
    guard params.textDocument.version > document.version else {
      logger.warning(
        "change to \(uri) with version \(params.textDocument.version), not newer than \(document.version); ignored"
      )
      return
    }
    var text = document.text
    for change in params.contentChanges {
      text = Self.apply(change, to: text, encoding: encoding)
    }
    documents[uri] = OpenDocument(
      uri: uri, languageId: document.languageId, version: params.textDocument.version, text: text)
    documentDidChange(uri)
  }

  func didClose(_ params: DidCloseTextDocumentParams) {
    guard documents.removeValue(forKey: params.textDocument.uri) != nil else {
      logger.warning("close of \(params.textDocument.uri), which is not open; ignored")
      return
    }
    analysis.forget(params.textDocument.uri)
    documentDidClose(params.textDocument.uri)
  }

  /// One content change: the whole text when it has no range, else a replacement of the range
  /// (positions clamped to the text, an inverted range treated as empty at its start).
  static func apply(
    _ change: TextDocumentContentChangeEvent, to text: SourceText, encoding: PositionEncoding
  ) -> SourceText {
    guard let range = change.range else { return SourceText(change.text) }
    let start = text.byteOffset(
      of: LineColumn(line: range.start.line, column: range.start.character), encoding: encoding)
    let end = text.byteOffset(
      of: LineColumn(line: range.end.line, column: range.end.character), encoding: encoding)
    return text.replacing(start..<max(start, end), with: change.text.utf8)
  }

  /// Hook for features that follow open documents (diagnostics).
  func documentDidChange(_ uri: DocumentURI) {
    if let document = documents[uri] { diagnostics.publisher?.documentChanged(document) }
  }

  /// Hook for features that follow open documents (clearing diagnostics).
  func documentDidClose(_ uri: DocumentURI) {
    diagnostics.publisher?.documentClosed(uri)
  }
}
