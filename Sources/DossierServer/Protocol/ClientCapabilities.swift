import JSONRPC

/// What the client can do, decoded once at `initialize` into the answers the features ask for.
///
/// Only the parts Dossier reads are looked at, and a part of the wrong type reads as absent, so
/// an odd value where Dossier never looks can't fail `initialize`.
struct ClientCapabilities: Decodable, Sendable {
  /// `general.positionEncodings`: the encodings the client offers, in its order of preference.
  let positionEncodings: [String]
  /// `textDocument.hover.contentFormat` starts with `plaintext` (read once: every hover asks).
  let prefersPlainTextHover: Bool
  /// `textDocument.definition.linkSupport`: definitions answer with `LocationLink`s.
  let supportsDefinitionLinks: Bool
  /// `textDocument.documentSymbol.hierarchicalDocumentSymbolSupport`: symbols as an outline.
  let supportsHierarchicalDocumentSymbols: Bool
  /// `textDocument.codeAction.codeActionLiteralSupport` is given: code actions as literals.
  let supportsCodeActionLiterals: Bool
  /// `textDocument.completion.completionItem.insertReplaceSupport`.
  let supportsInsertReplaceEdits: Bool
  /// `textDocument.completion.completionItem.insertTextModeSupport.valueSet` holds 1 (asIs).
  let supportsInsertTextModeAsIs: Bool
  /// `textDocument.completion.completionItem.documentationFormat` starts with `plaintext`.
  let prefersPlainTextCompletionDocumentation: Bool
  /// `workspace.applyEdit`: the server may ask the client to apply an edit.
  let supportsApplyEdit: Bool
  /// `workspace.workspaceEdit.documentChanges`: edits may name the document's version.
  let supportsVersionedEdits: Bool
  /// `workspace.didChangeWatchedFiles.dynamicRegistration`.
  let supportsWatcherRegistration: Bool
  /// `workspace.didChangeWatchedFiles.relativePatternSupport`.
  let supportsRelativePatterns: Bool
  /// `window.workDoneProgress`: the server may create progress tokens.
  let supportsWorkDoneProgress: Bool

  /// The capabilities of a client that sent none (or `{}`).
  static let none = ClientCapabilities(raw: .object([:]))

  init(raw: JSONValue) {
    let textDocument = raw["textDocument"]
    let completionItem = textDocument?["completion"]?["completionItem"]
    let workspace = raw["workspace"]
    let watchedFiles = workspace?["didChangeWatchedFiles"]
    positionEncodings = Self.strings(raw["general"]?["positionEncodings"])
    prefersPlainTextHover =
      Self.strings(textDocument?["hover"]?["contentFormat"]).first == "plaintext"
    supportsDefinitionLinks = textDocument?["definition"]?["linkSupport"]?.boolValue ?? false
    supportsHierarchicalDocumentSymbols =
      textDocument?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
    supportsCodeActionLiterals =
      textDocument?["codeAction"]?["codeActionLiteralSupport"]?.objectValue != nil
    supportsInsertReplaceEdits = completionItem?["insertReplaceSupport"]?.boolValue ?? false
    supportsInsertTextModeAsIs =
      completionItem?["insertTextModeSupport"]?["valueSet"]?.arrayValue?.contains {
        $0.intValue == 1
      } ?? false
    prefersPlainTextCompletionDocumentation =
      Self.strings(completionItem?["documentationFormat"]).first == "plaintext"
    supportsApplyEdit = workspace?["applyEdit"]?.boolValue ?? false
    supportsVersionedEdits =
      workspace?["workspaceEdit"]?["documentChanges"]?.boolValue ?? false
    supportsWatcherRegistration = watchedFiles?["dynamicRegistration"]?.boolValue ?? false
    supportsRelativePatterns = watchedFiles?["relativePatternSupport"]?.boolValue ?? false
    supportsWorkDoneProgress = raw["window"]?["workDoneProgress"]?.boolValue ?? false
  }

  init(from decoder: Decoder) throws {
    self.init(raw: try decoder.singleValueContainer().decode(JSONValue.self))
  }

  /// The strings of an array, or none when `value` is not an array.
  private static func strings(_ value: JSONValue?) -> [String] {
    value?.arrayValue?.compactMap(\.stringValue) ?? []
  }
}
