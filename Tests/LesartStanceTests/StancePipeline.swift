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
    /// Why the case fails under the UD convention, if it does (a known issue, reported as
    /// such; the test fails if the case starts to pass).
    var knownIssueUnderUD: String? = nil
}

/// Two texts that differ in exactly one phenomenon (negation, voice, modality …).
struct MinimalPair: Sendable, CustomTestStringConvertible {
    let base: StanceCase
    let flipped: StanceCase
    let sourceLocation: SourceLocation

    init(_ baseText: String, _ baseExpected: [String],
         _ flippedText: String, _ flippedExpected: [String],
         flippedKnownIssueUnderUD: String? = nil,
         sourceLocation: SourceLocation = #_sourceLocation) {
        base = StanceCase(text: baseText, expected: baseExpected)
        flipped = StanceCase(text: flippedText, expected: flippedExpected, knownIssueUnderUD: flippedKnownIssueUnderUD)
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { "\(base.text) ⇄ \(flipped.text)" }
}

/// Tokenizer, splitter and tagger of one tokenization convention.
struct ConventionStack: Sendable {
    let convention: Convention
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter
    let tagger: EntityTagger

    init(_ convention: Convention, profile: LanguageProfile) {
        self.convention = convention
        tokenizer = Tokenizer(profile: profile, convention: convention)
        splitter = SentenceSplitter(profile: profile, convention: convention)
        do {
            tagger = EntityTagger(gazetteer: try Gazetteer(tokenizer: tokenizer))
        } catch {
            fatalError("cannot load the gazetteer: \(error)")
        }
    }
}

/// The whole pipeline, built once for all stance tests, under both tokenization conventions:
/// every stance test runs under EmpiriST (the default) and UD (hyphenated compounds split).
enum StancePipeline {
    static let profile = Fixtures.german
    static let stacks: [ConventionStack] = Convention.allCases.map { ConventionStack($0, profile: profile) }
    static let detector: StanceDetector = {
        do {
            return StanceDetector(lexicon: try StanceLexicon())
        } catch {
            fatalError("cannot load the stance lexicon: \(error)")
        }
    }()

    /// The stack of `convention`.
    static func stack(_ convention: Convention) -> ConventionStack {
        stacks.first { $0.convention == convention }!
    }

    /// Runs tokenizer, sentence splitter, entity tagger and stance detector on `text`.
    /// A fresh tokenizer session per call: sessions are not thread-safe and the tests
    /// run in parallel.
    static func analyse(_ text: String, convention: Convention = .empirist) throws -> Document {
        let stack = stack(convention)
        let session = try stack.tokenizer.makeSession()
        var doc = Document(text: text)
        session.tokenize(&doc)
        stack.splitter.split(&doc)
        stack.tagger.tag(&doc)
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
    /// Under each convention; with `knownIssueUnderUD` the UD run is a known issue.
    static func check(_ text: String, _ expected: [String], knownIssueUnderUD: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        for convention in Convention.allCases {
            if convention == .ud, let reason = knownIssueUnderUD {
                try withKnownIssue(Comment(rawValue: reason)) {
                    try check(text, expected, convention: convention, sourceLocation: sourceLocation)
                }
            } else {
                try check(text, expected, convention: convention, sourceLocation: sourceLocation)
            }
        }
    }

    /// Checks that `text` yields exactly `expected` under `convention`.
    static func check(_ text: String, _ expected: [String], convention: Convention,
                      sourceLocation: SourceLocation) throws {
        let doc = try analyse(text, convention: convention)
        let actual = records(of: doc)
        let wanted = expected.sorted()
        let message = "[\(convention.rawValue)] \(text)\n  expected: \(wanted)\n  actual:   \(actual)\n  trace:\n    "
            + detector.explain(doc).joined(separator: "\n    ")
        #expect(actual == wanted, Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// Checks both sentences of a minimal pair.
    static func check(_ pair: MinimalPair) throws {
        for side in [pair.base, pair.flipped] {
            try check(side.text, side.expected, knownIssueUnderUD: side.knownIssueUnderUD, sourceLocation: pair.sourceLocation)
        }
    }
}
