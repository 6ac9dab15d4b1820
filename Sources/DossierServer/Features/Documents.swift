import Corpus

/// `dossier/documents`: every corpus document with its title, outlet, date and body range.
struct DocumentsRequest: LSPRequest {
  static let method = "dossier/documents"
  typealias Params = NoParams

  struct Response: Encodable, Sendable {
    var documents: [Entry]
  }

  struct Entry: Encodable, Sendable {
    var uri: DocumentURI
    var path: String
    var title: String?
    var outlet: String?
    var date: String?
    /// The article's address, when its page or record gives one.
    var url: String?
    /// From the start of the first body block to the end of the last one, in the file.
    var body: LSPRange?
    var sentences: Int
  }

  static func handle(_ params: NoParams, _ context: RequestContext) -> Response {
    Response(
      documents: context.index.corpus.documents.map { document in
        let bodyBlocks = document.blocks.filter { $0.kind == .body }
        let body = bodyBlocks.first.map { first in
          document.fileText.lspRange(
            ofBytes: document.fileRange(
              of: first.byteRange.lowerBound..<bodyBlocks.last!.byteRange.upperBound),
            context.encoding)
        }
        return Entry(
          uri: DocumentURI(filePath: document.path), path: document.relativePath,
          title: document.title, outlet: document.outlet, date: document.date, url: document.url,
          body: body, sentences: document.sentences.count)
      })
  }
}
