import Benchmark
import Foundation

/// The suite's metrics, run lengths and the tolerance of its deterministic counter.
///
/// Wall-clock and CPU figures vary with the machine's load; the malloc count does not (the
/// same binary, corpus and lexicons give the same count run after run, on one thread or
/// two), so it is what `scripts/check_benchmark_thresholds.sh` gates against the committed
/// files in `Benchmarks/Thresholds/` (`swift package benchmark thresholds check`, as
/// swift-nio gates its allocation counts), compared at p90. Not gated: `freeCountTotal`
/// (the same in repeated runs on one thread, but 68,933 or 138,042 per pass in "Real news:
/// streaming pipeline, 2 threads", by when the threads free the records), `mallocBytesCount`
/// (a few bytes apart between runs of the threaded benchmarks), the ARC counters (they need
/// the Swift runtime interposer, and the suite crashes with them here).
enum BenchmarkSettings {
    /// Counters that are the same from run to run, gated by the threshold files: calls of
    /// malloc per pass.
    static var gatedMetrics: [BenchmarkMetric] { [.mallocCountTotal] }

    /// Allowed deviation of a gated counter from its committed threshold, in percent of the
    /// threshold, either way: more is a regression (the check fails), fewer an improvement
    /// (the check passes and asks for the files to be updated).
    static let gatedTolerancePercent = 1.0

    /// The tolerance of every gated counter, as package-benchmark reads it.
    static var gatedTolerance: [BenchmarkMetric: BenchmarkThresholds] {
        Dictionary(uniqueKeysWithValues: gatedMetrics.map { ($0, BenchmarkThresholds(relative: [.p90: gatedTolerancePercent])) })
    }

    /// For a benchmark that allocates nothing per pass: any malloc is a regression (a
    /// percentage of a threshold of 0 would allow anything).
    static var allocationFreeTolerance: [BenchmarkMetric: BenchmarkThresholds] {
        gatedTolerance.merging([.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 0])]) { $1 }
    }

    /// `LESART_BENCH_ITERATIONS`, when set, caps every benchmark's measured iterations (the
    /// threshold check runs 5: its counters need no long run); else `standard`.
    static func maxIterations(standard: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment["LESART_BENCH_ITERATIONS"], let cap = Int(text), cap > 0 else {
            return standard
        }
        return min(cap, standard)
    }

    /// A configuration with `metrics` and the gated counters, `seconds` of measuring at most
    /// and the gated tolerances.
    static func configuration(metrics: [BenchmarkMetric], seconds: Int) -> Benchmark.Configuration {
        .init(metrics: metrics + gatedMetrics.filter { !metrics.contains($0) }, maxDuration: .seconds(seconds),
              maxIterations: maxIterations(standard: 50), thresholds: gatedTolerance)
    }
}
