// swift-tools-version: 6.1
import PackageDescription

/// Lesart: German tokens, sentences, entities and stance relations.
///
/// Modules are split by stage (see README.md and docs in Sources/Lesart/Lesart.docc):
/// `CICU` wraps system ICU in plain C, `CMemoryHints` gives Swift a cache prefetch hint,
/// `CLetterMasks` the tokenizer's SSE2 letter masks, `LesartCore` holds the document model,
/// `LesartTokenization` the tokenizer and sentence splitter, `LesartEntities` the gazetteer
/// entity tagger, `LesartStance` the stance detector, `LesartFormats` the writers, `LesartReports` the HTML pages and actor networks of `lesart render` and `lesart network`,
/// `Lesart` re-exports them and composes the stages into a `Pipeline`, and `LesartCLI` is the `lesart` executable.
let package = Package(
    name: "Lesart",
    products: [
        .library(name: "Lesart", targets: ["Lesart"]),
        .executable(name: "lesart", targets: ["LesartCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // A cache prefetch hint for WordTable's per-token lookups (one static inline function).
        .target(name: "CMemoryHints"),
        // The tokenizer's letter masks with SSE2 (one static inline function; x86-64 only).
        .target(name: "CLetterMasks"),
        .target(name: "LesartCore"),
        // Byte-level word facts (letter case, word-at-a-time tests) and German morphology,
        // shared by every stage; `package` access only, not part of the library's API.
        .target(name: "LesartWords"),
        .target(name: "LesartTokenization", dependencies: ["CICU", "CLetterMasks", "CMemoryHints", "LesartCore", "LesartWords"]),
        .target(name: "LesartEntities", dependencies: ["LesartCore", "LesartTokenization", "LesartWords"]),
        .target(name: "LesartStance", dependencies: ["LesartCore", "LesartTokenization", "LesartWords"]),
        .target(name: "LesartFormats", dependencies: ["LesartCore"]),
        .target(name: "Lesart", dependencies: ["LesartCore", "LesartTokenization", "LesartEntities", "LesartStance",
                                               "LesartFormats"]),
        .target(name: "LesartReports", dependencies: ["LesartCore", "LesartFormats"]),
        .executableTarget(
            name: "LesartCLI",
            dependencies: ["Lesart", "LesartReports", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Lesart"], path: "Tests/TestSupport"),
        .testTarget(name: "LesartCoreTests", dependencies: ["LesartCore", "TestSupport"]),
        .testTarget(name: "LesartWordsTests", dependencies: ["LesartWords", "TestSupport"]),
        .testTarget(name: "LesartTokenizationTests", dependencies: ["LesartTokenization", "TestSupport"]),
        .testTarget(name: "LesartEntitiesTests", dependencies: ["LesartEntities", "LesartWords", "TestSupport"]),
        .testTarget(name: "LesartStanceTests", dependencies: ["Lesart", "TestSupport"]),
        .testTarget(name: "LesartTests", dependencies: ["Lesart", "TestSupport"]),
        .testTarget(name: "LesartCLITests", dependencies: ["Lesart", "TestSupport"]),
        .testTarget(name: "LesartReportsTests", dependencies: ["LesartReports"]),
    ],
    swiftLanguageModes: [.v6]
)
