
import Base
import DossierClient

/// A whole file as text (invalid UTF-8 repaired); nil when it cannot be read.
func readTextFile(_ path: String) -> String? {
  SourceFiles.readBytes(path).map { String(decoding: $0, as: UTF8.self) }
}

func writeTextFile(_ path: String, _ text: String) -> Bool {
  guard let file = fopen(path, "wbe") else { return false }
  defer { fclose(file) }
  let bytes = Array(text.utf8)
  return fwrite(bytes, 1, bytes.count, file) == bytes.count
}

func absolutePath(_ path: String) -> String {
  if path.hasPrefix("/") { return path }
  guard let cwd = getcwd(nil, 0) else { return path }
  defer { free(cwd) }
  return String(cString: cwd) + "/" + path
}
