import JSONRPC

extension RequestTable {
  /// The registration table: every request beyond the lifecycle, one line each.
  public static let standard: RequestTable = {
    var table = RequestTable()
    table.register(DocumentsRequest.self, feature: "documents", DocumentsRequest.handle)
    table.register(StatusRequest.self, feature: "status", StatusRequest.handle)
    return table
  }()
}
