/// Invented names written in another alphabet, letter by letter, as news text gives a foreign
/// name in its own script after the romanised one ("Nogeir Veikeson (Ногеир Веикесон)").
enum Scripts {
  enum Script: Sendable {
    case cyrillic, greek, armenian
  }

  /// `latin` (letters, spaces) in `script`, each word capitalised.
  static func write(_ latin: String, in script: Script) -> String {
    let (pairs, letters) = tables(script)
    var words: [String] = []
    for word in latin.lowercased().split(separator: " ") {
      var written = ""
      var rest = Substring(word)
      while let first = rest.first {
        if rest.count >= 2, let pair = pairs[String(rest.prefix(2))] {
          written += pair
          rest = rest.dropFirst(2)
        } else {
          written += letters[first] ?? String(first)
          rest = rest.dropFirst()
        }
      }
      if script == .greek && written.hasSuffix("σ") { written = written.dropLast() + "ς" }
      words.append(written.prefix(1).uppercased() + written.dropFirst())
    }
    return words.joined(separator: " ")
  }

  private static func tables(_ script: Script) -> ([String: String], [Character: String]) {
    switch script {
    case .cyrillic: return (cyrillicPairs, cyrillic)
    case .greek: return (greekPairs, greek)
    case .armenian: return (armenianPairs, armenian)
    }
  }

  static let cyrillicPairs = ["sh": "ш", "ch": "ч", "th": "т", "ia": "я", "io": "ё", "ou": "у"]
  static let cyrillic: [Character: String] = [
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з",
  ]
  static let greekPairs = ["th": "θ", "ch": "χ", "ps": "ψ", "ou": "ου", "sh": "σ"]
  static let greek: [Character: String] = [
    "a": "α", "b": "β", "c": "κ", "d": "δ", "e": "ε", "f": "φ", "g": "γ", "h": "χ", "i": "ι",
    "j": "τζ", "k": "κ", "l": "λ", "m": "μ", "n": "ν", "o": "ο", "p": "π", "q": "κ", "r": "ρ",
    "s": "σ", "t": "τ", "u": "υ", "v": "β", "w": "ου", "x": "ξ", "y": "υ", "z": "ζ",
  ]
  static let armenianPairs = ["sh": "շ", "ch": "չ", "th": "թ", "ou": "ու", "kh": "խ"]
  static let armenian: [Character: String] = [
    "a": "ա", "b": "բ", "c": "կ", "d": "դ", "e": "ե", "f": "ֆ", "g": "գ", "h": "հ", "i": "ի",
    "j": "ջ", "k": "կ", "l": "լ", "m": "մ", "n": "ն", "o": "ո", "p": "պ", "q": "ք", "r": "ր",
    "s": "ս", "t": "տ", "u": "ու", "v": "վ", "w": "վ", "x": "քս", "y": "յ", "z": "զ",
  ]
}
