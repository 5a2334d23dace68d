import Benchmark
import Foundation
import Lesart

/// Hot-path benchmarks: raw ICU word breaking (the baseline), the tokenizer (fast path
/// and ICU only), the sentence splitter, and tokens + sentences + JSONL together.
/// Each iteration processes the whole corpus; throughput is corpus passes per second,
/// and `BenchmarkCorpus` prints the corpus size so MB/s follows.
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.load()
    let profile: LanguageProfile
    do {
        profile = try LanguageProfile.german()
    } catch {
        fatalError("cannot load lexicons: \(error)")
    }
    let bytes = corpus.utf8
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuUser, .throughput, .mallocCountTotal, .peakMemoryResident]
    Benchmark.defaultConfiguration = .init(metrics: metrics, maxDuration: .seconds(5), maxIterations: 50)

    Benchmark("ICU word break (baseline)") { benchmark in
        let breaker = try WordBreaker(locale: "de")
        var scratch: [Int32] = []
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(breaker.countBoundaries(in: bytes, scratch: &scratch))
        }
    }

    for fastPath in [true, false] {
        Benchmark(fastPath ? "Tokenizer" : "Tokenizer (ICU only)") { benchmark in
            let session = try Tokenizer(profile: profile, usesFastPath: fastPath).makeSession()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                var document = Document(validatedUTF8: bytes)
                session.tokenize(&document)
                blackHole(document.tokens.count)
            }
        }
    }

    Benchmark("Sentence splitter") { benchmark in
        let session = try Tokenizer(profile: profile).makeSession()
        let splitter = SentenceSplitter(profile: profile)
        var document = Document(validatedUTF8: bytes)
        session.tokenize(&document)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            splitter.split(&document)
            blackHole(document.sentences.count)
        }
    }

    Benchmark("Tokens + sentences + JSONL") { benchmark in
        let session = try Tokenizer(profile: profile).makeSession()
        let splitter = SentenceSplitter(profile: profile)
        let writer = JSONLWriter()
        var out = OutputBuffer(capacity: bytes.count * 8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var document = Document(validatedUTF8: bytes)
            session.tokenize(&document)
            splitter.split(&document)
            out.removeAll()
            writer.write(document, to: &out)
            blackHole(out.bytes.count)
        }
    }
}
