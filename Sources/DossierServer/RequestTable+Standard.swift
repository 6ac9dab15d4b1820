import JSONRPC

extension RequestTable {
  /// The registration table: every request beyond the lifecycle, one line each.
  static let standard: RequestTable = {
    var table = RequestTable()
    table.register(
      DefinitionRequest.self, feature: .definition, capability: ("definitionProvider", true),
      DefinitionFeature.definition)
    table.register(
      HoverRequest.self, feature: .hover, capability: ("hoverProvider", true), HoverFeature.hover)
    table.register(
      ReferencesRequest.self, feature: .references, capability: ("referencesProvider", true),
      ReferencesFeature.references)
    table.register(
      WorkspaceSymbolRequest.self, feature: .workspaceSymbol,
      capability: ("workspaceSymbolProvider", true), WorkspaceSymbolFeature.symbols)
    table.register(
      DocumentSymbolRequest.self, feature: .documentSymbol,
      capability: ("documentSymbolProvider", true), DocumentSymbolFeature.symbols)
    table.register(
      DocumentHighlightRequest.self, feature: .documentHighlight,
      capability: ("documentHighlightProvider", true), DocumentHighlightFeature.highlights)
    table.register(
      SemanticTokensFullRequest.self, feature: .semanticTokens,
      capability: ("semanticTokensProvider", SemanticTokensFeature.capability),
      SemanticTokensFeature.full)
    table.register(
      SemanticTokensRangeRequest.self, feature: .semanticTokens, SemanticTokensFeature.range)
    table.register(
      CompletionRequest.self, feature: .completion,
      capability: ("completionProvider", CompletionFeature.capability),
      CompletionFeature.completion)
    table.register(
      CompletionResolveRequest.self, feature: .completion, CompletionFeature.resolve)
    table.register(
      InlayHintRequest.self, feature: .inlayHint, capability: ("inlayHintProvider", true),
      InlayHintFeature.inlayHints)
    table.register(
      CodeActionRequest.self, feature: .codeAction,
      capability: (
        "codeActionProvider", ["codeActionKinds": ["quickfix", "refactor.rewrite"]]
      ), CodeActionFeature.answer)
    table.register(
      command: ReindexFeature.command, feature: .reindex, ReindexFeature.executeCommand)
    table.register(
      command: ApplyEditCommand.command, feature: .codeAction, ApplyEditCommand.execute)
    table.register(LookupRequest.self, feature: .lookup, LookupRequest.handle)
    table.register(EntityRequest.self, feature: .entity, EntityRequest.handle)
    table.register(DocumentsRequest.self, feature: .documents, DocumentsRequest.handle)
    table.register(
      StatusRequest.self, feature: .status, needsIndex: false, StatusRequest.handle)
    return table
  }()
}
