import Benchmark
import Foundation
import Lesart

/// Registers "Gazetteer matcher": pure phrase matching of the full bundled gazetteer over
/// the tokenized corpus (what the anchors pyahocorasick and spaCy's `PhraseMatcher`
/// measure in `compare.sh`): every occurrence of every compiled phrase, nested and
/// overlapping ones included, by `Gazetteer.forEachPhrase`. No entity rules, evidence
/// checks or overlap resolution; the documents are tokenized before the measurement. `texts` are the article-sized documents of the other entity benchmarks;
/// `corpusBytes` is the corpus size for the `kB/s` metric.
func registerGazetteerMatcherBenchmark(profile: LanguageProfile, texts: [[UInt8]], corpusBytes: Int,
                                       configuration: Benchmark.Configuration) {
    let kilobytesPerSecond = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)
    let tokensPerSecond = BenchmarkMetric.custom("tokens/s", polarity: .prefersLarger, useScalingFactor: false)
    // Matching allocates nothing: one malloc per pass fails the threshold check.
    var configuration = configuration
    configuration.thresholds = BenchmarkSettings.allocationFreeTolerance
    Benchmark("Gazetteer matcher", configuration: configuration) { benchmark in
        let tokenizer = Tokenizer(profile: profile)
        let gazetteer = try Gazetteer(tokenizer: tokenizer)
        let session = try tokenizer.makeSession()
        let documents = texts.map { text in
            var document = Document(validatedUTF8: text)
            session.tokenize(&document)
            return document
        }
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        var wordIDs: [Int32] = []
        var occurrences = 0
        for document in documents { gazetteer.forEachPhrase(in: document, wordIDs: &wordIDs) { _, _, _ in occurrences += 1 } }
        BenchmarkCorpus.note("gazetteer matcher: \(gazetteer.phraseCount) phrases; \(documents.count) documents, "
            + "\(tokens) tokens, \(occurrences) phrase occurrences per pass")
        let clock = ContinuousClock()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let started = clock.now
            var found = 0
            for document in documents {
                gazetteer.forEachPhrase(in: document, wordIDs: &wordIDs) { _, _, _ in found &+= 1 }
            }
            blackHole(found)
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            guard seconds > 0 else { continue }
            benchmark.measurement(kilobytesPerSecond, Int(Double(corpusBytes) / 1000 / seconds))
            benchmark.measurement(tokensPerSecond, Int(Double(tokens) / seconds))
        }
        // Freeing the documents and the gazetteer when the closure returns is no matching.
        benchmark.stopMeasurement()
    }
}
