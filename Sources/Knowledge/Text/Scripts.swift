/// The writing systems a name may be given in beside its English name ("the Yellow Sea
/// (황해)", "Zangnan (藏南)", "the Shatt al-Arab (شط العرب)"), told from the scalar values:
/// general knowledge of Unicode, the same for every corpus.
enum Script: Sendable, Hashable {
  case han, hangul, kana, arabic, hebrew, thai, devanagari, cyrillic, greek, georgian, armenian

  /// The script of a letter, nil for Latin and anything else.
  static func of(_ value: UInt32) -> Script? {
    switch value {
    case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
    case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
    case 0x0530...0x058F: return .armenian
    case 0x0590...0x05FF: return .hebrew
    case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
      return .arabic
    case 0x0900...0x097F: return .devanagari
    case 0x0E00...0x0E7F: return .thai
    case 0x10A0...0x10FF: return .georgian
    case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
    case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return .han
    default: return nil
    }
  }

  /// Scripts without letter case: a word in them is never "capitalised", yet may be a name.
  var isCaseless: Bool {
    switch self {
    case .cyrillic, .greek, .armenian: return false
    default: return true
    }
  }

  /// Scripts whose text runs on without spaces between words (or glues particles to them,
  /// as Korean does): a name is found inside a run, not as a whole word.
  var isUnspaced: Bool {
    switch self {
    case .han, .kana, .hangul, .thai: return true
    default: return false
    }
  }

  /// The language a name in this script is in, when the script alone says so.
  var language: String? {
    switch self {
    case .hangul: return "Korean"
    case .kana: return "Japanese"
    case .han: return "Chinese"
    case .arabic: return "Arabic"
    case .hebrew: return "Hebrew"
    case .thai: return "Thai"
    case .greek: return "Greek"
    case .georgian: return "Georgian"
    case .armenian: return "Armenian"
    case .devanagari, .cyrillic: return nil  // Several languages share them.
    }
  }

  /// The script of the first letter of `text`'s UTF-8 bytes in `range`, nil when Latin.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Script? {
    var offset = range.lowerBound
    while offset < range.upperBound {
      let (value, width) = Scalars.decode(bytes, at: offset)
      if Scalars.isLetter(value) { return of(value) }
      offset += width
    }
    return nil
  }

  /// The language of a name written in one or more scripts: Japanese when kana is among Han
  /// characters ("尖閣諸島" alone reads as Chinese), else the script's own.
  static func language(ofScripts scripts: Set<Script>) -> String? {
    if scripts.contains(.kana) { return "Japanese" }
    if scripts.count == 1, let only = scripts.first { return only.language }
    return nil
  }
}
