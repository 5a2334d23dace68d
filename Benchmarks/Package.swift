// swift-tools-version: 6.1
import PackageDescription

/// Lesart's benchmarks, in a package of their own so the library keeps no benchmark
/// dependency. Run from this folder: `swift package benchmark` (see README.md).
let package = Package(
    name: "LesartBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Lesart", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LesartBenchmarks",
            dependencies: [
                .product(name: "Lesart", package: "Lesart"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/LesartBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
