import Benchmark
import Foundation
import Lesart

/// Hot-path benchmarks: raw ICU word breaking (the baseline), the tokenizer (fast path
/// and ICU only), the sentence splitter, tokens + sentences (with and without JSONL), the entity tagger on
/// a tokenized and split corpus, the stance detector on a tagged corpus, the whole
/// German pipeline with JSONL output, and the streaming pipeline on two threads and on real
/// news (see `StreamingBenchmarks.swift`).
/// Each iteration processes the whole corpus; throughput is corpus passes per second, and
/// the custom metrics `kB/s` and `tokens/s` are measured per pass (the corpus size and its
/// token count are printed to standard error first).
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.load()
    let profile: LanguageProfile
    do {
        profile = try LanguageProfile.german()
    } catch {
        fatalError("cannot load lexicons: \(error)")
    }
    let bytes = corpus.utf8
    let kilobytesPerSecond = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)
    let tokensPerSecond = BenchmarkMetric.custom("tokens/s", polarity: .prefersLarger, useScalingFactor: false)
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuUser, .throughput, .mallocCountTotal, .peakMemoryResident,
                                      kilobytesPerSecond]
    Benchmark.defaultConfiguration = BenchmarkSettings.configuration(metrics: metrics, seconds: 5)
    let withTokens = BenchmarkSettings.configuration(metrics: metrics + [tokensPerSecond], seconds: 8)

    /// Runs `body` once per scaled iteration, timing each pass for the custom metrics.
    @inline(__always) func measure(_ benchmark: Benchmark, tokens: Int = 0, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        for _ in benchmark.scaledIterations {
            let started = clock.now
            try body()
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            guard seconds > 0 else { continue }
            benchmark.measurement(kilobytesPerSecond, Int(Double(bytes.count) / 1000 / seconds))
            if tokens > 0 { benchmark.measurement(tokensPerSecond, Int(Double(tokens) / seconds)) }
        }
    }

    /// The corpus as one document with tokens and sentences.
    func prepared() throws -> Document {
        let session = try Tokenizer(profile: profile).makeSession()
        var document = Document(validatedUTF8: bytes)
        session.tokenize(&document)
        SentenceSplitter(profile: profile).split(&document)
        return document
    }

    /// The corpus cut into article-sized documents (see `BenchmarkCorpus.documents`), for
    /// the entity, stance and pipeline benchmarks.
    let texts = BenchmarkCorpus.documents(bytes)

    /// Those documents with tokens and sentences (and entities when a tagger is given).
    func preparedDocuments(entities tagger: EntityTagger? = nil) throws -> [Document] {
        let session = try Tokenizer(profile: profile).makeSession()
        let splitter = SentenceSplitter(profile: profile)
        return texts.map { text in
            var document = Document(validatedUTF8: text)
            session.tokenize(&document)
            splitter.split(&document)
            tagger?.tag(&document)
            return document
        }
    }

    // The baseline keeps its boundary array from sample to sample, as a loop over many texts
    // would; the row after it makes a new one per pass (which then grows by doubling).
    let icuScratch = KeptAcrossSamples<[Int32]>([])
    Benchmark("ICU word break (baseline)") { benchmark in
        let breaker = try WordBreaker(locale: "de")
        benchmark.startMeasurement()
        measure(benchmark) {
            blackHole(breaker.countBoundaries(in: bytes, scratch: &icuScratch.value))
        }
    }

    Benchmark("ICU word break, new scratch") { benchmark in
        let breaker = try WordBreaker(locale: "de")
        benchmark.startMeasurement()
        measure(benchmark) {
            var scratch: [Int32] = []
            blackHole(breaker.countBoundaries(in: bytes, scratch: &scratch))
        }
    }

    for fastPath in [true, false] {
        Benchmark(fastPath ? "Tokenizer" : "Tokenizer (ICU only)") { benchmark in
            let session = try Tokenizer(profile: profile, usesFastPath: fastPath).makeSession()
            benchmark.startMeasurement()
            measure(benchmark) {
                var document = Document(validatedUTF8: bytes)
                session.tokenize(&document)
                blackHole(document.tokens.count)
            }
        }
    }

    Benchmark("Sentence splitter") { benchmark in
        let splitter = SentenceSplitter(profile: profile)
        var document = try prepared()
        benchmark.startMeasurement()
        measure(benchmark) {
            splitter.split(&document)
            blackHole(document.sentences.count)
        }
    }

    // Like the ICU baseline, which keeps its boundary array from sample to sample, this keeps
    // one session and one document (`Document.reset`): the passes measure the scanner and the
    // splitter, not the kernel handing out 39 MB of fresh pages for a new token array.
    let keptSession = KeptAcrossSamples<TokenizerSession?>(nil)
    let keptDocument = KeptAcrossSamples(Document(validatedUTF8: []))
    Benchmark("Tokens + sentences") { benchmark in
        if keptSession.value == nil { keptSession.value = try Tokenizer(profile: profile).makeSession() }
        guard let session = keptSession.value else { return }
        let splitter = SentenceSplitter(profile: profile)
        benchmark.startMeasurement()
        measure(benchmark) {
            keptDocument.value.reset(validatedUTF8: bytes)
            session.tokenize(&keptDocument.value)
            splitter.split(&keptDocument.value)
            blackHole(keptDocument.value.sentences.count)
        }
    }

    // The same with a new session and document every pass, as a one-off call would do it
    // (to compare with "ICU word break, new scratch").
    Benchmark("Tokens + sentences, new document") { benchmark in
        let session = try Tokenizer(profile: profile).makeSession()
        let splitter = SentenceSplitter(profile: profile)
        benchmark.startMeasurement()
        measure(benchmark) {
            var document = Document(validatedUTF8: bytes)
            session.tokenize(&document)
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
        measure(benchmark) {
            var document = Document(validatedUTF8: bytes)
            session.tokenize(&document)
            splitter.split(&document)
            out.removeAll()
            writer.write(document, to: &out)
            blackHole(out.bytes.count)
        }
    }

    Benchmark("Entity tagger (gazetteer)", configuration: withTokens) { benchmark in
        let gazetteer = try Gazetteer(tokenizer: Tokenizer(profile: profile))
        let tagger = EntityTagger(gazetteer: gazetteer)
        var documents = try preparedDocuments()
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        BenchmarkCorpus.note("entity tagger: \(gazetteer.entries.count) entries, \(gazetteer.phraseCount) phrases; "
            + "\(documents.count) documents, \(tokens) tokens per pass")
        benchmark.startMeasurement()
        measure(benchmark, tokens: tokens) {
            var entities = 0
            for index in documents.indices {
                tagger.tag(&documents[index])
                entities &+= documents[index].entities.count
            }
            blackHole(entities)
        }
    }

    registerGazetteerMatcherBenchmark(profile: profile, texts: texts, corpusBytes: bytes.count, configuration: withTokens)

    Benchmark("Stance detector", configuration: withTokens) { benchmark in
        let tagger = EntityTagger(gazetteer: try Gazetteer(tokenizer: Tokenizer(profile: profile)))
        let detector = StanceDetector(lexicon: try StanceLexicon())
        var documents = try preparedDocuments(entities: tagger)
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        let entities = documents.reduce(0) { $0 + $1.entities.count }
        BenchmarkCorpus.note("stance detector: \(documents.count) documents, \(tokens) tokens, \(entities) entities per pass")
        benchmark.startMeasurement()
        measure(benchmark, tokens: tokens) {
            var stances = 0
            for index in documents.indices {
                detector.detect(&documents[index])
                stances &+= documents[index].stances.count
            }
            blackHole(stances)
        }
    }

    Benchmark("Pipeline + JSONL", configuration: withTokens) { benchmark in
        let session = try Pipeline.german().makeSession()
        let writer = JSONLWriter()
        var out = OutputBuffer(capacity: 1 << 20)
        let tokens = try preparedDocuments().reduce(0) { $0 + $1.tokens.count }
        BenchmarkCorpus.note("pipeline: \(texts.count) documents, \(tokens) tokens per pass")
        benchmark.startMeasurement()
        try measure(benchmark, tokens: tokens) {
            for text in texts {
                var document = Document(validatedUTF8: text)
                try session.annotate(&document)
                out.removeAll()
                writer.write(document, to: &out)
                blackHole(out.bytes.count)
            }
        }
    }

    registerStreamingBenchmarks(synthetic: texts, syntheticBytes: bytes.count, configuration: withTokens)
}
