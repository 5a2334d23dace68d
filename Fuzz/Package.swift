// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for Lesart, built apart from the main package by `scripts/fuzz.sh`
/// (`swift build -c release --sanitize=fuzzer --sanitize=address` in this folder).
/// Each target checks invariants on every input, not just "no crash"; see README.md.
let package = Package(
    name: "LesartFuzz",
    dependencies: [.package(name: "Lesart", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Lesart", package: "Lesart")]),
        .executableTarget(name: "FuzzTokenizer", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzJSONObject", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzLexicon", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzLexiconLoad", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzOffsets", dependencies: ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
