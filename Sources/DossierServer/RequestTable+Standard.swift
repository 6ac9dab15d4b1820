import JSONRPC

extension RequestTable {
  /// The registration table: every request beyond the lifecycle, one line each.
  public static let standard: RequestTable = {
    var table = RequestTable()
    table.register(
      DefinitionRequest.self, feature: "definition", capability: ("definitionProvider", true),
      DefinitionFeature.definition)
    table.register(HoverRequest.self, feature: "hover", capability: ("hoverProvider", true), HoverFeature.hover)
    table.register(LookupRequest.self, feature: "lookup", LookupRequest.handle)
    table.register(EntityRequest.self, feature: "entity", EntityRequest.handle)
    table.register(DocumentsRequest.self, feature: "documents", DocumentsRequest.handle)
    table.register(StatusRequest.self, feature: "status", StatusRequest.handle)
    return table
  }()
}
