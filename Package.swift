// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first. A target may depend only on targets above it in this list
// (see ARCHITECTURE.md): JSONRPC and Corpus know nothing of each other; Knowledge
// knows Corpus; IndexCache saves and restores both; DossierServer wires them to JSONRPC;
// DossierClient speaks JSON-RPC to a spawned server; the executable only parses the
// command line. TSanLocks (a lock for ThreadSanitizer builds) sits below them all.
let package = Package(
  name: "Dossier",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .executable(name: "dossier-bench", targets: ["dossier-bench"]),
  ],
  targets: [
    // The pthread Mutex of ThreadSanitizer builds (empty otherwise); see TSanMutex.swift.
    .target(name: "TSanLocks"),
    .target(name: "JSONRPC", dependencies: ["TSanLocks"]),
    // statfs(2) for Corpus (Swift's Glibc module leaves it out): a header, no code.
    .systemLibrary(name: "CFileSystem"),
    .target(name: "Corpus", dependencies: ["CFileSystem"]),
    .target(name: "Knowledge", dependencies: ["Corpus", "TSanLocks"]),
    // A persisted index: a corpus's segmentation and entities, keyed by its content.
    .target(name: "IndexCache", dependencies: ["Corpus", "Knowledge"]),
    .target(
      name: "DossierServer",
      dependencies: ["JSONRPC", "Corpus", "Knowledge", "IndexCache", "TSanLocks"]),
    .target(name: "DossierClient", dependencies: ["JSONRPC"]),
    .executableTarget(
      name: "dossier",
      dependencies: ["JSONRPC", "Corpus", "Knowledge", "DossierServer", "DossierClient"]
    ),
    // Benchmark: a synthetic corpus generator and a client that times the real server.
    .target(name: "SyntheticCorpus", dependencies: ["TSanLocks"]),
    // Throughput of the corpus layer alone (parsing on one core, loading on all cores).
    .executableTarget(name: "corpus-bench", dependencies: ["Corpus"]),
    // Build time, matcher throughput and lookup latency of the knowledge layer alone.
    .executableTarget(
      name: "knowledge-bench", dependencies: ["Corpus", "Knowledge", "TSanLocks"]),
    // Write and restore times of the index cache alone.
    .executableTarget(name: "cache-bench", dependencies: ["IndexCache"]),
    .executableTarget(
      name: "dossier-bench", dependencies: ["SyntheticCorpus", "JSONRPC", "DossierClient"]),
    // What the test targets share: temporary folders, file helpers, position markers and a
    // real `dossier lsp` to talk to (`TestServer`). Linked by tests only.
    .target(
      name: "TestSupport", dependencies: ["DossierClient", "JSONRPC"], path: "Tests/TestSupport"),
    .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "TSanLocks"]),
    .testTarget(name: "CorpusTests", dependencies: ["Corpus", "TestSupport", "TSanLocks"]),
    .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge", "Corpus"]),
    .testTarget(
      name: "DossierServerTests",
      dependencies: [
        "DossierServer", "JSONRPC", "Corpus", "Knowledge", "TestSupport", "TSanLocks",
      ]
    ),
    .testTarget(
      name: "DossierClientTests", dependencies: ["DossierClient", "JSONRPC", "TestSupport"]),
    .testTarget(
      name: "IndexCacheTests",
      dependencies: [
        "IndexCache", "Corpus", "Knowledge", "SyntheticCorpus", "TestSupport", "TSanLocks",
      ]),
    // The properties the fuzzers check (Fuzz/, scripts/fuzz.sh), replayed on saved inputs.
    .testTarget(
      name: "FuzzTests",
      dependencies: [
        "JSONRPC", "Corpus", "Knowledge", "DossierServer", "TestSupport", "TSanLocks",
      ]),
    .testTarget(name: "SyntheticCorpusTests", dependencies: ["SyntheticCorpus", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
