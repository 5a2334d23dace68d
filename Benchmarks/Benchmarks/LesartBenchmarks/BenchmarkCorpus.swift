import Foundation

/// The text the benchmarks run on: the file named by `LESART_BENCH_CORPUS`, or the
/// sample corpus repeated to about 2 MB.
enum BenchmarkCorpus {
    /// Loads the corpus and prints its size (for MB/s = size × throughput).
    static func load() -> (utf8: [UInt8], name: String) {
        if let path = ProcessInfo.processInfo.environment["LESART_BENCH_CORPUS"], !path.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                fatalError("LESART_BENCH_CORPUS=\(path) cannot be read")
            }
            report(name: path, bytes: data.count)
            return ([UInt8](data), path)
        }
        let sample = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpora/de/russland-allianzen.txt")
        guard let data = FileManager.default.contents(atPath: sample.path), !data.isEmpty else {
            fatalError("sample corpus missing at \(sample.path)")
        }
        var bytes: [UInt8] = []
        while bytes.count < 2_000_000 {
            bytes.append(contentsOf: data)
            bytes.append(contentsOf: [0x0A, 0x0A])
        }
        report(name: "sample corpus ×\(bytes.count / (data.count + 2))", bytes: bytes.count)
        return (bytes, sample.path)
    }

    private static func report(name: String, bytes: Int) {
        FileHandle.standardError.write(Data("corpus: \(name), \(bytes) bytes\n".utf8))
    }
}
