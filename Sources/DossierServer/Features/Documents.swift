import Corpus

/// `dossier/documents`: every corpus document with its title, outlet, date and body range.
public struct DocumentsRequest: LSPRequest {
  public static let method = "dossier/documents"
  public typealias Params = NoParams

  public struct Response: Encodable, Sendable {
    public var documents: [Entry]
  }

  public struct Entry: Encodable, Sendable {
    public var uri: DocumentURI
    public var path: String
    public var title: String?
    public var outlet: String?
    public var date: String?
    /// The article's address, when its page or record gives one.
    public var url: String?
    /// From the start of the first body block to the end of the last one, in the file.
    public var body: LSPRange?
    public var sentences: Int
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
