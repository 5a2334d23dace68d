import Foundation
import Lesart

/// The text the benchmarks run on: the file named by `LESART_BENCH_CORPUS`, else
/// `Benchmarks/corpus/news-de.txt` (built by `make_corpus.py`) if present, else the sample
/// corpus repeated to about 2 MB.
enum BenchmarkCorpus {
    /// The Benchmarks folder (this file is Benchmarks/Benchmarks/LesartBenchmarks/…).
    static let benchmarksFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loads the corpus and prints its size (for MB/s = size × throughput).
    static func load() -> (utf8: [UInt8], name: String) {
        if let path = ProcessInfo.processInfo.environment["LESART_BENCH_CORPUS"], !path.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                fatalError("LESART_BENCH_CORPUS=\(path) cannot be read")
            }
            let bytes = [UInt8](data)
            // The benchmarks build documents without checking; a user's file is checked here.
            if let bad = UTF8Validator.firstInvalidOffset(in: bytes) {
                fatalError("LESART_BENCH_CORPUS=\(path): invalid UTF-8 at byte \(bad)")
            }
            report(name: path, bytes: bytes.count)
            return (bytes, path)
        }
        let built = benchmarksFolder.appendingPathComponent("corpus/news-de.txt")
        if let data = FileManager.default.contents(atPath: built.path), !data.isEmpty {
            report(name: built.path, bytes: data.count)
            return ([UInt8](data), built.path)
        }
        let sample = benchmarksFolder.deletingLastPathComponent().appendingPathComponent("Corpora/de/russland-allianzen.txt")
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

    /// The corpus cut into documents of at least `size` bytes at paragraph breaks (a blank
    /// line), like a stream of news articles, for the whole-pipeline benchmark.
    static func documents(_ bytes: [UInt8], size: Int = 4096) -> [[UInt8]] {
        var documents: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A, bytes[index + 1] == 0x0A, index - start >= size {
                documents.append(Array(bytes[start..<index]))
                index += 2
                start = index
                continue
            }
            index += 1
        }
        if start < bytes.count { documents.append(Array(bytes[start...])) }
        return documents
    }

    static func report(name: String, bytes: Int) {
        note("corpus: \(name), \(bytes) bytes")
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
