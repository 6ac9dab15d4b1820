import Base

/// `dossier-bench`: the synthetic corpus generator, the echo floor, and the benchmark client.
let usage = """
  Usage:
    dossier-bench generate --articles N [--seed S] [--mix standard|varied] [--option NAME=VALUE]...
        [--force] OUT_DIR
        Write N synthetic news articles (about 4 KB each) into OUT_DIR; reuses a matching
        corpus already there unless --force. --mix varied: people spelt two or three ways,
        shared surnames, many alias phrasings and two-named places, names in other scripts,
        furniture around every story (about 3 KB each). --option NAME=VALUE (after --mix)
        changes one setting of the mix (see Sources/SyntheticCorpus/Mix.swift), e.g.
        --option sharedSurnamePool=300.
    dossier-bench echo
        A JSON-RPC responder on stdin/stdout that answers every request with its params
        (Content-Length framing, nothing else): the floor for a round trip over a pipe.
    dossier-bench run --server PATH [--samples N] LABEL=CORPUS_DIR...
        Time a real `PATH lsp --corpus DIR` for each corpus and print one table.
  """

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
  printError(usage)
  exit(2)
}
let rest = Array(arguments.dropFirst())
switch command {
case "generate": exit(GenerateCommand.run(rest))
case "echo": exit(EchoCommand.run(rest))
case "run": exit(RunCommand.run(rest))
case "--help", "-h", "help":
  print(usage)
  exit(0)
default:
  printError("dossier-bench: unknown command '\(command)'\n\n\(usage)")
  exit(2)
}

/// Writes a line to stderr.
func printError(_ text: String) {
  let bytes = Array((text + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress!, $0.count) }
}
