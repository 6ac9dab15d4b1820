import Corpus

/// A document the client has opened (the report being written, or a corpus file), as of its
/// latest change. The client's text is authoritative: Dossier never reads an open document
/// from disk.
struct OpenDocument: Sendable {
  let uri: DocumentURI
  let languageId: String
  let version: Int
  let text: SourceText

  init(uri: DocumentURI, languageId: String, version: Int, text: SourceText) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }
}
