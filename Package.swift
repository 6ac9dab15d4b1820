// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first. A target may depend only on targets above it in this list
// (see ARCHITECTURE.md): JSONRPC and Corpus know nothing of each other; Knowledge
// knows Corpus; IndexCache saves and restores both; DossierServer wires them to JSONRPC;
// DossierClient speaks JSON-RPC to a spawned server; the executable only parses the
// command line. Base (the platform import, the lock, the parallel map, the clocks, argument
// reading) sits below them all.
let package = Package(
  name: "Dossier",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .executable(name: "dossier-bench", targets: ["dossier-bench"]),
  ],
  targets: [
    // What every layer shares and nothing else: the C library, `Lock` (the pthread one in
    // ThreadSanitizer builds), `Parallel`, `Clocks`, `ArgumentParser`. Knows no layer.
    .target(name: "Base"),
    .target(name: "JSONRPC", dependencies: ["Base"]),
    // statfs(2) for Corpus (Swift's Glibc module leaves it out): a header, no code.
    .systemLibrary(name: "CFileSystem"),
    .target(name: "Corpus", dependencies: ["Base", "CFileSystem"]),
    .target(name: "Knowledge", dependencies: ["Base", "Corpus"]),
    // A persisted index: a corpus's segmentation and entities, keyed by its content.
    .target(name: "IndexCache", dependencies: ["Base", "Corpus", "Knowledge"]),
    .target(
      name: "DossierServer",
      dependencies: ["JSONRPC", "Corpus", "Knowledge", "IndexCache", "Base"]),
    .target(name: "DossierClient", dependencies: ["Base", "JSONRPC"]),
    .executableTarget(
      name: "dossier",
      dependencies: ["Base", "JSONRPC", "Corpus", "Knowledge", "DossierServer", "DossierClient"]
    ),
    // Benchmark: a synthetic corpus generator and a client that times the real server.
    .target(name: "SyntheticCorpus", dependencies: ["Base"]),
    // Throughput of the corpus layer alone (parsing on one core, loading on all cores).
    .executableTarget(name: "corpus-bench", dependencies: ["Base", "Corpus"]),
    // Build time, matcher throughput and lookup latency of the knowledge layer alone.
    .executableTarget(
      name: "knowledge-bench", dependencies: ["Base", "Corpus", "Knowledge"]),
    // Write and restore times of the index cache alone.
    .executableTarget(name: "cache-bench", dependencies: ["Base", "IndexCache"]),
    .executableTarget(
      name: "dossier-bench",
      dependencies: ["Base", "SyntheticCorpus", "JSONRPC", "DossierClient"]),
    // What the test targets share: temporary folders, file helpers, position markers and a
    // real `dossier lsp` to talk to (`TestServer`). Linked by tests only.
    .target(
      name: "TestSupport", dependencies: ["Base", "DossierClient", "JSONRPC"],
      path: "Tests/TestSupport"),
    .testTarget(name: "JSONRPCTests", dependencies: ["Base", "JSONRPC"]),
    .testTarget(name: "CorpusTests", dependencies: ["Base", "Corpus", "TestSupport"]),
    .testTarget(name: "KnowledgeTests", dependencies: ["Base", "Knowledge", "Corpus"]),
    .testTarget(
      name: "DossierServerTests",
      dependencies: [
        "DossierServer", "JSONRPC", "Corpus", "Knowledge", "TestSupport", "Base",
      ]
    ),
    .testTarget(
      name: "DossierClientTests",
      dependencies: ["Base", "DossierClient", "JSONRPC", "TestSupport"]),
    .testTarget(
      name: "IndexCacheTests",
      dependencies: [
        "IndexCache", "Corpus", "Knowledge", "SyntheticCorpus", "TestSupport", "Base",
      ]),
    // The properties the fuzzers check (Fuzz/, scripts/fuzz.sh), replayed on saved inputs.
    .testTarget(
      name: "FuzzTests",
      dependencies: [
        "JSONRPC", "Corpus", "Knowledge", "DossierServer", "TestSupport", "Base",
      ]),
    .testTarget(
      name: "SyntheticCorpusTests", dependencies: ["Base", "SyntheticCorpus", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
