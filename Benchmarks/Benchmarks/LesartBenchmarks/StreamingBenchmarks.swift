import Benchmark
import Foundation
import Lesart

/// Registers the streaming benchmarks: real news through the whole pipeline on one thread
/// and on two (reader, two annotating threads and the writer overlapping, as
/// `lesart annotate --jobs 2` runs), and the synthetic documents on two threads.
///
/// Each pass streams every document through ``ParallelAnnotator/stream(window:read:process:idleAfter:idle:write:)``:
/// the annotating threads parse the JSON line (real news), annotate and render the JSONL
/// record; the writer appends the records in input order to a buffer that is emptied every
/// megabyte (no I/O). `bytes` is the input size for the `kB/s` metric.
func registerStreamingBenchmarks(synthetic texts: [[UInt8]], syntheticBytes: Int,
                                 configuration: Benchmark.Configuration) {
    let kilobytesPerSecond = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)

    func register(_ name: String, jobs: Int, items: [[UInt8]], bytes: Int,
                  parse: @escaping @Sendable ([UInt8]) -> Document) {
        Benchmark(name, configuration: configuration) { benchmark in
            let annotator = try ParallelAnnotator(pipeline: Pipeline.german(), jobs: jobs)
            let clock = ContinuousClock()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let started = clock.now
                blackHole(streamPass(annotator, items: items, parse: parse))
                let elapsed = clock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                if seconds > 0 { benchmark.measurement(kilobytesPerSecond, Int(Double(bytes) / 1000 / seconds)) }
            }
        }
    }

    register("Streaming pipeline, 2 threads", jobs: 2, items: texts, bytes: syntheticBytes) {
        Document(validatedUTF8: $0)
    }
    guard let lines = NewsCorpus.lines() else { return }
    let newsBytes = lines.reduce(0) { $0 + $1.count + 1 }
    register("Real news: JSONL → pipeline → JSONL, 1 thread", jobs: 1, items: lines, bytes: newsBytes,
             parse: NewsCorpus.document(fromLine:))
    register("Real news: streaming pipeline, 2 threads", jobs: 2, items: lines, bytes: newsBytes,
             parse: NewsCorpus.document(fromLine:))
}

/// One pass of the stream over `items`; returns the output bytes written.
func streamPass(_ annotator: ParallelAnnotator, items: [[UInt8]], parse: @escaping @Sendable ([UInt8]) -> Document) -> Int {
    let writer = JSONLWriter()
    var out = OutputBuffer(capacity: 2 << 20)
    var written = 0
    annotator.stream(window: StreamWindow(documents: 256, bytes: 4 << 20), read: { submit in
        for item in items {
            guard submit(item, item.count) else { return }
        }
    }, process: { item, session in
        var document = parse(item)
        try? session.annotate(&document)
        var record = OutputBuffer(capacity: writer.recordCapacity(for: document))
        writer.write(document, to: &record)
        return record.bytes
    }, write: { record in
        out.append(record[...])
        if out.bytes.count >= 1 << 20 {
            written += out.bytes.count
            out.removeAll()
        }
    })
    return written + out.bytes.count
}
