import Testing
import Lesart
import TestSupport

/// One sentence (or short text) and the exact set of stance records it must yield,
/// each written as `"Holder→Target label polarity modality"`, with ` mutual` and
/// ` resolved` appended when the record is mutual or its holder was resolved from a
/// pronoun.
struct StanceCase: Sendable {
    let text: String
    let expected: [String]
}

/// Two texts that differ in exactly one phenomenon (negation, voice, modality …).
struct MinimalPair: Sendable, CustomTestStringConvertible {
    let base: StanceCase
    let flipped: StanceCase
    let sourceLocation: SourceLocation

    init(_ baseText: String, _ baseExpected: [String],
         _ flippedText: String, _ flippedExpected: [String],
         sourceLocation: SourceLocation = #_sourceLocation) {
        base = StanceCase(text: baseText, expected: baseExpected)
        flipped = StanceCase(text: flippedText, expected: flippedExpected)
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { "\(base.text) ⇄ \(flipped.text)" }
}

/// The whole pipeline, built once for all stance tests.
enum StancePipeline {
    static let profile = Fixtures.german
    static let tokenizer = Tokenizer(profile: profile)
    static let splitter = SentenceSplitter(profile: profile)
    static let tagger: EntityTagger = {
        do {
            return EntityTagger(gazetteer: try Gazetteer(tokenizer: tokenizer))
        } catch {
            fatalError("cannot load the gazetteer: \(error)")
        }
    }()
    static let detector: StanceDetector = {
        do {
            return StanceDetector(lexicon: try StanceLexicon())
        } catch {
            fatalError("cannot load the stance lexicon: \(error)")
        }
    }()

    /// Runs tokenizer, sentence splitter, entity tagger and stance detector on `text`.
    /// A fresh tokenizer session per call: sessions are not thread-safe and the tests
    /// run in parallel.
    static func analyse(_ text: String) throws -> Document {
        let session = try tokenizer.makeSession()
        var doc = Document(text: text)
        session.tokenize(&doc)
        splitter.split(&doc)
        tagger.tag(&doc)
        detector.detect(&doc)
        return doc
    }

    /// The records of `doc` as a sorted set of strings `"Holder→Target label polarity modality"`
    /// (two cues giving the same record count once).
    static func records(of doc: Document) -> [String] {
        Set(doc.stances.map { s in
            var line = "\(doc.actor(of: doc.entities[Int(s.holder)]))→\(doc.actor(of: doc.entities[Int(s.target)])) "
                + "\(s.label.name) \(s.polarity.name) \(s.modality.name)"
            if s.mutual { line += " mutual" }
            if s.holderResolved { line += " resolved" }
            return line
        }).sorted()
    }

    /// Checks that `text` yields exactly `expected`; on a mismatch the detector's trace
    /// is part of the failure message.
    static func check(_ text: String, _ expected: [String],
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let doc = try analyse(text)
        let actual = records(of: doc)
        let wanted = expected.sorted()
        let message = "\(text)\n  expected: \(wanted)\n  actual:   \(actual)\n  trace:\n    "
            + detector.explain(doc).joined(separator: "\n    ")
        #expect(actual == wanted, Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// Checks both sentences of a minimal pair.
    static func check(_ pair: MinimalPair) throws {
        try check(pair.base.text, pair.base.expected, sourceLocation: pair.sourceLocation)
        try check(pair.flipped.text, pair.flipped.expected, sourceLocation: pair.sourceLocation)
    }
}
