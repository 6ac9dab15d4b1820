import Base

/// Every subcommand, in the order `dossier --help` lists them.
enum Commands {
  static var all: [any Command.Type] {
    [
      LSPCommand.self,
      LookupCommand.self,
      HoverCommand.self,
      DefinitionCommand.self,
      ReferencesCommand.self,
      SymbolsCommand.self,
      CallCommand.self,
      ReplayCommand.self,
      EvalCommand.self,
    ]
  }
}

let version = "0.1.0"

/// Writes a line to stderr (fd 2 directly: the C `stderr` global is not concurrency-safe).
func printError(_ text: String) {
  let bytes = Array((text + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress!, $0.count) }
}

func mainHelp() -> String {
  var text = """
    dossier \(version): a language server for writing reports from a corpus of news articles.

    Usage: dossier <command> [options]

    Commands:

    """
  for command in Commands.all {
    text += "  " + command.name.padding(12) + command.summary + "\n"
  }
  text += "\nRun `dossier <command> --help` for a command's options.\n"
  return text
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}

MemoryPolicy.apply()
let arguments = Array(CommandLine.arguments.dropFirst())
guard let first = arguments.first else {
  print(mainHelp(), terminator: "")
  exit(2)
}
switch first {
case "--help", "-h", "help":
  print(mainHelp(), terminator: "")
  exit(0)
case "--version", "-V":
  print("dossier \(version)")
  exit(0)
default:
  guard let command = Commands.all.first(where: { $0.name == first }) else {
    printError("dossier: unknown command '\(first)'\n")
    printError(mainHelp())
    exit(2)
  }
  let rest = Array(arguments.dropFirst())
  if rest.contains("--help") || rest.contains("-h") {
    print(command.usage)
    exit(0)
  }
  if rest.contains("--version") {
    print("dossier \(version)")
    exit(0)
  }
  exit(command.run(rest))
}
